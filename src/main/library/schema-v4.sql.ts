/**
 * Migration 4: short searches through the trigram index. texts_fts_vocab lists the index's trigrams, so a
 * 1–2 character query becomes the trigrams that begin with it (a range of the vocabulary) instead of a
 * scan of every text; the index is rebuilt with the tail that gives every occurrence a trigram
 * (search-text.ts).
 */
export const SCHEMA_V4 = `
CREATE VIRTUAL TABLE texts_fts_vocab USING fts5vocab(texts_fts, 'row');
DELETE FROM texts_fts;
INSERT INTO texts_fts (rowid, text) SELECT document_id, clean_text || char(10, 10) FROM texts;
`
