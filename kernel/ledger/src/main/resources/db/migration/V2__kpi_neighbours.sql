-- Ragged KPI periods (a period that starts or ends inside a month): for every aggregate key of a
-- record (scope ALL / PROV / PREF × all modules or the record's own, suffix _MOD) the request time of
-- the same enterprise's previous record under that key and the month (yyyymm) of its next one; NULL:
-- none. With them the partial months at a period's edges count distinct enterprises from their own
-- rows. See docs/decisions/0008-ledger-kpis.md.
ALTER TABLE LEDGER_RECORD ADD COLUMN PREV_ALL TIMESTAMP;
ALTER TABLE LEDGER_RECORD ADD COLUMN PREV_ALL_MOD TIMESTAMP;
ALTER TABLE LEDGER_RECORD ADD COLUMN PREV_PROV TIMESTAMP;
ALTER TABLE LEDGER_RECORD ADD COLUMN PREV_PROV_MOD TIMESTAMP;
ALTER TABLE LEDGER_RECORD ADD COLUMN PREV_PREF TIMESTAMP;
ALTER TABLE LEDGER_RECORD ADD COLUMN PREV_PREF_MOD TIMESTAMP;
ALTER TABLE LEDGER_RECORD ADD COLUMN NEXT_ALL INTEGER;
ALTER TABLE LEDGER_RECORD ADD COLUMN NEXT_ALL_MOD INTEGER;
ALTER TABLE LEDGER_RECORD ADD COLUMN NEXT_PROV INTEGER;
ALTER TABLE LEDGER_RECORD ADD COLUMN NEXT_PROV_MOD INTEGER;
ALTER TABLE LEDGER_RECORD ADD COLUMN NEXT_PREF INTEGER;
ALTER TABLE LEDGER_RECORD ADD COLUMN NEXT_PREF_MOD INTEGER;

-- Work the service does once on its next start (here: fill the columns above for existing records
-- by rebuilding the KPI rows), deleted when done.
CREATE TABLE LEDGER_PENDING_TASK (
  TASK VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO LEDGER_PENDING_TASK (TASK) VALUES ('rebuild-kpis');
