/**
 * Migration 9 (issue 14): where a document came from beyond its file. One row per document that has more
 * to say than its file: the original's own format when it was read in another kind's shape (a .doc or
 * .wps read like a DOCX, an MHTML page like HTML; documents.kind keeps its four values), and for a report
 * taken out of a web archive the captured URL, the capture date and the archive record (the archive's
 * name and SHA-256, the WARC inside a WACZ, the record's offset, id, payload digest and content type).
 * The document's original is that record's payload, byte for byte (its own SHA-256 is documents.sha256).
 */
export const SCHEMA_V9 = `
CREATE TABLE document_origins (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  format TEXT CHECK (format IN ('doc','wps','mhtml')),
  url TEXT,
  captured_at TEXT,
  archive_name TEXT,
  archive_sha256 TEXT,
  archive_entry TEXT,
  record_offset INTEGER,
  record_id TEXT,
  payload_digest TEXT,
  content_type TEXT
) STRICT;
`
