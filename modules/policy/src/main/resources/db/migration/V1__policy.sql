-- 政策直享: policies, their versions, history, interpretations and attachments; the enterprises'
-- inbox, subscriptions, and consultations / applications (also service records in the ledger).
CREATE TABLE policy_policy (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  issuing_authority VARCHAR(200) NOT NULL,
  document_number VARCHAR(100),
  level VARCHAR(12) NOT NULL,
  region_code CHAR(6) NOT NULL,
  issued_on DATE NOT NULL,
  effective_from DATE,
  expires_on DATE,
  body CLOB(1M) NOT NULL,
  categories VARCHAR(500) NOT NULL,
  tags VARCHAR(1000) NOT NULL,
  criteria CLOB(64K) NOT NULL,
  status VARCHAR(12) NOT NULL,
  version INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  published_at TIMESTAMP,
  ended_at TIMESTAMP
);
CREATE INDEX policy_policy_status ON policy_policy (status, region_code);
CREATE INDEX policy_policy_expiry ON policy_policy (status, expires_on);

CREATE TABLE policy_version (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id BIGINT NOT NULL REFERENCES policy_policy (id),
  version INTEGER NOT NULL,
  change_note VARCHAR(1000),
  content CLOB(2M) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  UNIQUE (policy_id, version)
);

CREATE TABLE policy_transition (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id BIGINT NOT NULL REFERENCES policy_policy (id),
  action VARCHAR(20) NOT NULL,
  from_status VARCHAR(12),
  to_status VARCHAR(12) NOT NULL,
  version INTEGER NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(64) NOT NULL,
  note VARCHAR(1000)
);
CREATE INDEX policy_transition_policy ON policy_transition (policy_id, id);

CREATE TABLE policy_interpretation (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id BIGINT NOT NULL REFERENCES policy_policy (id),
  title VARCHAR(200) NOT NULL,
  text CLOB(256K) NOT NULL,
  qa CLOB(256K) NOT NULL,
  author VARCHAR(100) NOT NULL,
  published_on DATE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(64) NOT NULL
);
CREATE INDEX policy_interpretation_policy ON policy_interpretation (policy_id);

CREATE TABLE policy_attachment (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id BIGINT NOT NULL REFERENCES policy_policy (id),
  name VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes INTEGER NOT NULL,
  content BLOB(11M) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL
);
CREATE INDEX policy_attachment_policy ON policy_attachment (policy_id);

CREATE TABLE policy_inbox (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uscc CHAR(18) NOT NULL,
  policy_id BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(1000),
  reason VARCHAR(20) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  read_at TIMESTAMP
);
CREATE INDEX policy_inbox_uscc ON policy_inbox (uscc, id);

CREATE TABLE policy_subscription (
  uscc CHAR(18) NOT NULL PRIMARY KEY,
  categories VARCHAR(500) NOT NULL,
  tags VARCHAR(1000) NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

CREATE TABLE policy_request (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id BIGINT NOT NULL REFERENCES policy_policy (id),
  kind VARCHAR(12) NOT NULL,
  uscc CHAR(18) NOT NULL,
  region_code CHAR(6) NOT NULL,
  text VARCHAR(2000) NOT NULL,
  channel VARCHAR(10) NOT NULL,
  ledger_record_id VARCHAR(64),
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(64) NOT NULL
);
CREATE INDEX policy_request_policy ON policy_request (policy_id);
CREATE INDEX policy_request_uscc ON policy_request (uscc);
