/**
 * What a person types (or picks from the text) -> a field's value, by the field's type. Accepts the
 * ways numbers are written in these reports: full-width digits, thousands separators, 万 multipliers,
 * 元/条/件 units, and “无/未/零” for zero. Returns a reason instead of guessing when it cannot parse.
 */
import type { FieldDef, FieldValue } from '../../../shared/fields'
import type { MessageKey } from '../i18n/catalogue'

export type ParseResult =
  | { ok: true; value: FieldValue }
  | { ok: false; reason: MessageKey; vars?: Record<string, string> }

const ZERO_WORDS = /^(无|没有|未收到|未发生|零|为零|〇)$/

/** fold full-width digits, signs and punctuation to ASCII */
export function foldWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

function parseNumber(input: string, integer: boolean): ParseResult {
  let s = foldWidth(input).trim().replace(/[,，\s]/g, '')
  if (ZERO_WORDS.test(s)) return { ok: true, value: 0 }
  s = s.replace(/(余|多)?(元|条|件|个|人|次|项|份|篇|期)$/, '').replace(/(余|多)$/, '')
  let mult = 1
  if (s.endsWith('万')) { mult = 10_000; s = s.slice(0, -1) }
  else if (s.endsWith('亿')) { mult = 100_000_000; s = s.slice(0, -1) }
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(s)) return { ok: false, reason: integer ? 'parse.integer' : 'parse.number' }
  // multiply via rounding so 1.2万 gives 12000, not 11999.999…
  const n = Math.round(Number(s) * mult * 1e6) / 1e6
  if (integer && !Number.isInteger(n)) return { ok: false, reason: 'parse.integer' }
  return { ok: true, value: n }
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
