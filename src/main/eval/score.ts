/**
 * Scoring extracted fields against a gold file (corpus/README.md): text compared after NFKC,
 * traditional → simplified and removing whitespace; numbers and dates exactly. A gold null is right
 * only when the tool left the field empty. The gold's `notes` key is commentary, not a field.
 */
import type { FieldValue } from '../../shared/fields'
import { toSimplified } from '../text/index'

export type Outcome = 'right' | 'wrong' | 'missed' | 'invented'

export interface FieldScore { field: string; gold: FieldValue; got: FieldValue; outcome: Outcome }

export interface DocumentScore {
  fields: FieldScore[]
  right: number
  wrong: number
  missed: number
  invented: number
  /** fields scored (gold keys except notes) */
  total: number
}

const IGNORED_KEYS = new Set(['notes'])

export function normalizeText(s: string): string {
  return toSimplified(s.normalize('NFKC')).replace(/\s+/g, '')
}

function asGold(v: unknown): FieldValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'number' || typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  return JSON.stringify(v)
}

function isEmpty(v: FieldValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
}

/** Numbers compare as numbers (a numeric string from a person's correction counts); the rest as normalised text. */
export function sameValue(gold: FieldValue, got: FieldValue): boolean {
  if (gold === null || got === null) return gold === got
  if (typeof gold === 'number') {
    const g = typeof got === 'number' ? got : /^\s*-?\d+(\.\d+)?\s*$/.test(got) ? Number(got) : NaN
    return g === gold
  }
  if (typeof got === 'number') return normalizeText(gold) === String(got)
  return normalizeText(gold) === normalizeText(got)
}

export function scoreDocument(gold: Record<string, unknown>, got: Record<string, FieldValue>): DocumentScore {
  const fields: FieldScore[] = []
  for (const [field, raw] of Object.entries(gold)) {
    if (IGNORED_KEYS.has(field)) continue
    const g = asGold(raw)
    const v = isEmpty(got[field]) ? null : got[field]
    let outcome: Outcome
    if (g === null) outcome = v === null ? 'right' : 'invented'
    else if (v === null) outcome = 'missed'
    else outcome = sameValue(g, v) ? 'right' : 'wrong'
    fields.push({ field, gold: g, got: v, outcome })
  }
  const count = (o: Outcome): number => fields.filter((f) => f.outcome === o).length
  return { fields, right: count('right'), wrong: count('wrong'), missed: count('missed'), invented: count('invented'), total: fields.length }
}

export interface FieldTally { field: string; right: number; wrong: number; missed: number; invented: number }

/** Per-field totals over many documents, in first-seen field order. */
export function tallyByField(scores: DocumentScore[]): FieldTally[] {
  const map = new Map<string, FieldTally>()
  for (const s of scores) {
    for (const f of s.fields) {
      const t = map.get(f.field) ?? { field: f.field, right: 0, wrong: 0, missed: 0, invented: 0 }
      t[f.outcome]++
      map.set(f.field, t)
    }
  }
  return [...map.values()]
}

/** The one summary line: `score: R/N = P% right, I invented`. */
export function scoreLine(scores: DocumentScore[]): string {
  const right = scores.reduce((a, s) => a + s.right, 0)
  const total = scores.reduce((a, s) => a + s.total, 0)
  const invented = scores.reduce((a, s) => a + s.invented, 0)
  const pct = total ? ((right / total) * 100).toFixed(1) : '0.0'
  return `score: ${right}/${total} = ${pct}% right, ${invented} invented`
}
