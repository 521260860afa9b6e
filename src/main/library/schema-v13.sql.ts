/**
 * Migration 13: each text stored once (issue 15). `texts` held the raw text, the clean text and the structure
 * (whose blocks copied the text again): ~45 KB of a 73 KB library entry for a 5,000-character report.
 * `text_bodies` holds them packed (library/text-packing.ts): the raw text as a recipe over the original where
 * the original is the text (UTF-8/UTF-16 TXT), else deflated; the clean text as its few differences from the
 * raw text at the offset map's positions; the structure with offsets instead of texts. The originals, kept byte
 * for byte, are deflated where that saves a tenth or more (TXT and web pages: about half): `originals` becomes a
 * view over original_bodies that gives back the bytes as imported (fixity is checked on those). `texts` becomes a view
 * with the same columns (library/text-sql-functions.ts unpacks them), so every reader (search, the FTS5
 * external content through texts_search_source, check, exports) reads it as before; INSTEAD OF triggers
 * pack what is written through it.
 *
 * In place and resumable: this step only renames the old tables (texts to texts_legacy, which the view reads
 * beside text_bodies; originals to original_bodies, whose rows are readable as they are, packing 0), so the
 * library is whole and readable at once. library/text-repack.ts then moves the texts over and deflates the
 * originals in short transactions, with progress; a kill keeps every batch done, and the next open goes on.
 * When nothing is left, TEXTS_FINAL drops texts_legacy and the view reads text_bodies alone. The search index
 * needs no rebuild: its rows and texts are the same.
 */
/**
 * The raw text is named in each column (SQLite has no per-row variable); text-sql-functions.ts keeps the last
 * one it made, so it is unpacked once a row. The original is passed packed, and read only for an 'O' text.
 */
const RAW = "annalist_raw(b.raw, CASE WHEN substr(b.raw, 1, 1) = x'4f' THEN o.bytes END, o.packing)"
const BODIES_SELECT = `SELECT b.document_id AS document_id, ${RAW} AS raw_text, annalist_clean(${RAW}, b.clean, b.clean_map) AS clean_text,
    annalist_structure(${RAW}, b.structure) AS structure, b.clean_map AS clean_map, b.clean_length AS clean_length
  FROM text_bodies b LEFT JOIN original_bodies o ON o.document_id = b.document_id`

function triggers(legacy: boolean): string {
  return `
CREATE TRIGGER texts_insert INSTEAD OF INSERT ON texts BEGIN
  INSERT INTO text_bodies (document_id, raw, clean, clean_length, clean_map, structure) VALUES (NEW.document_id,
    annalist_pack_raw(NEW.raw_text, (SELECT bytes FROM originals WHERE document_id = NEW.document_id), (SELECT encoding FROM documents WHERE id = NEW.document_id)),
    annalist_pack_clean(coalesce(NEW.clean_text, ''), NEW.raw_text, NEW.clean_map), length(coalesce(NEW.clean_text, '')), NEW.clean_map,
    annalist_pack_structure(coalesce(NEW.structure, '{}'), NEW.raw_text));
END;
CREATE TRIGGER texts_update INSTEAD OF UPDATE ON texts BEGIN
  SELECT RAISE(ABORT, 'a raw text is never changed') WHERE NEW.raw_text IS NOT OLD.raw_text OR NEW.document_id IS NOT OLD.document_id;
  UPDATE text_bodies SET clean = annalist_pack_clean(NEW.clean_text, NEW.raw_text, NEW.clean_map), clean_length = length(NEW.clean_text), clean_map = NEW.clean_map,
    structure = CASE WHEN NEW.structure IS OLD.structure THEN structure ELSE annalist_pack_structure(NEW.structure, NEW.raw_text) END
  WHERE document_id = OLD.document_id;
  ${legacy ? 'UPDATE texts_legacy SET clean_text = NEW.clean_text, clean_map = NEW.clean_map, structure = NEW.structure WHERE document_id = OLD.document_id;' : ''}
END;
CREATE TRIGGER texts_delete INSTEAD OF DELETE ON texts BEGIN
  DELETE FROM text_bodies WHERE document_id = OLD.document_id;
  ${legacy ? 'DELETE FROM texts_legacy WHERE document_id = OLD.document_id;' : ''}
END;
`
}

/** `originals` as a view over original_bodies, with the triggers that pack what is written through it. */
const ORIGINALS = `
CREATE VIEW originals AS SELECT document_id, annalist_original(bytes, packing) AS bytes FROM original_bodies;
CREATE TRIGGER originals_insert INSTEAD OF INSERT ON originals BEGIN
  INSERT INTO original_bodies (document_id, bytes, packing)
    SELECT NEW.document_id, substr(p, 1, length(p) - 1), CASE substr(p, -1) WHEN x'01' THEN 1 ELSE 2 END
    FROM (SELECT annalist_pack_original(NEW.bytes) AS p);
END;
CREATE TRIGGER originals_update INSTEAD OF UPDATE ON originals BEGIN
  UPDATE original_bodies SET (bytes, packing) = (SELECT substr(p, 1, length(p) - 1), CASE substr(p, -1) WHEN x'01' THEN 1 ELSE 2 END
    FROM (SELECT annalist_pack_original(NEW.bytes) AS p)) WHERE document_id = OLD.document_id;
END;
CREATE TRIGGER originals_delete INSTEAD OF DELETE ON originals BEGIN
  DELETE FROM original_bodies WHERE document_id = OLD.document_id;
END;
`

const SEARCH_SOURCE = 'CREATE VIEW texts_search_source AS SELECT document_id, clean_text || char(10, 10) AS text FROM texts;'

export const SCHEMA_V13 = `
DROP VIEW texts_search_source;
ALTER TABLE texts RENAME TO texts_legacy;
ALTER TABLE originals RENAME TO original_bodies;
-- 0: as imported before migration 13, not yet considered; 1: deflated; 2: kept as they are (deflating saves little)
ALTER TABLE original_bodies ADD COLUMN packing INTEGER NOT NULL DEFAULT 0 CHECK (packing IN (0, 1, 2));
${ORIGINALS}
CREATE TABLE text_bodies (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  -- packed raw text: 'O' + how to decode the original, or 'Z' + deflated UTF-8
  raw BLOB NOT NULL,
  -- packed clean text: 'D' + its differences from the raw text at clean_map's offsets, or 'Z' + deflated UTF-8
  clean BLOB NOT NULL,
  clean_length INTEGER NOT NULL,
  clean_map BLOB,
  -- packed structure JSON: 'S' + deflated, block texts as raw-text offsets
  structure BLOB NOT NULL
) STRICT;
-- the copies of one report (migration 10) are found again when a clean text changes: that trigger went with
-- the old table (texts_legacy) and goes when it is dropped; this one watches the packed texts
CREATE TRIGGER copy_dirty_text_body AFTER UPDATE OF clean ON text_bodies BEGIN
  DELETE FROM copy_samples WHERE document_id = NEW.document_id;
  INSERT INTO copy_dirty SELECT NEW.document_id WHERE NOT EXISTS (SELECT 1 FROM copy_dirty WHERE document_id = NEW.document_id);
END;
CREATE VIEW texts AS ${BODIES_SELECT}
  UNION ALL SELECT document_id, raw_text, clean_text, structure, clean_map, length(clean_text) AS clean_length FROM texts_legacy;
${triggers(true)}
${SEARCH_SOURCE}
`

/** The end of migration 13, once texts_legacy is empty (text-repack.ts): the view reads text_bodies alone. */
export const TEXTS_FINAL = `
DROP VIEW texts_search_source;
DROP VIEW texts;
DROP TABLE texts_legacy;
CREATE VIEW texts AS ${BODIES_SELECT};
${triggers(false)}
${SEARCH_SOURCE}
`
