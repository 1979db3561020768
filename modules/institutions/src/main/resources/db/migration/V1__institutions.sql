-- 服务机构库: institutions with their profile revisions, history, products, cases, experts,
-- product requests, evaluations and the evaluation settings.
CREATE TABLE institutions_institution (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uscc CHAR(18) NOT NULL,
  region CHAR(6) NOT NULL,
  status VARCHAR(16) NOT NULL,
  current_rev BIGINT,
  pending_rev BIGINT,
  status_reason VARCHAR(1000),
  notice_at TIMESTAMP,
  appeal_deadline TIMESTAMP,
  appeal_text VARCHAR(4000),
  appealed_at TIMESTAMP,
  applied_at TIMESTAMP NOT NULL,
  admitted_at TIMESTAMP,
  removed_at TIMESTAMP,
  account_id VARCHAR(64),
  created_by VARCHAR(64) NOT NULL,
  CONSTRAINT institutions_uscc_unique UNIQUE (uscc)
);
CREATE INDEX institutions_institution_status ON institutions_institution (status, region);
CREATE INDEX institutions_institution_deadline ON institutions_institution (status, appeal_deadline);

-- Every version of a profile: the one the public sees (current_rev), a change waiting for staff
-- (pending_rev), and the earlier and rejected ones, kept for the record.
CREATE TABLE institutions_profile (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id BIGINT NOT NULL REFERENCES institutions_institution (id),
  name VARCHAR(200) NOT NULL,
  inst_type VARCHAR(20) NOT NULL,
  description VARCHAR(4000),
  address VARCHAR(200),
  service_phone VARCHAR(40),
  website VARCHAR(200),
  rev_state VARCHAR(12) NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  submitted_by VARCHAR(64) NOT NULL,
  decided_at TIMESTAMP,
  decided_by VARCHAR(64),
  decision_reason VARCHAR(1000)
);
CREATE INDEX institutions_profile_institution ON institutions_profile (institution_id);

CREATE TABLE institutions_profile_category (
  profile_id BIGINT NOT NULL REFERENCES institutions_profile (id),
  category VARCHAR(40) NOT NULL,
  PRIMARY KEY (profile_id, category)
);
CREATE TABLE institutions_profile_region (
  profile_id BIGINT NOT NULL REFERENCES institutions_profile (id),
  region CHAR(6) NOT NULL,
  PRIMARY KEY (profile_id, region)
);
CREATE INDEX institutions_profile_region_code ON institutions_profile_region (region);
CREATE TABLE institutions_qualification (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  profile_id BIGINT NOT NULL REFERENCES institutions_profile (id),
  name VARCHAR(200) NOT NULL,
  issuer VARCHAR(200),
  cert_number VARCHAR(100),
  valid_until DATE,
  is_required BOOLEAN NOT NULL
);
CREATE INDEX institutions_qualification_profile ON institutions_qualification (profile_id);
-- Contact people: personal data, shown only to the institution itself and to staff, never logged.
CREATE TABLE institutions_contact (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  profile_id BIGINT NOT NULL REFERENCES institutions_profile (id),
  name VARCHAR(100) NOT NULL,
  contact_role VARCHAR(100),
  phone VARCHAR(40),
  email VARCHAR(200)
);
CREATE INDEX institutions_contact_profile ON institutions_contact (profile_id);

CREATE TABLE institutions_transition (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id BIGINT NOT NULL REFERENCES institutions_institution (id),
  action VARCHAR(20) NOT NULL,
  from_status VARCHAR(16),
  to_status VARCHAR(16) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(64) NOT NULL,
  reason VARCHAR(4000)
);
CREATE INDEX institutions_transition_institution ON institutions_transition (institution_id, id);

CREATE TABLE institutions_product (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id BIGINT NOT NULL REFERENCES institutions_institution (id),
  current_rev BIGINT,
  pending_rev BIGINT,
  withdrawn BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(64) NOT NULL
);
CREATE INDEX institutions_product_institution ON institutions_product (institution_id);
CREATE TABLE institutions_product_rev (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  product_id BIGINT NOT NULL REFERENCES institutions_product (id),
  name VARCHAR(200) NOT NULL,
  category VARCHAR(40) NOT NULL,
  content VARCHAR(4000) NOT NULL,
  process VARCHAR(4000) NOT NULL,
  standard VARCHAR(4000) NOT NULL,
  supervision VARCHAR(1000),
  is_free BOOLEAN NOT NULL,
  fee DECIMAL(12, 2),
  delivery_days INTEGER NOT NULL,
  rev_state VARCHAR(12) NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  submitted_by VARCHAR(64) NOT NULL,
  decided_at TIMESTAMP,
  decided_by VARCHAR(64),
  decision_reason VARCHAR(1000)
);
CREATE INDEX institutions_product_rev_product ON institutions_product_rev (product_id);

CREATE TABLE institutions_case (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id BIGINT NOT NULL REFERENCES institutions_institution (id),
  title VARCHAR(200) NOT NULL,
  industry VARCHAR(5) NOT NULL,
  category VARCHAR(40) NOT NULL,
  enterprise_size VARCHAR(6) NOT NULL,
  summary VARCHAR(4000) NOT NULL,
  outcome VARCHAR(4000) NOT NULL,
  case_year INTEGER,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(64) NOT NULL
);
CREATE INDEX institutions_case_institution ON institutions_case (institution_id);

CREATE TABLE institutions_expert (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id BIGINT REFERENCES institutions_institution (id),
  name VARCHAR(100) NOT NULL,
  title VARCHAR(100),
  profile VARCHAR(4000) NOT NULL,
  region CHAR(6) NOT NULL,
  availability VARCHAR(12) NOT NULL,
  availability_note VARCHAR(200),
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(64) NOT NULL
);
CREATE INDEX institutions_expert_institution ON institutions_expert (institution_id);
CREATE TABLE institutions_expert_field (
  expert_id BIGINT NOT NULL REFERENCES institutions_expert (id),
  category VARCHAR(40) NOT NULL,
  PRIMARY KEY (expert_id, category)
);

CREATE TABLE institutions_request (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id BIGINT NOT NULL REFERENCES institutions_institution (id),
  product_id BIGINT NOT NULL REFERENCES institutions_product (id),
  product_name VARCHAR(200) NOT NULL,
  category VARCHAR(40) NOT NULL,
  uscc CHAR(18) NOT NULL,
  region CHAR(6) NOT NULL,
  note VARCHAR(1000),
  status VARCHAR(12) NOT NULL,
  outcome VARCHAR(2000),
  ledger_record_id VARCHAR(64),
  requested_at TIMESTAMP NOT NULL,
  requested_by VARCHAR(64) NOT NULL,
  accepted_at TIMESTAMP,
  completed_at TIMESTAMP
);
CREATE INDEX institutions_request_institution ON institutions_request (institution_id, id);
CREATE INDEX institutions_request_uscc ON institutions_request (uscc, id);

CREATE TABLE institutions_evaluation (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id BIGINT NOT NULL REFERENCES institutions_institution (id),
  period_from DATE NOT NULL,
  period_to DATE NOT NULL,
  capacity DECIMAL(5, 2) NOT NULL,
  management DECIMAL(5, 2) NOT NULL,
  quality DECIMAL(5, 2) NOT NULL,
  satisfaction DECIMAL(5, 2),
  ratings INTEGER NOT NULL,
  w_capacity INTEGER NOT NULL,
  w_management INTEGER NOT NULL,
  w_quality INTEGER NOT NULL,
  w_satisfaction INTEGER NOT NULL,
  threshold DECIMAL(5, 2) NOT NULL,
  total DECIMAL(5, 2) NOT NULL,
  passed BOOLEAN NOT NULL,
  note VARCHAR(1000),
  evaluated_at TIMESTAMP NOT NULL,
  evaluated_by VARCHAR(64) NOT NULL
);
CREATE INDEX institutions_evaluation_institution ON institutions_evaluation (institution_id, id);

-- One row: the evaluation weights (percent, summing to 100), the exit threshold and the appeal window.
CREATE TABLE institutions_setting (
  id INTEGER NOT NULL PRIMARY KEY,
  w_capacity INTEGER NOT NULL,
  w_management INTEGER NOT NULL,
  w_quality INTEGER NOT NULL,
  w_satisfaction INTEGER NOT NULL,
  threshold DECIMAL(5, 2) NOT NULL,
  appeal_days INTEGER NOT NULL,
  updated_at TIMESTAMP,
  updated_by VARCHAR(64)
);
INSERT INTO institutions_setting (id, w_capacity, w_management, w_quality, w_satisfaction, threshold, appeal_days)
  VALUES (1, 25, 25, 25, 25, 60.00, 15);
