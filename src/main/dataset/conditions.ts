/**
 * A saved search's field conditions as SQL (issue 13): each condition becomes one predicate on `d.id`
 * (documents d) with its parameters, so that list-query adds it to the WHERE of any list, count, export or
 * dataset view. Positive conditions are `d.id IN (…)` over an index of `fields` (one pass over one field's
 * rows, not one lookup per document). Values are stored as JSON text (codec.ts): numbers compare as
 * numbers (CAST), text and dates as their JSON text, which keeps their order.
 */
import type { FieldCondition } from '../../shared/contract'
import { fieldDef } from '../../shared/fields'
import { encodeValue } from '../library/codec'

export interface Predicate { sql: string; params: unknown[] }

const NUMERIC = new Set(['integer', 'number'])
const COMPARE: Record<string, string> = { eq: '=', ne: '!=', gt: '>', ge: '>=', lt: '<', le: '<=' }

/** The inside of a JSON string literal: what a prefix or substring of a stored text value looks like. */
function jsonInner(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}

function fieldCondition(c: FieldCondition, numeric: boolean): Predicate {
  const has = `SELECT document_id FROM fields WHERE field_id = ? AND value NOT IN ('null', '""')`
  if (c.op === 'present') return { sql: `d.id IN (${has})`, params: [c.field] }
  if (c.op === 'empty') return { sql: `d.id NOT IN (${has})`, params: [c.field] }
  const v = c.value ?? ''
  if (c.op === 'starts') {
    const p = '"' + jsonInner(String(v))
    return { sql: `d.id IN (${has} AND substr(value, 1, ?) = ?)`, params: [c.field, p.length, p] }
  }
  if (c.op === 'contains') return { sql: `d.id IN (${has} AND instr(value, ?) > 0)`, params: [c.field, jsonInner(String(v))] }
  const op = COMPARE[c.op]
  // "not equal": a document without the value is not equal either
  const positive = c.op === 'ne' ? '=' : op
  const inner = numeric
    ? `${has} AND CAST(value AS REAL) ${positive} ?`
    : `${has} AND value ${positive} ?`
  const param = numeric ? Number(v) : encodeValue(String(v))
  return { sql: `d.id ${c.op === 'ne' ? 'NOT IN' : 'IN'} (${inner})`, params: [c.field, param] }
}

function propertyCondition(c: FieldCondition): Predicate {
  const v = c.value === undefined ? '' : String(c.value)
  const text = (col: string): Predicate => {
    if (c.op === 'starts') return { sql: `substr(${col}, 1, ?) = ?`, params: [v.length, v] }
    if (c.op === 'contains') return { sql: `instr(${col}, ?) > 0`, params: [v] }
    if (c.op === 'eq' || c.op === 'ne') return { sql: `${col} ${COMPARE[c.op]} ?`, params: [v] }
    throw new Error(`'${c.op}' does not apply to ${c.field}`)
  }
  switch (c.field) {
    case 'status':
    case 'kind':
      return text(`d.${c.field}`)
    case 'tag': {
      const tagged = 'SELECT dt.document_id FROM document_tags dt JOIN tags t ON t.id = dt.tag_id'
      if (c.op === 'present') return { sql: `d.id IN (${tagged})`, params: [] }
      if (c.op === 'empty') return { sql: `d.id NOT IN (${tagged})`, params: [] }
      const m = text('t.name')
      return c.op === 'ne'
        ? { sql: `d.id NOT IN (${tagged} WHERE t.name = ?)`, params: [v] }
        : { sql: `d.id IN (${tagged} WHERE ${m.sql})`, params: m.params }
    }
    case 'warning': {
      const open = "SELECT document_id FROM warnings WHERE state = 'open'"
      if (c.op === 'present') return { sql: `d.id IN (${open})`, params: [] }
      if (c.op === 'empty') return { sql: `d.id NOT IN (${open})`, params: [] }
      const m = text('code')
      return c.op === 'ne'
        ? { sql: `d.id NOT IN (${open} AND code = ?)`, params: [v] }
        : { sql: `d.id IN (${open} AND ${m.sql})`, params: m.params }
    }
    case 'verified_by': {
      // the reviewer of the latest change to verified, while the document is still verified
      const who = `(SELECT reviewer FROM revisions WHERE document_id = d.id AND target = 'status' AND new_value = '"verified"' ORDER BY id DESC LIMIT 1)`
      if (c.op === 'present') return { sql: `d.status = 'verified'`, params: [] }
      if (c.op === 'empty') return { sql: `d.status != 'verified'`, params: [] }
      const m = text(who)
      return { sql: `(d.status = 'verified' AND ${m.sql})`, params: m.params }
    }
  }
  throw new Error(`unknown condition field '${c.field}'`)
}

/** One condition as a predicate on `d.id`; the caller has validated field, op and value (validators.ts). */
export function conditionPredicate(c: FieldCondition): Predicate {
  const def = fieldDef(c.field)
  return def ? fieldCondition(c, NUMERIC.has(def.type)) : propertyCondition(c)
}
