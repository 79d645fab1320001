-- netaudit's audit history store, schema version 1: every complete run of every site, and the
-- history of each thing a site has had (first seen, last seen, events).
--
-- One file for SQLite and PostgreSQL. ${id_pk} is the database's auto-numbered primary key (a
-- Flyway placeholder set in io.netaudit.store.Migrations). Times are UTC epoch milliseconds
-- (BIGINT): one type on both databases, sortable and compact.
--
-- A "subject" is what history follows, by key: 'ip:<address>' for a device (and for a neighbour
-- that advertised its management address: the same thing seen another way),
-- 'ip:<address>/entity:<index>' for a component inside it, 'mac:<mac>' for an endpoint, and
-- 'neighbour:<seen by>/<name>' for a neighbour without a management address.

CREATE TABLE site (
  id ${id_pk},
  name VARCHAR(200) NOT NULL UNIQUE,
  created_ms BIGINT NOT NULL
);

-- One row per run. A run is written in one transaction; complete is set to 1 last, in that same
-- transaction, and readers only ever read complete runs.
CREATE TABLE run (
  id ${id_pk},
  site_id BIGINT NOT NULL REFERENCES site (id),
  -- made by the collector: a spooled run pushed twice is stored once
  run_key VARCHAR(100) NOT NULL UNIQUE,
  started_ms BIGINT NOT NULL,
  finished_ms BIGINT NOT NULL,
  complete SMALLINT NOT NULL DEFAULT 0,
  collector VARCHAR(200) NOT NULL,
  tool VARCHAR(100) NOT NULL,
  exit_code INTEGER NOT NULL,
  -- the target specs swept, one per line, exclusions with a leading '-' (what the run covered)
  targets TEXT NOT NULL,
  target_count BIGINT NOT NULL,
  rows_stored BIGINT NOT NULL DEFAULT 0,
  -- 1 once --keep-runs deleted the run's finding rows (its counts and events stay)
  rows_pruned SMALLINT NOT NULL DEFAULT 0
);
CREATE INDEX run_site_started ON run (site_id, complete, started_ms);

-- Per run and status: the targets that ended in it and the report rows that carry it (the trend).
CREATE TABLE run_count (
  run_id BIGINT NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  status VARCHAR(20) NOT NULL,
  targets BIGINT NOT NULL,
  report_rows BIGINT NOT NULL,
  PRIMARY KEY (run_id, status)
);

-- The report rows of a run (NO_RESPONSE rows are not kept: silence is not a finding). The key is
-- (site, run, address) for devices and (site, run, mac) for endpoints: the run fixes the site and
-- the subject names the address or MAC. cells holds every report column as a JSON object, so a
-- column added later needs no migration; the other columns are there to be queried.
CREATE TABLE finding (
  run_id BIGINT NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  subject VARCHAR(300) NOT NULL,
  row_kind VARCHAR(20) NOT NULL,
  address VARCHAR(64),
  mac TEXT,
  status VARCHAR(20) NOT NULL,
  severity INTEGER NOT NULL,
  vendor TEXT NOT NULL,
  advisories TEXT NOT NULL,
  cells TEXT NOT NULL,
  PRIMARY KEY (run_id, subject)
);
CREATE INDEX finding_subject ON finding (subject);

-- The history of each subject of a site, kept up to date by every run's transaction.
CREATE TABLE subject (
  site_id BIGINT NOT NULL REFERENCES site (id),
  subject VARCHAR(300) NOT NULL,
  row_kind VARCHAR(20) NOT NULL,
  address VARCHAR(64),
  mac TEXT,
  vendor TEXT NOT NULL,
  -- the status of its latest sighting
  status VARCHAR(20) NOT NULL,
  first_seen_ms BIGINT NOT NULL,
  last_seen_ms BIGINT NOT NULL,
  last_run_id BIGINT NOT NULL,
  -- complete runs of the site since, that covered it and did not have it
  missed_runs INTEGER NOT NULL DEFAULT 0,
  -- set when a RESTRICTED or REVIEW subject was missed remediated-after runs in a row
  remediated_ms BIGINT,
  PRIMARY KEY (site_id, subject)
);
CREATE INDEX subject_open ON subject (site_id, status, remediated_ms);

-- What happened: appeared, status_changed, remediated, reappeared (seen again after remediated).
CREATE TABLE event (
  id ${id_pk},
  site_id BIGINT NOT NULL REFERENCES site (id),
  run_id BIGINT NOT NULL,
  at_ms BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  row_kind VARCHAR(20) NOT NULL,
  address VARCHAR(64),
  mac TEXT,
  vendor TEXT NOT NULL,
  old_status VARCHAR(20),
  new_status VARCHAR(20)
);
CREATE INDEX event_site_at ON event (site_id, at_ms);
CREATE INDEX event_subject ON event (subject);
