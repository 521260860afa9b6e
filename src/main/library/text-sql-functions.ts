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
 * one made is kept, by its packed bytes and its packed original (a raw text never changes for given bytes);
 * so are the last clean text and structure, by their packed bytes and the raw text they were made over.
 */
let lastRaw: { packed: Buffer; original: Blob; text: string } | null = null
let lastClean: { packed: Buffer; raw: string; text: string } | null = null
let lastStructure: { packed: Buffer; raw: string; json: string } | null = null

function sameBlob(a: Blob, b: Blob): boolean {
  return a === null ? b === null : b !== null && a.equals(b)
}

function cachedRaw(packed: Buffer, original: Blob, packing: number): string {
  if (lastRaw && lastRaw.packed.equals(packed) && sameBlob(lastRaw.original, original)) return lastRaw.text
  const text = unpackRaw(packed, original === null ? null : unpackOriginal(original, packing))
  lastRaw = { packed, original, text }
  return text
}

function cachedClean(raw: string, packed: Buffer, map: Blob): string {
  if (lastClean && lastClean.raw === raw && lastClean.packed.equals(packed)) return lastClean.text
  const text = unpackClean(packed, raw, map)
  lastClean = { packed, raw, text }
  return text
}

function cachedStructure(raw: string, packed: Buffer): string {
  if (lastStructure && lastStructure.raw === raw && lastStructure.packed.equals(packed)) return lastStructure.json
  const json = unpackStructure(packed, raw)
  lastStructure = { packed, raw, json }
  return json
}

export function registerTextFunctions(db: Database): void {
  const opts = { deterministic: true, varargs: false }
  db.function('annalist_raw', opts, (packed: unknown, original: unknown, packing: unknown) => cachedRaw(packed as Buffer, (original ?? null) as Blob, Number(packing)))
  db.function('annalist_clean', opts, (raw: unknown, packed: unknown, map: unknown) => cachedClean(raw as string, packed as Buffer, (map ?? null) as Blob))
  db.function('annalist_structure', opts, (raw: unknown, packed: unknown) => cachedStructure(raw as string, packed as Buffer))
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
