/**
 * Migration 11: saved searches (smart lists) and what the dataset view counts fast (issue 13).
 * - saved_searches: a named search; `filter` is the list query it keeps (JSON: facets, field conditions,
 *   full-text search), evaluated whenever it is used, so its count and documents follow the library.
 * - fields_facet_*: one partial index per facet field, (value, document_id), so the counts per value of a
 *   filtered set read the index alone. Partial, not one index on (field_id, value, document_id) over every
 *   field: the facets read five fields of the ~150 a report has (the query names the field as a literal, so
 *   SQLite can use the partial index; a `field_id IN (…)` partial index it would not use).
 * - dataset_rows: one narrow row per document with its status, file kind, report year and the headline
 *   figures the charts sum, kept by triggers on `documents` and `fields` like report_keys (every writer keeps
 *   it right without knowing it). Summing the figures from `fields` joined to the year took 9 s at 100,000
 *   reports (a join of 600,000 rows and a sort), counting statuses from `documents` reads every wide row;
 *   here each is one pass over a covering index in group order (no sort). A value that is not a number is
 *   NULL. No index on documents(status) instead: migration 3 says why.
 * bench/dataset-bench.ts measures the view.
 */
/** A field row written (inserted or its value updated): the document's dataset row takes the value, made first if missing. */
const ROW_FROM_NEW = `  INSERT INTO dataset_rows (document_id, status, kind) SELECT id, status, kind FROM documents WHERE id = NEW.document_id AND NOT EXISTS (SELECT 1 FROM dataset_rows WHERE document_id = NEW.document_id);
  UPDATE dataset_rows SET
    year = CASE WHEN NEW.field_id = 'report_year' THEN CASE WHEN json_type(NEW.value) = 'integer' THEN json_extract(NEW.value, '$') END ELSE year END,
    received = CASE WHEN NEW.field_id = 'applications_received' THEN CASE WHEN json_type(NEW.value) IN ('integer', 'real') THEN json_extract(NEW.value, '$') END ELSE received END,
    answered = CASE WHEN NEW.field_id = 'applications_answered' THEN CASE WHEN json_type(NEW.value) IN ('integer', 'real') THEN json_extract(NEW.value, '$') END ELSE answered END,
    granted = CASE WHEN NEW.field_id = 't3.granted.total' THEN CASE WHEN json_type(NEW.value) IN ('integer', 'real') THEN json_extract(NEW.value, '$') END ELSE granted END,
    partial = CASE WHEN NEW.field_id = 't3.partial.total' THEN CASE WHEN json_type(NEW.value) IN ('integer', 'real') THEN json_extract(NEW.value, '$') END ELSE partial END,
    reconsiderations = CASE WHEN NEW.field_id = 'admin_reconsiderations' THEN CASE WHEN json_type(NEW.value) IN ('integer', 'real') THEN json_extract(NEW.value, '$') END ELSE reconsiderations END,
    lawsuits = CASE WHEN NEW.field_id = 'admin_lawsuits' THEN CASE WHEN json_type(NEW.value) IN ('integer', 'real') THEN json_extract(NEW.value, '$') END ELSE lawsuits END
  WHERE document_id = NEW.document_id;`

export const SCHEMA_V11 = `
CREATE TABLE saved_searches (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  filter TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX fields_facet_report_year ON fields(value, document_id) WHERE field_id = 'report_year';
CREATE INDEX fields_facet_format ON fields(value, document_id) WHERE field_id = 'format';
CREATE INDEX fields_facet_admin_level ON fields(value, document_id) WHERE field_id = 'admin_level';
CREATE INDEX fields_facet_region ON fields(value, document_id) WHERE field_id = 'region';
CREATE INDEX fields_facet_agency ON fields(value, document_id) WHERE field_id = 'agency';

CREATE TABLE dataset_rows (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  kind TEXT NOT NULL,
  year INTEGER,
  received REAL, answered REAL, granted REAL, partial REAL, reconsiderations REAL, lawsuits REAL
) STRICT;
CREATE INDEX dataset_rows_status ON dataset_rows(status, kind);
CREATE INDEX dataset_rows_year ON dataset_rows(year, received, answered, granted, partial, reconsiderations, lawsuits);
CREATE TRIGGER dataset_rows_document AFTER INSERT ON documents BEGIN
  INSERT INTO dataset_rows (document_id, status, kind) VALUES (NEW.id, NEW.status, NEW.kind);
END;
CREATE TRIGGER dataset_rows_status AFTER UPDATE OF status ON documents BEGIN
  UPDATE dataset_rows SET status = NEW.status WHERE document_id = NEW.id;
END;
CREATE TRIGGER dataset_rows_insert AFTER INSERT ON fields WHEN NEW.field_id IN ('report_year', 'applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total', 'admin_reconsiderations', 'admin_lawsuits') BEGIN
${ROW_FROM_NEW}
END;
CREATE TRIGGER dataset_rows_update AFTER UPDATE OF value ON fields WHEN NEW.field_id IN ('report_year', 'applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total', 'admin_reconsiderations', 'admin_lawsuits') BEGIN
${ROW_FROM_NEW}
END;
CREATE TRIGGER dataset_rows_delete AFTER DELETE ON fields WHEN OLD.field_id IN ('report_year', 'applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total', 'admin_reconsiderations', 'admin_lawsuits') BEGIN
  UPDATE dataset_rows SET
    year = CASE WHEN OLD.field_id = 'report_year' THEN NULL ELSE year END,
    received = CASE WHEN OLD.field_id = 'applications_received' THEN NULL ELSE received END,
    answered = CASE WHEN OLD.field_id = 'applications_answered' THEN NULL ELSE answered END,
    granted = CASE WHEN OLD.field_id = 't3.granted.total' THEN NULL ELSE granted END,
    partial = CASE WHEN OLD.field_id = 't3.partial.total' THEN NULL ELSE partial END,
    reconsiderations = CASE WHEN OLD.field_id = 'admin_reconsiderations' THEN NULL ELSE reconsiderations END,
    lawsuits = CASE WHEN OLD.field_id = 'admin_lawsuits' THEN NULL ELSE lawsuits END
  WHERE document_id = OLD.document_id;
END;

INSERT INTO dataset_rows (document_id, status, kind, year, received, answered, granted, partial, reconsiderations, lawsuits)
  SELECT d.id, d.status, d.kind, (SELECT CASE WHEN json_type(value) = 'integer' THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'report_year'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'applications_received'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'applications_answered'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 't3.granted.total'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 't3.partial.total'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'admin_reconsiderations'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'admin_lawsuits')
  FROM documents d;
`
