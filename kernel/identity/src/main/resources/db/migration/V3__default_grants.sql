-- Permissions whose default-role grants (Permission.defaultRoles of a module descriptor) were
-- already made. A permission is granted to its default roles once, the first time the platform
-- sees it: an operator who later takes it away keeps it taken away.
CREATE TABLE identity_default_grant (
  permission VARCHAR(128) NOT NULL PRIMARY KEY,
  granted_at TIMESTAMP NOT NULL
);

-- The ledger and demands grants were made by V2.
INSERT INTO identity_default_grant (permission, granted_at) VALUES
  ('ledger.read', CURRENT_TIMESTAMP), ('ledger.write', CURRENT_TIMESTAMP),
  ('demands.handle', CURRENT_TIMESTAMP), ('demands.configure', CURRENT_TIMESTAMP);
