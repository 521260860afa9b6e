/**
 * Migration 15: what the list and the authority list count at 1,000,000 documents (issue 15).
 * - dataset_rows(year, status, kind): a year with a status (and kind) counted as one range of entries. With
 *   only (status, kind) and (year, …figures) SQLite took the year's range and read each row for its status:
 *   83,000 rows of dataset_rows for one year at 1,000,000 documents (58 ms CPU).
 * - fields(document_id, value) for region_code alone (partial, named by a literal like migration 11's facets):
 *   the authority list looks up each agency document's region code; through the primary key each lookup read
 *   the field's wide row (3.3 s at 1,000,000), here it is one entry of a small index.
 * - facet_value_counts: how many documents hold each value of the five facet fields, kept by triggers on
 *   `fields` (every writer keeps it right without knowing it; a document's deletion deletes its fields, which
 *   fires them). A list filtered by one facet alone reads its count here instead of counting 400,000 index
 *   entries (format at 1,000,000: 63 ms). One row per (field, value) in use; a count down to 0 is removed.
 * - file_names_fts: a trigram index over the documents' file names (external content: the names are not
 *   stored twice), kept by triggers on `documents`. A search finds documents by file name too; a rare phrase's
 *   exact total scanned every name with LIKE (87 ms at 1,000,000), the index answers the same LIKE from the
 *   phrase's trigrams (search-walk.ts: a phrase of 3 characters or more without wildcards).
 *
 * In a library with documents, the two indexes and the filling of file_names_fts are steps of their own
 * (upgrade-steps.ts): 22 s at 1,000,000 documents in one transaction showed nothing and began again after a
 * kill; as steps each says where it is and a kill loses one chunk. The schema at the end is the same.
 */
import type { Database } from 'better-sqlite3'
import { UPGRADE_STEPS_TABLE, listStep } from './upgrade-steps'

const FACETS = "('report_year', 'format', 'admin_level', 'region', 'agency')"
const fill = (field: string): string =>
  `INSERT INTO facet_value_counts (field_id, value, n) SELECT '${field}', value, count(*) FROM fields INDEXED BY fields_facet_${field} WHERE field_id = '${field}' GROUP BY value;`

/**
 * The old name is in the index: while the upgrade step fills it (upgrade-steps.ts), a document it has not reached
 * yet may be deleted or renamed, and a 'delete' of a row an external-content index never took corrupts it. Its
 * docsize row says whether it took it.
 */
const INDEXED = 'EXISTS (SELECT 1 FROM file_names_fts_docsize WHERE id = OLD.id)'

const INDEXES = `
CREATE INDEX dataset_rows_year_status ON dataset_rows(year, status, kind);
CREATE INDEX fields_region_code ON fields(document_id, value) WHERE field_id = 'region_code';
`

const SCHEMA = `
CREATE TABLE facet_value_counts (
  field_id TEXT NOT NULL,
  value TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (field_id, value)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER facet_value_counts_insert AFTER INSERT ON fields WHEN NEW.field_id IN ${FACETS} BEGIN
  INSERT INTO facet_value_counts (field_id, value, n) VALUES (NEW.field_id, NEW.value, 1)
    ON CONFLICT (field_id, value) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER facet_value_counts_delete AFTER DELETE ON fields WHEN OLD.field_id IN ${FACETS} BEGIN
  UPDATE facet_value_counts SET n = n - 1 WHERE field_id = OLD.field_id AND value = OLD.value;
  DELETE FROM facet_value_counts WHERE field_id = OLD.field_id AND value = OLD.value AND n <= 0;
END;
CREATE TRIGGER facet_value_counts_update AFTER UPDATE OF field_id, value ON fields
  WHEN (OLD.field_id IN ${FACETS} OR NEW.field_id IN ${FACETS}) AND (OLD.field_id IS NOT NEW.field_id OR OLD.value IS NOT NEW.value) BEGIN
  UPDATE facet_value_counts SET n = n - 1 WHERE field_id = OLD.field_id AND value = OLD.value;
  DELETE FROM facet_value_counts WHERE field_id = OLD.field_id AND value = OLD.value AND n <= 0;
  INSERT INTO facet_value_counts (field_id, value, n) SELECT NEW.field_id, NEW.value, 1 WHERE NEW.field_id IN ${FACETS}
    ON CONFLICT (field_id, value) DO UPDATE SET n = n + 1;
END;

CREATE VIRTUAL TABLE file_names_fts USING fts5(file_name, content = 'documents', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER file_names_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO file_names_fts (rowid, file_name) VALUES (NEW.id, NEW.file_name);
END;
CREATE TRIGGER file_names_fts_delete AFTER DELETE ON documents WHEN ${INDEXED} BEGIN
  INSERT INTO file_names_fts (file_names_fts, rowid, file_name) VALUES ('delete', OLD.id, OLD.file_name);
END;
CREATE TRIGGER file_names_fts_update AFTER UPDATE OF file_name ON documents BEGIN
  INSERT INTO file_names_fts (file_names_fts, rowid, file_name) SELECT 'delete', OLD.id, OLD.file_name WHERE ${INDEXED};
  INSERT INTO file_names_fts (rowid, file_name) VALUES (NEW.id, NEW.file_name);
END;
${['report_year', 'format', 'admin_level', 'region', 'agency'].map(fill).join('\n')}
`

export function schemaV15(db: Database): void {
  db.exec(SCHEMA)
  if (!db.prepare('SELECT 1 FROM documents LIMIT 1').get()) {
    // nothing to index yet: at once
    db.exec(INDEXES)
    return
  }
  db.exec(`${UPGRADE_STEPS_TABLE}
    ${listStep('v15.dataset_rows_year_status', 1)}
    ${listStep('v15.fields_region_code', 2)}
    ${listStep('v15.file_names_fts', 3, '(SELECT max(id) FROM documents)')}`)
}
