/**
 * Migration 2: what the import pipeline needed after v1 shipped.
 * - texts.clean_map: the clean-text -> raw-text offset map (Int32 little-endian), so a highlight never
 *   needs the cleaner to run again (and stays consistent with the stored clean_text).
 * - import_runs: one row per import batch (when, what was asked, the outcome), documents point to the
 *   run that brought them in.
 */
export const SCHEMA_V2 = `
ALTER TABLE texts ADD COLUMN clean_map BLOB;

CREATE TABLE import_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  paths TEXT NOT NULL DEFAULT '[]',
  imported INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  cancelled INTEGER NOT NULL DEFAULT 0
) STRICT;

ALTER TABLE documents ADD COLUMN import_run INTEGER REFERENCES import_runs(id) ON DELETE SET NULL;
CREATE INDEX documents_imported_at ON documents(imported_at);
CREATE INDEX fields_by_value ON fields(field_id, value);
`
