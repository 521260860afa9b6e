/**
 * Perturbation check of the prose count rules (issue 12), on the DEVELOPMENT half of ../shared/corpus/pages
 * only (the held half is never read). For each dev report whose gold count the extractor gets right and whose
 * number (with its unit) occurs once in the text, the count's clause is rewritten:
 *  - "empty" variants should give no value (the number now counts something else: another year, a running
 *    total, views, one channel, some bodies, a part, an ordinal);
 *  - "keep" variants should give the same value (wording: 共计/合计, another unit, full-width digits, Chinese
 *    numerals, a space between thousands).
 * Prints, per variant, how many reports kept the value / gave none / gave another value.
 * `npx tsx scripts/perturb-counts.ts [--list]`
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import halves from '../src/main/eval/pages-halves.json'
import { extractReport } from '../src/main/extract/index'
import { cleanText } from '../src/main/text/index'
import type { ParsedDocument } from '../src/shared/document'

const DIR = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pages')
const FIELDS = ['proactive_disclosures', 'applications_received', 'admin_reconsiderations', 'admin_lawsuits'] as const
const UNIT = '(?:条|件|起|宗|项|篇|则|个|份)'

function extract(text: string): { values: Record<string, unknown>; rules: Record<string, string> } {
  const doc: ParsedDocument = { kind: 'txt', encoding: 'utf-8', pageCount: null, text, blocks: [], warnings: [] }
  const values: Record<string, unknown> = {}
  const rules: Record<string, string> = {}
  for (const f of extractReport(doc, cleanText(doc.text)).fields) { values[f.field] = f.value; rules[f.field] = f.rule }
  return { values, rules }
}

/** a value read from a table (table 三's total, table 四's zeros, an annex) does not come from the clause rewritten */
const FROM_TABLE = /^headline\.|glued|annex|table/

const CN = '零一二三四五六七八九'
function chinese(n: number): string | null {
  if (n <= 0 || n >= 10000) return null
  const units = ['', '十', '百', '千']
  const ds = String(n).split('').map(Number)
  let s = ''
  let zero = false
  ds.forEach((d, i) => {
    const u = units[ds.length - 1 - i]
    if (d === 0) { zero = true; return }
    if (zero && s) s += '零'
    zero = false
    s += (d === 1 && u === '十' && !s ? '' : CN[d]) + u
  })
  return s
}

/** the clause start before offset `at` (after the last ，,；。：) */
function clauseStart(t: string, at: number): number {
  let i = at
  while (i > 0 && !/[，,；;。：:\n]/.test(t[i - 1])) i--
  // a year opening the sentence (2022年，…) stays before what is inserted
  if (/\d{4}年度?[，,]$/.test(t.slice(Math.max(0, i - 8), i))) return i
  return i
}

type Variant = { name: string; kind: 'empty' | 'keep'; fields?: string[]; make: (t: string, at: number, num: string, unit: string, year: number) => string | null }
const at0 = (t: string, at: number, ins: string): string => { const c = clauseStart(t, at); return t.slice(0, c) + ins + t.slice(c) }
const replaceNum = (t: string, at: number, num: string, rep: string): string => t.slice(0, at) + rep + t.slice(at + num.length)

const VARIANTS: Variant[] = [
  { name: 'sub-clause 其中，', kind: 'empty', make: (t, at) => at0(t, at, '其中，') },
  { name: 'channel 通过政务微博', kind: 'empty', fields: ['proactive_disclosures'], make: (t, at) => at0(t, at, '通过政务微博') },
  { name: 'year before 上年', kind: 'empty', make: (t, at) => at0(t, at, '上年') },
  // the report's year named before the count is replaced (2021年主动公开 → 2019年主动公开), else a year is put in
  { name: 'another year NNNN年', kind: 'empty', make: (t, at, _n, _u, y) => {
    const c = Math.max(0, at - 40)
    const head = t.slice(c, at)
    const i = head.lastIndexOf(`${y}年`)
    return i >= 0 && !/[。\n]/.test(head.slice(i)) ? t.slice(0, c + i) + `${y - 2}` + t.slice(c + i + 4) : at0(t, at, `${y - 2}年`)
  } },
  { name: 'cumulative 累计', kind: 'empty', make: (t, at) => at0(t, at, '截至目前累计') },
  { name: 'since 以来', kind: 'empty', make: (t, at, _n, _u, y) => at0(t, at, `${y - 3}年以来`) },
  { name: 'times 人次', kind: 'empty', make: (t, at, num, unit) => t.slice(0, at) + num + '人次' + t.slice(at + num.length + unit.length) },
  { name: 'visits 浏览量', kind: 'empty', make: (t, at, num, unit) => t.slice(0, at) + '，浏览量' + num + '次' + t.slice(at + num.length + unit.length) },
  { name: 'sub-body 各乡镇', kind: 'empty', make: (t, at) => at0(t, at, '各乡镇') },
  { name: 'ordinal 第N', kind: 'empty', make: (t, at, num) => replaceNum(t, at, num, '第' + num) },
  { name: 'difference 较上年增加', kind: 'empty', make: (t, at) => t.slice(0, at) + '较上年增加' + t.slice(at) },
  { name: 'category 政策解读', kind: 'empty', make: (t, at) => t.slice(0, at) + '政策解读' + t.slice(at) },
  { name: '共计', kind: 'keep', make: (t, at) => (/共|合计|总计/.test(t.slice(Math.max(0, at - 3), at)) ? null : t.slice(0, at) + '共计' + t.slice(at)) },
  { name: 'full-width digits', kind: 'keep', make: (t, at, num) => (/^\d+$/.test(num) ? replaceNum(t, at, num, num.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))) : null) },
  { name: 'Chinese numeral', kind: 'keep', make: (t, at, num) => { const c = /^\d+$/.test(num) ? chinese(Number(num)) : null; return c ? replaceNum(t, at, num, c) : null } },
  { name: 'space thousands', kind: 'keep', make: (t, at, num) => (/^\d{4,}$/.test(num) ? replaceNum(t, at, num, num.replace(/\B(?=(\d{3})+$)/g, ' ')) : null) },
  { name: 'unit 条(件)', kind: 'keep', make: (t, at, num, unit) => (unit === '条' ? t.slice(0, at + num.length) + '条(件)' + t.slice(at + num.length + 1) : null) },
]

function main(): void {
  if (!existsSync(DIR)) { console.log('no ../shared/corpus/pages: skipped'); return }
  const list = process.argv.includes('--list')
  const tally = new Map<string, { n: number; kept: number; none: number; other: number }>()
  for (const id of halves.dev) {
    const text = readFileSync(join(DIR, `${id}.txt`), 'utf8')
    const gold = JSON.parse(readFileSync(join(DIR, `${id}.gold.json`), 'utf8')) as Record<string, unknown>
    const year = typeof gold.report_year === 'number' ? gold.report_year : 2020
    const base = extract(text)
    for (const field of FIELDS) {
      const g = gold[field]
      if (typeof g !== 'number' || g <= 0 || base.values[field] !== g || FROM_TABLE.test(base.rules[field])) continue
      const occ = [...text.matchAll(new RegExp(`(?<![\\d.])(${g})(?:余|多)?(${UNIT})`, 'g'))]
      if (occ.length !== 1) continue
      const m = occ[0]
      for (const v of VARIANTS) {
        if (v.fields && !v.fields.includes(field)) continue
        const t = v.make(text, m.index, m[1], m[2], year)
        if (t === null) continue
        const got = extract(t).values[field]
        const r = tally.get(v.name) ?? { n: 0, kept: 0, none: 0, other: 0 }
        r.n++
        if (got === g) r.kept++
        else if (got === undefined || got === null) r.none++
        else r.other++
        tally.set(v.name, r)
        const bad = v.kind === 'empty' ? got !== undefined && got !== null : got !== g
        if (list && bad) {
          const c = clauseStart(t, m.index)
          console.log(`${id} ${field} [${v.name}] got ${String(got)}: ${t.slice(Math.max(0, c - 20), m.index + 30).replace(/\n/g, '⏎')}`)
        }
      }
    }
  }
  let invented = 0, emptyN = 0, lost = 0, keepN = 0
  for (const v of VARIANTS) {
    const r = tally.get(v.name)
    if (!r) continue
    const wrong = v.kind === 'empty' ? r.kept + r.other : r.none + r.other
    if (v.kind === 'empty') { invented += wrong; emptyN += r.n } else { lost += wrong; keepN += r.n }
    console.log(`${v.kind.padEnd(5)} ${v.name.padEnd(22)} n=${String(r.n).padStart(3)} kept=${String(r.kept).padStart(3)} none=${String(r.none).padStart(3)} other=${String(r.other).padStart(3)}  ${v.kind === 'empty' ? 'invented' : 'lost'}=${wrong}`)
  }
  console.log(`empty variants: ${invented}/${emptyN} still give a value; keep variants: ${lost}/${keepN} lose the value`)
}

main()
