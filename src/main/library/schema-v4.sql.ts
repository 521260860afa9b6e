/**
 * Migration 4: search built for speed of import and for short queries.
 * - The trigram index keeps no positions (detail=none): an import writes about 40% less index, and a
 *   3+ character query is answered as "every trigram of it" plus an exact check of the candidates
 *   (services/search.ts), which is as fast as the phrase query it replaces.
 * - texts_fts_vocab lists the index's trigrams, so a 1–2 character query becomes the trigrams that begin
 *   with it (a range of the vocabulary) instead of a scan of every text.
 * - Each text is indexed with two trailing line breaks, so every occurrence begins a trigram
 *   (library/search-text.ts).
 */
export const SCHEMA_V4 = `
DROP TABLE texts_fts;
CREATE VIRTUAL TABLE texts_fts USING fts5(text, tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE texts_fts_vocab USING fts5vocab(texts_fts, 'row');
INSERT INTO texts_fts (rowid, text) SELECT document_id, clean_text || char(10, 10) FROM texts;
`
