/**
 * The standard tables (二, 三, 四) of a generated report: numbers drawn from the seeded generator so that
 * they satisfy the identities of fields.md, the deliberate breaks some fixtures carry, the checker the
 * tests run, and the lookup from a cell id (t3.new.total) to the model's number.
 */
import type { Rng } from './prng'
import {
  T3_APPLICANTS, T3_OTHER_2021, T3_OUTCOMES_COMMON,
  type AdminLevel, type IdentityBreak, type StandardTables, type T2Table, type T2v19Table, type T3Table, type T4Table,
} from './model'
import { isFieldId, type ReportFormat } from '../../src/shared/fields'

const SCALE: Record<AdminLevel, number> = { central: 400, province: 160, prefecture: 60, county: 18, township: 3 }

/** Weights of the outcome rows: most requests are granted or answered "not held". */
const OUTCOME_WEIGHTS: Record<string, number> = {
  granted: 45, partial: 8,
  denied_secret: 0.5, denied_law: 0.5, denied_safety: 0.5, denied_third_party: 1.5,
  denied_internal: 1, denied_process: 2, denied_enforcement: 0.5, denied_query: 1,
  unable_no_info: 22, unable_create: 3, unable_unclear: 2,
  unprocessed_complaint: 3, unprocessed_repeat: 2, unprocessed_publication: 0.5, unprocessed_mass: 0.5, unprocessed_confirm: 0.5,
  other: 4, other_overdue_correction: 2, other_overdue_fee: 0.5, other_rest: 2,
}
const APPLICANT_WEIGHTS = [70, 20, 1, 2, 4, 3]

/** The outcome rows a version prints, in template order. */
export function t3OutcomeRows(format: ReportFormat): string[] {
  return format === 'standard-2021' ? [...T3_OUTCOMES_COMMON, ...T3_OTHER_2021] : [...T3_OUTCOMES_COMMON, 'other']
}

/** Every row of table 三 a version prints (23 for 2019, 25 for 2021). */
export function t3Rows(format: ReportFormat): string[] {
  return ['new', 'carried', ...t3OutcomeRows(format), 'total', 'carry_forward']
}

function weighted(rng: Rng, keys: readonly string[], weights: Record<string, number>): string {
  let sum = 0
  for (const k of keys) sum += weights[k] ?? 0
  let r = rng.next() * sum
  for (const k of keys) {
    r -= weights[k] ?? 0
    if (r < 0) return k
  }
  return keys[keys.length - 1]
}

function genT3(rng: Rng, format: ReportFormat, level: AdminLevel, carried?: readonly number[]): T3Table {
  const outcomes = t3OutcomeRows(format)
  const rows = t3Rows(format)
  const t: T3Table = {}
  for (const r of rows) t[r] = new Array<number>(7).fill(0)
  const scale = SCALE[level]
  const totalNew = rng.int(Math.max(0, Math.floor(scale * 0.4)), Math.ceil(scale * 1.6))
  for (let k = 0; k < totalNew; k++) {
    const col = Number(weighted(rng, ['0', '1', '2', '3', '4', '5'], Object.fromEntries(APPLICANT_WEIGHTS.map((w, i) => [String(i), w]))))
    t.new[col]++
  }
  for (let c = 0; c < 6; c++) {
    const drawn = c < 2 && rng.chance(0.5) ? rng.int(0, Math.max(1, Math.floor(t.new[c] / 8))) : 0
    t.carried[c] = carried ? carried[c] : drawn
    const open = t.new[c] + t.carried[c]
    t.carry_forward[c] = open > 0 && rng.chance(0.5) ? rng.int(0, Math.max(0, Math.floor(open / 6))) : 0
    const handled = open - t.carry_forward[c]
    for (let k = 0; k < handled; k++) t[weighted(rng, outcomes, OUTCOME_WEIGHTS)][c]++
    for (const r of outcomes) t.total[c] += t[r][c]
  }
  for (const r of rows) t[r][6] = t[r].slice(0, 6).reduce((a, b) => a + b, 0)
  if (format === 'standard-2021') {
    // not printed in 2021 (the three sub-rows are), but the id exists: keep it as their sum
    t.other = T3_APPLICANTS.map((_, c) => T3_OTHER_2021.reduce((s, r) => s + t[r][c], 0))
    t.other.push(t.other.reduce((a, b) => a + b, 0))
  }
  return t
}

function genT4(rng: Rng, level: AdminLevel): T4Table {
  const max = level === 'township' ? 0 : Math.max(1, Math.floor(SCALE[level] / 40))
  const block = (): number[] => {
    const v = [0, 0, 0, 0].map(() => (rng.chance(0.5) ? rng.int(0, max) : 0))
    return [...v, v.reduce((a, b) => a + b, 0)]
  }
  return { review: block(), direct: block(), after_review: block() }
}

function genT2(rng: Rng, level: AdminLevel): T2Table {
  const canMakeRules = level === 'central' || level === 'province' || level === 'prefecture'
  const triple = (maxIssued: number): [number, number, number] => {
    const issued = rng.int(0, maxIssued)
    const repealed = rng.int(0, Math.max(0, Math.floor(maxIssued / 2)))
    return [issued, repealed, issued + rng.int(repealed, repealed + maxIssued * 4)]
  }
  const s = SCALE[level]
  return {
    regulations: canMakeRules ? triple(3) : [0, 0, 0],
    normative: triple(level === 'township' ? 1 : 6),
    licensing: rng.int(0, s * 20),
    punishment: rng.int(0, s * 6),
    coercion: rng.int(0, s),
    fees: rng.chance(0.6) ? 0 : Math.round(rng.next() * s * 50) / 100,
  }
}

function genT2v19(rng: Rng, level: AdminLevel): T2v19Table {
  const s = SCALE[level]
  const made = (max: number): [number, number, number] => {
    const m = rng.int(0, max)
    return [m, m, m + rng.int(0, max * 5)]
  }
  const items = (maxPrev: number, maxDecisions: number): [number, number, number] =>
    [rng.int(0, maxPrev), rng.int(-2, 3), rng.int(0, maxDecisions)]
  const canMakeRules = level === 'central' || level === 'province' || level === 'prefecture'
  return {
    regulations: canMakeRules ? made(3) : [0, 0, 0],
    normative: made(level === 'township' ? 1 : 6),
    licensing: items(60, s * 20),
    other_services: items(30, s * 5),
    punishment: items(80, s * 6),
    coercion: items(20, s),
    fees: [rng.int(0, 8), rng.int(-1, 1)],
    procurement: [rng.int(0, s), Math.round(rng.next() * s * 300) / 10],
  }
}

export function generateTables(
  rng: Rng, format: ReportFormat, level: AdminLevel, breaks: readonly IdentityBreak[] = [], carried?: readonly number[],
): StandardTables {
  if (format === 'free-form') throw new Error('a free-form report has no standard tables')
  const t3 = genT3(rng, format, level, carried)
  const t4 = genT4(rng, level)
  const tables: StandardTables = format === 'standard-2021'
    ? { t2: genT2(rng, level), t3, t4 }
    : { t2v19: genT2v19(rng, level), t3, t4 }
  for (const b of breaks) applyBreak(tables, b)
  return tables
}

/** Damage a table the way real reports get it wrong: a cell edited without its totals. */
function applyBreak(t: StandardTables, b: IdentityBreak): void {
  if (b === 't3-balance') {
    // one more new request from a person, counted in the row total but handled nowhere
    t.t3.new[0] += 1
    t.t3.new[6] += 1
  } else if (b === 't3-row-sum') {
    // the 总计 column of 予以公开 no longer adds up its six columns (nor the column total)
    t.t3.granted[6] += 2
  } else {
    t.t4.review[4] += 1
  }
}

export interface IdentityFailure {
  identity: IdentityBreak
  where: string
}

/** Checks 1-4 of fields.md on a model's tables. */
export function checkIdentities(t: StandardTables, format: ReportFormat): IdentityFailure[] {
  const out: IdentityFailure[] = []
  const cols = ['person', 'business', 'research', 'nonprofit', 'legal', 'other_org', 'total']
  const outcomes = t3OutcomeRows(format)
  for (let c = 0; c < 7; c++) {
    if (t.t3.new[c] + t.t3.carried[c] !== t.t3.total[c] + t.t3.carry_forward[c]) {
      out.push({ identity: 't3-balance', where: `t3 column ${cols[c]}: new + carried != total + carry_forward` })
    }
    const sum = outcomes.reduce((s, r) => s + t.t3[r][c], 0)
    if (sum !== t.t3.total[c]) out.push({ identity: 't3-row-sum', where: `t3 column ${cols[c]}: outcomes do not add up to total` })
  }
  if (format === 'standard-2021') {
    for (let c = 0; c < 7; c++) {
      if (t.t3.other[c] !== T3_OTHER_2021.reduce((s, r) => s + t.t3[r][c], 0)) {
        out.push({ identity: 't3-row-sum', where: `t3 column ${cols[c]}: other != sum of its three parts` })
      }
    }
  }
  for (const r of Object.keys(t.t3)) {
    const six = t.t3[r].slice(0, 6).reduce((a, b) => a + b, 0)
    if (six !== t.t3[r][6]) out.push({ identity: 't3-row-sum', where: `t3 row ${r}: total column != sum of the six applicant columns` })
  }
  for (const b of ['review', 'direct', 'after_review'] as const) {
    const v = t.t4[b]
    if (v[0] + v[1] + v[2] + v[3] !== v[4]) out.push({ identity: 't4-sum', where: `t4 ${b}: upheld + corrected + other + pending != total` })
  }
  return out
}

const T4_RESULT_INDEX: Record<string, number> = { upheld: 0, corrected: 1, other: 2, pending: 3, total: 4 }
const T2_TRIPLE: Record<string, number> = { issued: 0, repealed: 1, in_force: 2 }
const T2V19_INDEX: Record<string, number> = { made: 0, published: 1, total: 2, prev_items: 0, change: 1, decisions: 2, items: 0, amount: 1 }

/** The model's number for a table cell id, or undefined when the tables do not hold it. */
export function cellValue(t: StandardTables, id: string): number | undefined {
  if (!isFieldId(id)) return undefined
  const [table, row, col] = id.split('.')
  if (table === 't3') {
    const c = ['person', 'business', 'research', 'nonprofit', 'legal', 'other_org', 'total'].indexOf(col)
    return c >= 0 && t.t3[row] ? t.t3[row][c] : undefined
  }
  if (table === 't4') {
    const block = t.t4[row as keyof T4Table]
    return block && col in T4_RESULT_INDEX ? block[T4_RESULT_INDEX[col]] : undefined
  }
  if (table === 't2' && t.t2) {
    if (row === 'regulations' || row === 'normative') return col in T2_TRIPLE ? t.t2[row][T2_TRIPLE[col]] : undefined
    if ((row === 'licensing' || row === 'punishment' || row === 'coercion') && col === 'decisions') return t.t2[row]
    if (row === 'fees' && col === 'amount') return t.t2.fees
    return undefined
  }
  if (table === 't2v19' && t.t2v19) {
    const v = (t.t2v19 as unknown as Record<string, number[]>)[row]
    return v && col in T2V19_INDEX ? v[T2V19_INDEX[col]] : undefined
  }
  return undefined
}
