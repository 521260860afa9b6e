/**
 * What a person types (or picks from the text) -> a field's value, by the field's type. Numbers as the
 * reports write them (shared/typed-number.ts): full-width digits, separators, Chinese numerals, 万, units,
 * “无/未/零” for zero, and the approximate markers (余, 多, 约, 近), kept as the value's approximate flag.
 * Returns a reason instead of guessing when it cannot parse.
 */
import type { FieldDef, FieldValue } from '../../../shared/fields'
import type { MessageKey } from '../i18n/catalogue'
import { foldWidth, readTypedNumber } from '../../../shared/typed-number'

export type ParseResult =
  | { ok: true; value: FieldValue; /** a number written as approximate (300余, 约300) */ approximate?: boolean }
  | { ok: false; reason: MessageKey; vars?: Record<string, string> }

export { foldWidth }

function parseNumber(input: string, integer: boolean): ParseResult {
  const n = readTypedNumber(input, integer)
  if (!n) return { ok: false, reason: integer ? 'parse.integer' : 'parse.number' }
  return n.approximate ? { ok: true, value: n.value, approximate: true } : { ok: true, value: n.value }
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function parseDate(input: string): ParseResult {
  const s = foldWidth(input).trim()
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(s)
  if (!m) return { ok: false, reason: 'parse.date' }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const dt = new Date(Date.UTC(y, mo - 1, d))
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return { ok: false, reason: 'parse.date' }
  return { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` }
}

export function parseFieldValue(def: Pick<FieldDef, 'type' | 'options' | 'id'>, input: string): ParseResult {
  const trimmed = input.trim()
  // An empty input clears the value (null): the way to say “this report does not state it”.
  if (trimmed === '') return { ok: true, value: null }
  switch (def.type) {
    case 'text':
      return { ok: true, value: trimmed.replace(/\s+/g, ' ') }
    case 'integer': {
      if (def.id === 'report_year') {
        const y = /^(\d{4})\s*年?(度)?$/.exec(foldWidth(trimmed))
        if (y) return { ok: true, value: Number(y[1]) }
      }
      return parseNumber(trimmed, true)
    }
    case 'number':
      return parseNumber(trimmed, false)
    case 'date':
      return parseDate(trimmed)
    case 'enum': {
      const opts = def.options ?? []
      const hit = opts.find((o) => o.toLowerCase() === trimmed.toLowerCase())
      return hit ? { ok: true, value: hit } : { ok: false, reason: 'parse.enum', vars: { options: opts.join(', ') } }
    }
  }
}

/** a value as shown in a cell or an input */
export function formatValue(v: FieldValue): string {
  if (v === null || v === undefined) return ''
  return String(v)
}
