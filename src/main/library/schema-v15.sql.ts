/**
 * Migration 15: two covering indexes for the list and the authority list at 1,000,000 documents (issue 15).
 * - dataset_rows(year, status, kind): a year with a status (and kind) counted as one range of entries. With
 *   only (status, kind) and (year, …figures) SQLite took the year's range and read each row for its status:
 *   83,000 rows of dataset_rows for one year at 1,000,000 documents (58 ms CPU).
 * - fields(document_id, value) for region_code alone (partial, named by a literal like migration 11's facets):
 *   the authority list looks up each agency document's region code; through the primary key each lookup read
 *   the field's wide row (3.3 s at 1,000,000), here it is one entry of a small index.
 * Indexes only: every writer keeps them right without knowing them.
 */
export const SCHEMA_V15 = `
CREATE INDEX dataset_rows_year_status ON dataset_rows(year, status, kind);
CREATE INDEX fields_region_code ON fields(document_id, value) WHERE field_id = 'region_code';
`
