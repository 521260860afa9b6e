/**
 * JSON texts of field rows, made in JS byte for byte as SQLite's JSON functions made them (issue 15): an export
 * used to have SQLite build each document's values and provenance with json()/json_object(), which cost more
 * than reading the rows themselves. The bytes of an export must not change, so each text here is either
 * provably what SQLite would write (the common shapes the library stores) or asked of SQLite itself.
 */
import type { Db } from '../library/db'
import type { FieldValue } from '../../shared/fields'

// Canonical, compact JSON scalars: SQLite's json() returns these unchanged (number text and string escapes are
// kept as written, tests/export/field-json.test.ts); anything else (blanks, arrays, objects, invalid text) goes to SQLite.
const COMPACT_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/
const COMPACT_STRING = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"$/

/** A stored value as the JSON text an export writes: json(value) when it is JSON, else the text quoted. */
export class StoredJson {
  private readonly viaSqlite

  constructor(db: Db) {
    this.viaSqlite = db.prepare('SELECT CASE WHEN json_valid(@v) THEN json(@v) ELSE json_quote(@v) END').pluck()
  }

  text(value: string): string {
    if (value === 'null' || value === 'true' || value === 'false') return value
    const c = value.charCodeAt(0)
    if (c === 34 /* " */ ? COMPACT_STRING.test(value) : COMPACT_NUMBER.test(value)) return value
    return this.viaSqlite.get({ v: value }) as string
  }

  /** The plain value of a cell (CSV, XLSX): numbers, strings and null as they are, other JSON as its text. */
  value(value: string): FieldValue {
    const v: unknown = JSON.parse(this.text(value))
    if (v === null || typeof v === 'number' || typeof v === 'string') return v
    return JSON.stringify(v) ?? null
  }
}

/**
 * A REAL as SQLite writes it inside JSON (0.94186046511627897 where JS writes 0.941860465116279, 1.0 where JS
 * writes 1): asked of SQLite once per distinct number. Confidences take a few dozen values in a library.
 */
export class SqliteReals {
  private readonly viaSqlite
  private readonly seen = new Map<number, string>()

  constructor(db: Db) {
    this.viaSqlite = db.prepare('SELECT json_quote(CAST(? AS REAL))').pluck()
  }

  text(n: number | null): string {
    if (n === null) return 'null'
    if (Object.is(n, -0)) return this.viaSqlite.get(n) as string // a Map keeps 0 and -0 as one key
    let t = this.seen.get(n)
    if (t === undefined) {
      if (this.seen.size >= 100_000) this.seen.clear() // bounded, whatever the library holds
      t = this.viaSqlite.get(n) as string
      this.seen.set(n, t)
    }
    return t
  }
}
