/**
 * What a keyboard-only reviewer does to bring one field to its gold value (issue 11, point 10), as a pure
 * function of the document on screen: which keys reach the field (the arrows, `n`, or `g` and the shortest
 * start of a label that lands on it) and which keys set the value (a suggestion's number, `/` text Enter `p`,
 * or Enter, the value, Enter). The plan always takes the cheapest way the desk offers; the driver
 * (drive.ts) presses the keys and checks the result, so a plan that is wrong shows up as a failed correction.
 *
 * Cost model: a key pressed is 1; a Chinese character typed is IME_KEYS (pinyin and a choice; the issue's
 * own figure was ~30 keystrokes for a 10-character agency name).
 */
import type { DocumentDetail } from '../../../src/shared/contract'
import { fieldDef, type FieldDef, type FieldValue } from '../../../src/shared/fields'
import { sameFieldValue } from '../../../src/main/eval/score'
import { matchFields } from '../../../src/renderer/src/lib/field-jump'
import { fieldStates, fieldsWithWarnings, moveField, nextWarningField, orderedFieldIds, type FieldMove } from '../../../src/renderer/src/lib/field-layout'
import { formatValue, parseFieldValue } from '../../../src/renderer/src/lib/parse-value'
import { extendFound } from '../../../src/renderer/src/lib/extend-found'
import { fieldSuggestions } from '../../../src/renderer/src/lib/suggestions'
import { findNext } from '../../../src/renderer/src/lib/span-map'

export const IME_KEYS = 3

/** one keystroke of the plan: a named key (`Enter`, `ArrowDown`, `g`) or text typed into a box */
export type Stroke = { press: string } | { type: string }

/** keys a stroke costs (typed CJK at IME_KEYS a character) */
export function strokeCost(s: Stroke): number {
  if ('press' in s) return 1
  let n = 0
  for (const ch of s.type) n += /[\u3400-\u9fff\uf900-\ufaff]/.test(ch) ? IME_KEYS : 1
  return n
}
export function cost(strokes: readonly Stroke[]): number {
  return strokes.reduce((n, s) => n + strokeCost(s), 0)
}

/** free-form fields (document and headline) or standard-table cells (t2/t3/t4) */
export type FieldKind = 'free-form' | 'table'
export const kindOf = (field: string): FieldKind => (/^t\d/.test(field) ? 'table' : 'free-form')

export type Method = 'suggestion' | 'pick' | 'type' | 'clear'

export interface Correction { field: string; gold: FieldValue }

function goldValue(v: unknown): FieldValue {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null
  if (typeof v === 'number' || typeof v === 'string') return v
  return null
}

/** the fields whose stored value differs from gold, in the order the desk lists them (gold-only fields last) */
export function corrections(detail: DocumentDetail, gold: Record<string, unknown>): Correction[] {
  const states = fieldStates(detail)
  const order = orderedFieldIds(detail)
  const out: Correction[] = []
  for (const [field, raw] of Object.entries(gold)) {
    if (!fieldDef(field)) continue // `notes` and anything the dictionary does not know
    const g = goldValue(raw)
    const v = states.get(field)?.value ?? null
    const got = typeof v === 'string' && v.trim() === '' ? null : v
    // a blank table cell stands for 0 (the official template leaves zeros blank; eval/cells-score.ts)
    const blankZero = kindOf(field) === 'table' && got === null && g === 0
    const right = blankZero || (g === null ? got === null : got !== null && sameFieldValue(field, g, got))
    if (!right) out.push({ field, gold: g })
  }
  const at = (f: string) => { const i = order.indexOf(f); return i < 0 ? order.length : i }
  // format first: it decides which tables the desk shows
  return out.sort((a, b) => (a.field === 'format' ? -1 : b.field === 'format' ? 1 : at(a.field) - at(b.field)))
}

/** the suggestions the desk lists for a field: the desk's own list (lib/suggestions.ts) */
export function suggestions(detail: DocumentDetail, field: string): FieldValue[] {
  return fieldSuggestions(detail, field).map((c) => c.value)
}

/** word starts a person can type for a field: the starts of its id's, English label's and Chinese label's parts */
function wordStarts(def: FieldDef): string[] {
  const out = new Set<string>()
  for (const name of [def.id, def.en.toLowerCase(), def.zh]) {
    for (const part of name.split(/[\s·._（）()、/]+/).filter(Boolean)) {
      const max = /[\u3400-\u9fff]/.test(part) ? 4 : 8
      for (let n = 1; n <= Math.min(part.length, max); n++) out.add(part.slice(0, n))
    }
  }
  return [...out]
}

/** field-jump.ts's rank of one word against one field (0 best), -1 when it does not match */
function rank(names: readonly string[], w: string): number {
  if (!names.some((n) => n.includes(w))) return -1
  if (names.some((n) => n === w)) return 0
  if (names.some((n) => n.startsWith(w))) return 1
  return names.some((n) => n.split(/[\s·.（(、]+/).some((part) => part.startsWith(w))) ? 2 : 3
}

/**
 * The cheapest text for `g` that puts this field first in the jump list (one or two word starts). The
 * ranking is worked out here over precomputed ranks (fast enough for every field of a document) and the
 * answer is checked with the desk's own matchFields.
 */
export function jumpQuery(defs: readonly FieldDef[], field: string): string | null {
  const at = defs.findIndex((d) => d.id === field)
  if (at < 0) return null
  const names = defs.map((d) => [d.zh.toLowerCase(), d.en.toLowerCase(), d.id.toLowerCase()])
  const starts = wordStarts(defs[at]).map((w) => w.toLowerCase())
  const ranks = new Map(starts.map((w) => [w, names.map((n) => rank(n, w))]))
  const first = (words: string[]): boolean => {
    const r0 = ranks.get(words[0])!
    const all = words.map((w) => ranks.get(w)!)
    for (let i = 0; i < defs.length; i++) {
      if (i === at || all.some((r) => r[i] < 0)) continue
      if (r0[i] < r0[at] || (r0[i] === r0[at] && i < at)) return false
    }
    return true
  }
  const tries = [...starts.map((a) => [a]), ...starts.flatMap((a) => starts.filter((b) => b !== a).map((b) => [a, b]))]
    .map((words) => ({ words, c: strokeCost({ type: words.join(' ') }) }))
    .sort((a, b) => a.c - b.c)
  for (const { words } of tries) {
    const q = words.join(' ')
    if (first(words) && matchFields(defs, q, 1)[0]?.id === field) return q
  }
  return null
}

export interface Where {
  /** the desk's focused field (inspector) */
  field: string | null
  /** keyboard focus is inside the fields pane (the arrows move between fields) */
  inFields: boolean
}

/** the cheapest keys from where the desk is to `field`: arrows and `n` (breadth first), or `g` + label + Enter */
export function navigate(detail: DocumentDetail, where: Where, field: string): Stroke[] | null {
  if (where.field === field) return []
  const order = orderedFieldIds(detail)
  if (!order.includes(field)) return null
  const warned = fieldsWithWarnings(detail)
  const defs = order.map((f) => fieldDef(f)).filter((d): d is FieldDef => d !== undefined)
  const q = jumpQuery(defs, field)
  const jump: Stroke[] | null = q === null ? null : [{ press: 'g' }, { type: q }, { press: 'Enter' }]
  const limit = jump ? cost(jump) - 1 : 12
  const keyOf: Record<FieldMove, string> = { up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight', first: 'Home', last: 'End' }
  // every move lands keyboard focus in the fields pane, so only the first step may lack the arrows
  type Node = { at: string | null; inFields: boolean; path: Stroke[] }
  const seen = new Set<string>(where.field ? [where.field] : [])
  let layer: Node[] = [{ at: where.field, inFields: where.inFields, path: [] }]
  for (let depth = 0; depth < limit && layer.length > 0; depth++) {
    const next: Node[] = []
    for (const n of layer) {
      const steps: [string, string | null][] = [['n', nextWarningField(order, warned, n.at)]]
      if (n.inFields) for (const m of Object.keys(keyOf) as FieldMove[]) steps.push([keyOf[m], moveField(order, n.at, m)])
      for (const [key, to] of steps) {
        if (!to || seen.has(to)) continue
        seen.add(to)
        const path = [...n.path, { press: key }]
        if (to === field) return path
        next.push({ at: to, inFields: true, path })
      }
    }
    layer = next
  }
  return jump
}

/** the text of a gold value as a person types it: the shortest form the desk's parser reads back as gold */
export function typedForm(def: FieldDef, gold: FieldValue, year: FieldValue): string {
  if (gold === null) return ''
  if (def.type === 'date' && typeof gold === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(gold)
    if (m) return `${m[1]}-${Number(m[2])}-${Number(m[3])}`
  }
  if (def.id === 'format' && gold === 'standard') return typeof year === 'number' && year >= 2021 ? 'standard-2021' : 'standard-2019'
  return formatValue(gold)
}

export interface ValuePlan {
  method: Method
  strokes: Stroke[]
  /** for an enum: the option to choose in the editor's list */
  option?: string
  /** for a pick with `e`: the text the found mark holds once extended */
  extended?: string
}

/** the longest piece of a value tried as the text for `/` before `e` */
const FIND_PIECE = 6

/**
 * The cheapest text to find with `/` so that `e` grows it to exactly `value` (desk: find from the start of
 * the raw text, then extendFound), or null.
 */
export function extendQuery(raw: string, value: string): string | null {
  let best: string | null = null
  for (let len = 1; len <= Math.min(FIND_PIECE, value.length); len++) {
    for (let at = 0; at + len <= value.length; at++) {
      const q = value.slice(at, at + len)
      if (q.trim() !== q || (best !== null && strokeCost({ type: q }) >= strokeCost({ type: best }))) continue
      const hit = findNext(raw, q, 0)
      if (!hit) continue
      const [s, e] = extendFound(raw, hit)
      if (raw.slice(s, e) === value) best = q
    }
  }
  return best
}

/**
 * The keys that set the focused field to gold: a listed suggestion equal to gold (its number); `Delete` for a
 * value gold says is absent; a text value found as written in the original (`/`, the text, Enter, `p`; or `/`,
 * a piece of it, Enter, `e`, `p` when `e` grows that piece to the value and it costs less); else Enter, the
 * value, Enter.
 */
export function setValue(detail: DocumentDetail, c: Correction): ValuePlan {
  const def = fieldDef(c.field) as FieldDef
  // Delete clears the focused field in one key
  if (c.gold === null) return { method: 'clear', strokes: [{ press: 'Delete' }] }
  const gold = c.gold
  const k = suggestions(detail, c.field).findIndex((v) => v !== null && sameFieldValue(c.field, gold, v))
  if (k >= 0) return { method: 'suggestion', strokes: [{ press: String(k + 1) }] }
  const year = fieldStates(detail).get('report_year')?.value ?? null
  const text = typedForm(def, gold, year)
  if (def.type === 'enum') {
    // the editor is a list opened on the current value (the empty option first): the arrows walk it
    const options = ['', ...(def.options ?? [])]
    const from = Math.max(0, options.indexOf(formatValue(fieldStates(detail).get(c.field)?.value ?? null)))
    const to = options.indexOf(text)
    if (to < 0) throw new Error(`${text} is not an option of ${c.field}`)
    const arrows: Stroke[] = Array.from({ length: Math.abs(to - from) }, () => ({ press: to > from ? 'ArrowDown' : 'ArrowUp' }))
    return { method: 'type', strokes: [{ press: 'Enter' }, ...arrows, { press: 'Enter' }], option: text }
  }
  if (def.type === 'text' && text.length >= 2 && detail.raw_text.toLowerCase().includes(text.toLowerCase())) {
    const whole: ValuePlan = { method: 'pick', strokes: [{ press: '/' }, { type: text }, { press: 'Enter' }, { press: 'p' }] }
    // `/`, a piece of the name, Enter, `e` (grow it to the whole name), `p`: when that is cheaper
    const q = extendQuery(detail.raw_text, text)
    const grown: ValuePlan | null = q === null ? null
      : { method: 'pick', strokes: [{ press: '/' }, { type: q }, { press: 'Enter' }, { press: 'e' }, { press: 'p' }], extended: text }
    return grown && cost(grown.strokes) < cost(whole.strokes) ? grown : whole
  }
  const parsed = parseFieldValue(def, text)
  if (!parsed.ok) throw new Error(`the desk would refuse ${text} for ${c.field}`)
  return { method: 'type', strokes: [{ press: 'Enter' }, { type: text }, { press: 'Enter' }] }
}
