-- 诉求直办: demands, their history, attachments, routing rules and SLA deadlines.
CREATE TABLE demands_demand (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uscc CHAR(18) NOT NULL,
  enterprise_name VARCHAR(200),
  region CHAR(6) NOT NULL,
  category VARCHAR(40) NOT NULL,
  title VARCHAR(100) NOT NULL,
  description VARCHAR(4000) NOT NULL,
  contact VARCHAR(100),
  channel VARCHAR(10) NOT NULL,
  status VARCHAR(12) NOT NULL,
  window_region CHAR(6) NOT NULL,
  window_name VARCHAR(100) NOT NULL,
  institution_id VARCHAR(64),
  institution_name VARCHAR(200),
  submitted_at TIMESTAMP NOT NULL,
  accepted_at TIMESTAMP,
  started_at TIMESTAMP,
  resolved_at TIMESTAMP,
  followed_up_at TIMESTAMP,
  closed_at TIMESTAMP,
  due_at TIMESTAMP NOT NULL,
  reminded BOOLEAN NOT NULL DEFAULT FALSE,
  escalation_level INTEGER NOT NULL DEFAULT 0,
  escalated_at TIMESTAMP,
  resolution VARCHAR(4000),
  ledger_record_id VARCHAR(64),
  rating_score SMALLINT,
  rating_comment VARCHAR(1000),
  rated_at TIMESTAMP,
  created_by VARCHAR(64) NOT NULL
);
CREATE INDEX demands_demand_window ON demands_demand (window_region, status);
CREATE INDEX demands_demand_region ON demands_demand (region);
CREATE INDEX demands_demand_uscc ON demands_demand (uscc);
CREATE INDEX demands_demand_due ON demands_demand (status, due_at);

CREATE TABLE demands_transition (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  demand_id BIGINT NOT NULL REFERENCES demands_demand (id),
  action VARCHAR(20) NOT NULL,
  from_status VARCHAR(12),
  to_status VARCHAR(12) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(64) NOT NULL,
  reason VARCHAR(1000),
  from_window CHAR(6),
  to_window CHAR(6),
  to_institution VARCHAR(64)
);
CREATE INDEX demands_transition_demand ON demands_transition (demand_id, id);

CREATE TABLE demands_attachment (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  demand_id BIGINT NOT NULL REFERENCES demands_demand (id),
  name VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes INTEGER NOT NULL,
  content BLOB(11M) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL
);
CREATE INDEX demands_attachment_demand ON demands_attachment (demand_id);

CREATE TABLE demands_route (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_prefix VARCHAR(6) NOT NULL,
  category VARCHAR(40),
  window_region CHAR(6) NOT NULL,
  window_name VARCHAR(100) NOT NULL,
  priority INTEGER NOT NULL DEFAULT 0,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(64) NOT NULL
);

-- Deadline per category in hours; the row with category '*' is the default.
CREATE TABLE demands_sla (
  category VARCHAR(40) NOT NULL PRIMARY KEY,
  hours INTEGER NOT NULL
);
-- One row: when to remind, as a percentage of the deadline.
CREATE TABLE demands_sla_setting (
  id INTEGER NOT NULL PRIMARY KEY,
  reminder_percent INTEGER NOT NULL
);
INSERT INTO demands_sla (category, hours) VALUES ('*', 120);
INSERT INTO demands_sla_setting (id, reminder_percent) VALUES (1, 80);
