/**
 * Migration 4: search built for short queries and for fast imports.
 * - texts_fts_vocab lists the index's trigrams, so a 1–2 character query becomes the trigrams that begin
 *   with it (a range of the vocabulary) instead of a scan of every text.
 * - Each text is indexed with two trailing line breaks, so every occurrence begins a trigram
 *   (library/search-text.ts).
 * - automerge 16 (FTS5's default is 4): an import merges index segments a quarter as often (measured
 *   0.50 -> 0.38 ms per 5,000-character report), and queries stay as fast (phrase over 3,000 reports:
 *   3.5 -> 3.7 ms). Positions are kept: phrase queries need them (detail=none made a common phrase over
 *   10,000 reports cost 150 ms, all in checking candidates).
 */
export const SCHEMA_V4 = `
DROP TABLE texts_fts;
CREATE VIRTUAL TABLE texts_fts USING fts5(text, tokenize='trigram');
INSERT INTO texts_fts (texts_fts, rank) VALUES ('automerge', 16);
CREATE VIRTUAL TABLE texts_fts_vocab USING fts5vocab(texts_fts, 'row');
INSERT INTO texts_fts (rowid, text) SELECT document_id, clean_text || char(10, 10) FROM texts;
`
