/**
 * Migration 6: the extractor's candidates for fields it left empty or kept at a low confidence (issue 12),
 * replaced with every (re-)extraction, for the review desk's suggestions. value is JSON (a number or text).
 */
export const SCHEMA_V6 = `
CREATE TABLE field_candidates (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  field_id TEXT NOT NULL,
  value TEXT NOT NULL,
  span_start INTEGER,
  span_end INTEGER,
  score REAL NOT NULL,
  rule TEXT NOT NULL
) STRICT;
CREATE INDEX field_candidates_document ON field_candidates(document_id);
`
