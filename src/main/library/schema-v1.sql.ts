/**
 * Migration 1: the first library schema. Forward-only: never edit a shipped migration; add the next one.
 * STRICT tables so a wrong type fails loudly instead of being stored.
 */
export const SCHEMA_V1 = `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  file_name TEXT NOT NULL,
  file_path TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('txt','docx','pdf','html')),
  encoding TEXT,
  page_count INTEGER,
  imported_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','in_review','verified','flagged')),
  note TEXT NOT NULL DEFAULT '',
  extractor_version TEXT,
  extracted_at TEXT
) STRICT;

-- The original bytes, apart so that listing documents never reads blobs.
CREATE TABLE originals (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  bytes BLOB NOT NULL
) STRICT;

-- The raw extracted text (never changed) and the structure the format had (JSON: Block[], pageStarts).
CREATE TABLE texts (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  raw_text TEXT NOT NULL,
  -- normalised text (see src/main/text), what search and extraction read; recomputable from raw_text
  clean_text TEXT NOT NULL DEFAULT '',
  structure TEXT NOT NULL DEFAULT '{}'
) STRICT;

-- Warnings from import (source='import') and from the checks (source='extract').
CREATE TABLE warnings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('import','extract')),
  code TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error','warning')),
  message TEXT NOT NULL,
  message_en TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX warnings_document ON warnings(document_id);

-- Current value of each field. value is JSON (number, string or null); origin says who set it.
CREATE TABLE fields (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  field_id TEXT NOT NULL,
  value TEXT NOT NULL,
  approximate INTEGER NOT NULL DEFAULT 0,
  span_start INTEGER,
  span_end INTEGER,
  confidence REAL,
  rule TEXT,
  origin TEXT NOT NULL CHECK (origin IN ('auto','corrected','confirmed')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (document_id, field_id)
) STRICT;
CREATE INDEX fields_by_field ON fields(field_id);

-- Every manual change, append-only. target is a field id, or 'status', 'note', 'tags'.
CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  old_origin TEXT,
  new_origin TEXT,
  reason TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  batch TEXT,
  undoes INTEGER REFERENCES revisions(id)
) STRICT;
CREATE INDEX revisions_document ON revisions(document_id);

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  color TEXT NOT NULL DEFAULT '#888888'
) STRICT;
CREATE TABLE document_tags (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, tag_id)
) STRICT;

-- Full-text search over the clean text (rowid = document id), trigram for Chinese substrings of 3+ characters.
CREATE VIRTUAL TABLE texts_fts USING fts5(text, tokenize='trigram');
`
