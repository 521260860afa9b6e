/**
 * Migration 9: saved searches (smart lists, issue 13) and the dataset view's index.
 * - saved_searches: a named search; `filter` is the list query it keeps (JSON: facets, field conditions,
 *   full-text search), evaluated whenever it is listed, so its count and documents follow the library.
 * - fields_facet: (field_id, value, document_id) covers the dataset view's counts per value of one field
 *   for a filtered set (facets, the figures per year), read from the index alone; measured in
 *   bench/dataset-bench.ts.
 */
export const SCHEMA_V9 = `
CREATE TABLE saved_searches (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  filter TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX fields_facet ON fields(field_id, value, document_id);
`
