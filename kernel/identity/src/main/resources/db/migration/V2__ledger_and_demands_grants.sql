-- The service ledger's and the demands module's permissions for the default roles. Roles are data:
-- only roles that still exist get them, and grants an operator already made are not duplicated.
-- (TRIM: Derby types the VALUES list as CHAR of the longest literal.)
INSERT INTO identity_role_permission (role_name, permission)
  SELECT r.name, TRIM(g.permission)
  FROM identity_role r,
       (VALUES ('platform-admin', 'ledger.read'), ('platform-admin', 'ledger.write'),
               ('platform-admin', 'demands.handle'), ('platform-admin', 'demands.configure'),
               ('region-operator', 'ledger.read'), ('region-operator', 'ledger.write'),
               ('region-operator', 'demands.handle'), ('region-operator', 'demands.configure'),
               ('window-staff', 'ledger.read'), ('window-staff', 'ledger.write'),
               ('window-staff', 'demands.handle'),
               ('auditor', 'ledger.read')) AS g (role_name, permission)
  WHERE r.name = TRIM(g.role_name)
    AND NOT EXISTS (SELECT 1 FROM identity_role_permission x
                    WHERE x.role_name = r.name AND x.permission = TRIM(g.permission));
