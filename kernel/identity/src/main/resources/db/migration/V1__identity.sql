-- Accounts, roles, tokens, registrations and the audit trail of the identity service.
-- Portable SQL (Apache Derby and PostgreSQL). Secrets are never stored in clear: passwords as
-- PBKDF2 hashes with their salt and parameters, bearer tokens as their SHA-256.

CREATE TABLE identity_account (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  display_name VARCHAR(200),
  region_code VARCHAR(6),
  org_unit VARCHAR(200),
  uscc VARCHAR(18),
  institution_id VARCHAR(64),
  pw_algorithm VARCHAR(40) NOT NULL,
  pw_iterations INTEGER NOT NULL,
  pw_salt VARCHAR(64) NOT NULL,
  pw_hash VARCHAR(128) NOT NULL,
  failed_attempts INTEGER DEFAULT 0 NOT NULL,
  last_failed_at TIMESTAMP,
  locked_until TIMESTAMP,
  last_login_at TIMESTAMP,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT identity_account_username UNIQUE (username)
);
CREATE INDEX identity_account_region ON identity_account (region_code);

CREATE TABLE identity_role (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  description VARCHAR(200),
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE identity_role_permission (
  role_name VARCHAR(64) NOT NULL,
  permission VARCHAR(100) NOT NULL,
  PRIMARY KEY (role_name, permission),
  CONSTRAINT identity_role_permission_role FOREIGN KEY (role_name) REFERENCES identity_role (name)
);

CREATE TABLE identity_account_role (
  account_id VARCHAR(36) NOT NULL,
  role_name VARCHAR(64) NOT NULL,
  PRIMARY KEY (account_id, role_name),
  CONSTRAINT identity_account_role_account FOREIGN KEY (account_id) REFERENCES identity_account (id),
  CONSTRAINT identity_account_role_role FOREIGN KEY (role_name) REFERENCES identity_role (name)
);

CREATE TABLE identity_token (
  token_hash CHAR(64) NOT NULL PRIMARY KEY,
  account_id VARCHAR(36) NOT NULL,
  issued_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  revoked_at TIMESTAMP,
  CONSTRAINT identity_token_account FOREIGN KEY (account_id) REFERENCES identity_account (id)
);
CREATE INDEX identity_token_account_idx ON identity_token (account_id);

CREATE TABLE identity_registration (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  account_id VARCHAR(36) NOT NULL,
  uscc VARCHAR(18) NOT NULL,
  name VARCHAR(200) NOT NULL,
  contact VARCHAR(200) NOT NULL,
  region_code VARCHAR(6) NOT NULL,
  status VARCHAR(16) NOT NULL,
  reason VARCHAR(500),
  created_at TIMESTAMP NOT NULL,
  decided_at TIMESTAMP,
  decided_by VARCHAR(64),
  CONSTRAINT identity_registration_account FOREIGN KEY (account_id) REFERENCES identity_account (id)
);
CREATE INDEX identity_registration_region ON identity_registration (region_code);

CREATE TABLE identity_audit (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(64) NOT NULL,
  action VARCHAR(64) NOT NULL,
  entity VARCHAR(64),
  entity_id VARCHAR(200),
  changed_fields VARCHAR(1000),
  ip VARCHAR(64),
  outcome VARCHAR(64) NOT NULL
);
CREATE INDEX identity_audit_occurred ON identity_audit (occurred_at);
CREATE INDEX identity_audit_actor ON identity_audit (actor);

-- Default roles (data, not code: operators may change them; modules add their permissions later).
INSERT INTO identity_role (name, description, created_at) VALUES
  ('platform-admin', '平台管理员 / Platform administrator', CURRENT_TIMESTAMP),
  ('region-operator', '区域运营人员 / Region operator', CURRENT_TIMESTAMP),
  ('window-staff', '服务窗口人员 / Service window staff', CURRENT_TIMESTAMP),
  ('auditor', '审计人员 / Auditor', CURRENT_TIMESTAMP),
  ('enterprise-user', '企业用户 / Enterprise user', CURRENT_TIMESTAMP),
  ('institution-user', '服务机构用户 / Service institution user', CURRENT_TIMESTAMP);

INSERT INTO identity_role_permission (role_name, permission) VALUES
  ('platform-admin', 'enterprises.read'),
  ('platform-admin', 'enterprises.write'),
  ('platform-admin', 'identity.accounts.manage'),
  ('platform-admin', 'identity.roles.manage'),
  ('platform-admin', 'audit.read'),
  ('region-operator', 'enterprises.read'),
  ('region-operator', 'enterprises.write'),
  ('region-operator', 'identity.accounts.manage'),
  ('window-staff', 'enterprises.read'),
  ('window-staff', 'enterprises.write'),
  ('auditor', 'audit.read'),
  ('auditor', 'enterprises.read');
