/**
 * Migration 9: saved searches (smart lists) and what the dataset view counts fast (issue 13).
 * - saved_searches: a named search; `filter` is the list query it keeps (JSON: facets, field conditions,
 *   full-text search), evaluated whenever it is used, so its count and documents follow the library.
 * - fields_facet_*: one partial index per facet field, (value, document_id), so the counts per value of a
 *   filtered set read the index alone. Partial, not one index on (field_id, value, document_id) over every
 *   field: the facets read five fields of the ~150 a report has (the query names the field as a literal, so
 *   SQLite can use the partial index; a `field_id IN (…)` partial index it would not use).
 * - report_figures: one narrow row per document with its report year and the headline figures the charts
 *   sum, kept by triggers on `fields` like report_keys (every writer keeps it right without knowing it).
 *   Summing them from `fields` joined to the year took 9 s at 100,000 reports (a join of 600,000 rows and a
 *   sort); from this table it is one pass over 100,000 narrow rows. A value that is not a number is NULL.
 * bench/dataset-bench.ts measures the view.
 */
export const SCHEMA_V9 = `
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

CREATE TABLE report_figures (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  year INTEGER,
  received REAL, answered REAL, granted REAL, partial REAL, reconsiderations REAL, lawsuits REAL
) STRICT;
CREATE TRIGGER report_figures_insert AFTER INSERT ON fields WHEN NEW.field_id IN ('report_year', 'applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total', 'admin_reconsiderations', 'admin_lawsuits') BEGIN
  INSERT INTO report_figures (document_id) SELECT NEW.document_id WHERE NOT EXISTS (SELECT 1 FROM report_figures WHERE document_id = NEW.document_id);
  UPDATE report_figures SET year = (SELECT CASE WHEN json_type(value) = 'integer' THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'report_year'), received = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'applications_received'), answered = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'applications_answered'), granted = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 't3.granted.total'), partial = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 't3.partial.total'), reconsiderations = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'admin_reconsiderations'), lawsuits = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'admin_lawsuits')
  WHERE document_id = NEW.document_id;
END;
CREATE TRIGGER report_figures_update AFTER UPDATE OF value ON fields WHEN NEW.field_id IN ('report_year', 'applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total', 'admin_reconsiderations', 'admin_lawsuits') BEGIN
  INSERT INTO report_figures (document_id) SELECT NEW.document_id WHERE NOT EXISTS (SELECT 1 FROM report_figures WHERE document_id = NEW.document_id);
  UPDATE report_figures SET year = (SELECT CASE WHEN json_type(value) = 'integer' THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'report_year'), received = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'applications_received'), answered = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'applications_answered'), granted = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 't3.granted.total'), partial = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 't3.partial.total'), reconsiderations = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'admin_reconsiderations'), lawsuits = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = NEW.document_id AND field_id = 'admin_lawsuits')
  WHERE document_id = NEW.document_id;
END;
CREATE TRIGGER report_figures_delete AFTER DELETE ON fields WHEN OLD.field_id IN ('report_year', 'applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total', 'admin_reconsiderations', 'admin_lawsuits') BEGIN
  UPDATE report_figures SET year = (SELECT CASE WHEN json_type(value) = 'integer' THEN json_extract(value, '$') END FROM fields WHERE document_id = OLD.document_id AND field_id = 'report_year'), received = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = OLD.document_id AND field_id = 'applications_received'), answered = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = OLD.document_id AND field_id = 'applications_answered'), granted = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = OLD.document_id AND field_id = 't3.granted.total'), partial = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = OLD.document_id AND field_id = 't3.partial.total'), reconsiderations = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = OLD.document_id AND field_id = 'admin_reconsiderations'), lawsuits = (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = OLD.document_id AND field_id = 'admin_lawsuits')
  WHERE document_id = OLD.document_id;
END;

INSERT INTO report_figures (document_id, year, received, answered, granted, partial, reconsiderations, lawsuits)
  SELECT d.id, (SELECT CASE WHEN json_type(value) = 'integer' THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'report_year'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'applications_received'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'applications_answered'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 't3.granted.total'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 't3.partial.total'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'admin_reconsiderations'), (SELECT CASE WHEN json_type(value) IN ('integer', 'real') THEN json_extract(value, '$') END FROM fields WHERE document_id = d.id AND field_id = 'admin_lawsuits')
  FROM documents d
  WHERE EXISTS (SELECT 1 FROM fields WHERE document_id = d.id AND field_id IN ('report_year', 'applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total', 'admin_reconsiderations', 'admin_lawsuits'));
`
