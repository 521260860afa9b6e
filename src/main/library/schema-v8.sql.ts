/**
 * Migration 8: the search index stops keeping its own copy of every text (issue 15). texts_fts becomes an
 * FTS5 external-content table that reads the text it indexed from `texts` through a view (clean text plus
 * the two line breaks that give every occurrence a trigram: library/search-text.ts). Until now the index
 * stored each clean text a second time in texts_fts_content (0.66 GB of a 4.1 GB library at 48,813
 * reports). The index itself is rebuilt from the view, inside this migration's transaction: a kill rolls it
 * back whole and the next open runs it again.
 *
 * Writers' duty (documents.ts, field-store.ts): an external-content index cannot see a text change, so the
 * old entry is removed with FTS5's 'delete' command while `texts` still holds the old text, then the new
 * text is indexed. `check` compares the index against the texts with 'integrity-check'.
 */
export const SCHEMA_V8 = `
DROP TABLE texts_fts_vocab;
DROP TABLE texts_fts;
CREATE VIEW texts_search_source AS SELECT document_id, clean_text || char(10, 10) AS text FROM texts;
CREATE VIRTUAL TABLE texts_fts USING fts5(text, tokenize='trigram', content='texts_search_source', content_rowid='document_id');
INSERT INTO texts_fts (texts_fts, rank) VALUES ('automerge', 16);
CREATE VIRTUAL TABLE texts_fts_vocab USING fts5vocab(texts_fts, 'row');
INSERT INTO texts_fts (texts_fts) VALUES ('rebuild');
`
