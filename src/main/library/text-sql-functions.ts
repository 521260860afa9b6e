/**
 * The SQL functions behind the `texts` view and its triggers (schema-v9.sql.ts): they unpack and pack a
 * document's texts (text-packing.ts). Every connection to a library registers them before it reads a text
 * (db.ts does, for every open; migrate() does, for a file opened by hand): without them SQLite answers
 * "no such function: annalist_raw".
 */
import type { Database } from 'better-sqlite3'
import { blobToMap } from './codec'
import { packClean, packOriginal, packRaw, packStructure, unpackClean, unpackOriginal, unpackRaw, unpackStructure } from './text-packing'

type Blob = Buffer | null

/**
 * The view names the raw text in each of its columns, so SQLite asks for it up to three times a row: the last
 * one is kept (compared by its packed bytes and original: a raw text never changes for given bytes).
 */
let lastRaw: { packed: Buffer; original: Blob; text: string } | null = null

function cachedRaw(packed: Buffer, original: Blob): string {
  if (lastRaw && lastRaw.packed.equals(packed) && (original === null ? lastRaw.original === null : lastRaw.original !== null && lastRaw.original.equals(original))) {
    return lastRaw.text
  }
  const text = unpackRaw(packed, original)
  lastRaw = { packed, original, text }
  return text
}

export function registerTextFunctions(db: Database): void {
  const opts = { deterministic: true, varargs: false }
  db.function('annalist_raw', opts, (packed: unknown, original: unknown) => cachedRaw(packed as Buffer, (original ?? null) as Blob))
  db.function('annalist_clean', opts, (raw: unknown, packed: unknown, map: unknown) => unpackClean(packed as Buffer, raw as string, (map ?? null) as Blob))
  db.function('annalist_structure', opts, (raw: unknown, packed: unknown) => unpackStructure(packed as Buffer, raw as string))
  db.function('annalist_pack_raw', opts, (raw: unknown, original: unknown, encoding: unknown) =>
    packRaw(String(raw), (original ?? null) as Blob, typeof encoding === 'string' ? encoding : null))
  db.function('annalist_pack_clean', opts, (clean: unknown, raw: unknown, map: unknown) =>
    packClean(String(clean), String(raw), map ? blobToMapOrNull(map as Buffer) : null))
  db.function('annalist_original', opts, (bytes: unknown, packing: unknown) => (bytes === null ? null : unpackOriginal(bytes as Buffer, Number(packing))))
  // the packed bytes and how, for the originals view's triggers: the bytes, then one byte saying how
  db.function('annalist_pack_original', opts, (bytes: unknown) => {
    const p = packOriginal(bytes as Buffer)
    return Buffer.concat([p.bytes, Buffer.from([p.packing])])
  })
  db.function('annalist_pack_structure', opts, (json: unknown, raw: unknown) => packStructure(String(json), String(raw)))
}

function blobToMapOrNull(b: Buffer): number[] | null {
  return b.length === 0 ? null : blobToMap(b)
}
