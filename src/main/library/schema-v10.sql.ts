/**
 * Migration 10: copies of one report stored in the library (issue 13), and a value's source copy.
 *
 * - copy_samples: each document's sampled shingle hashes (dataset/copies.ts), so that regrouping reads a few
 *   hundred bytes a document instead of re-reading and re-cutting every text. A trigger drops a document's
 *   sample when its clean text changes (re-extraction); the next regrouping computes it again.
 * - copy_groups: the groups as last computed (document → group id = its first document, weakest link).
 * - copy_pins: a person's decision (split, join): documents with one pin form one group whatever their text,
 *   a document pinned alone is in none; automatic grouping leaves pinned documents alone, so the decision
 *   survives re-import, re-extraction and regrouping.
 * - copy_keys: each document's agency key and year as grouping last read them (indexed: a changed document's
 *   possible copies are looked up, not searched for).
 * - copy_dirty: documents marked by triggers whenever something grouping reads changes (a document in or out,
 *   a clean text, an agency or a year, a pin), so every writer keeps the groups right without knowing them;
 *   the next read (or the writer's own refresh) regroups around them; copy_groups_state.full asks for all.
 * - fields.source_document: a value a person chose from another copy of the report names that copy.
 * - agency_splits, agency_names: the authority list's manual decisions (a variant split out, a canonical name).
 */
export const SCHEMA_V10 = `
ALTER TABLE fields ADD COLUMN source_document INTEGER;

CREATE TABLE copy_samples (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  sample BLOB NOT NULL
) STRICT;

-- what grouping compares besides the text: the agency's clustering key ('' unknown) and the year, indexed
-- so that a changed document's possible copies are found without reading every document
CREATE TABLE copy_keys (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  agency_key TEXT NOT NULL,
  year INTEGER
) STRICT;
CREATE INDEX copy_keys_year_agency ON copy_keys(year, agency_key);
CREATE INDEX copy_keys_agency ON copy_keys(agency_key);

-- no foreign key: the rows of a deleted document tell the next regrouping which group it left
CREATE TABLE copy_groups (
  document_id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL,
  similarity REAL NOT NULL,
  pinned INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX copy_groups_group ON copy_groups(group_id);

CREATE TABLE copy_pins (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  pin TEXT NOT NULL,
  reviewer TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
) STRICT;
CREATE INDEX copy_pins_pin ON copy_pins(pin);

-- documents whose grouping may have changed since the last regrouping; full = 1: regroup everything.
-- The triggers insert with NOT EXISTS, not OR IGNORE: an outer statement's conflict clause (an upsert of a
-- field) would override the trigger's own.
CREATE TABLE copy_dirty (document_id INTEGER PRIMARY KEY) STRICT;
CREATE TABLE copy_groups_state (id INTEGER PRIMARY KEY CHECK (id = 1), full INTEGER NOT NULL) STRICT;
INSERT INTO copy_groups_state (id, full) VALUES (1, 1);

-- the authority list's decisions (issue 13): a written name a person split out of the agency its key put it
-- in (it becomes an agency of its own), and a canonical name a person gave an agency (by its key)
CREATE TABLE agency_splits (
  name TEXT PRIMARY KEY,
  reviewer TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
) STRICT;
CREATE TABLE agency_names (
  agency_key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  reviewer TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
) STRICT;

CREATE TRIGGER copy_dirty_doc_in AFTER INSERT ON documents BEGIN INSERT INTO copy_dirty SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = NEW.id); END;
CREATE TRIGGER copy_dirty_doc_out AFTER DELETE ON documents BEGIN INSERT INTO copy_dirty SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = OLD.id); END;
CREATE TRIGGER copy_dirty_text AFTER UPDATE OF clean_text ON texts BEGIN
  DELETE FROM copy_samples WHERE document_id = NEW.document_id;
  INSERT INTO copy_dirty SELECT NEW.document_id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = NEW.document_id);
END;
CREATE TRIGGER copy_dirty_key_in AFTER INSERT ON report_keys BEGIN INSERT INTO copy_dirty SELECT NEW.document_id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = NEW.document_id); END;
CREATE TRIGGER copy_dirty_key_change AFTER UPDATE ON report_keys WHEN OLD.agency IS NOT NEW.agency OR OLD.year IS NOT NEW.year BEGIN
  INSERT INTO copy_dirty SELECT NEW.document_id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = NEW.document_id);
END;
CREATE TRIGGER copy_dirty_pin_in AFTER INSERT ON copy_pins BEGIN INSERT INTO copy_dirty SELECT NEW.document_id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = NEW.document_id); END;
CREATE TRIGGER copy_dirty_pin_change AFTER UPDATE ON copy_pins BEGIN INSERT INTO copy_dirty SELECT NEW.document_id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = NEW.document_id); END;
CREATE TRIGGER copy_dirty_pin_out AFTER DELETE ON copy_pins BEGIN INSERT INTO copy_dirty SELECT OLD.document_id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = OLD.document_id); END;
`
