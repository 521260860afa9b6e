/**
 * Migration 3: indexes the review and list services need on large libraries. The services are correct without them; these make the slow cases fast.
 * Measured on 100,000 documents (bench/review-latency-bench.ts):
 * - fields_low_confidence: documents.queue walks "documents with a low-confidence value" (review.ts,
 *   LOW_CONFIDENCE = 0.7; the predicate must stay identical for SQLite to use the partial index). Without
 *   it, a library with no such value scans every field row: ~1 s per queue step.
 * - warnings_errors: the "has errors" tier and the open-error check.
 * - documents_file_name: the file-name sort without sorting the library.
 * - documents_verified: the queue's "remaining" (all minus verified) without reading every document row.
 * Not proposed: an index on documents(status). With four values it is not selective, and without
 * ANALYZE statistics SQLite prefers it anyway: a year + status filter went from 0.2 s to 0.9 s.
 */
export const SCHEMA_V3 = `
CREATE INDEX fields_low_confidence ON fields(document_id) WHERE origin = 'auto' AND confidence < 0.7;
CREATE INDEX warnings_errors ON warnings(document_id) WHERE severity = 'error';
CREATE INDEX documents_file_name ON documents(file_name);
CREATE INDEX documents_verified ON documents(id) WHERE status = 'verified';
`
