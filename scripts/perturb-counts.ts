/**
 * Perturbation check of the prose count rules (issue 12), on the DEVELOPMENT half of ../shared/corpus/pages
 * only (the held half is never read). For each dev report whose gold count the extractor gets right and whose
 * number (with its unit) occurs once in the text, the count's clause is rewritten:
 *  - "empty" variants should give no value (the number now counts something else: another year, a running
 *    total, views, one channel, some bodies, a part, an ordinal);
 *  - "keep" variants should give the same value (wording: 共计/合计, another unit, full-width digits, Chinese
 *    numerals, a space between thousands).
 * The third pass adds what the genre does: kinds that are not information (规范性文件, 回应关切, 新闻发布会), other
 * verbs (转载, 更新维护, 报送), one channel of two, parts of the year (上半年, 1—11月, 截至11月底), carried-over
 * requests, request channels, the review body; and, to keep: 余, commas, 万, a line break before the number, parts
 * after the total, 合计 after the channels, 受理/新收, 今年以来, 被申请.
 * Prints, per variant, how many reports kept the value / gave none / gave another value / got it from a table
 * that states it again (an annex's 受理依申请公开信息总数: not invented by the clause rules). A rewrite that would
 * qualify nothing (inserted before a heading, another year where the gold has none) is not made.
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

/** a heading run into the text before a count (三、政府信息依申请公开工作情况 2014年…; （一）主动公开政府信息的数量2017年…) */
const HEADING_BEFORE = /(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])[^，,。；\d]{0,24}?(?:情况|数量|概述|方面)\s*/g

/** the clause start before offset `at` (after the last ，,；。：, and after a heading run into the clause) */
function clauseStart(t: string, at: number): number {
  let i = at
  while (i > 0 && !/[，,；;。：:\n]/.test(t[i - 1])) i--
  // what is inserted goes after a heading, not before it (where it would qualify nothing)
  let last = -1
  for (const m of t.slice(i, at).matchAll(HEADING_BEFORE)) last = m.index + m[0].length
  return last >= 0 ? i + last : i
}

/**
 * A rewrite of the count's clause. `empty`: no value is right; `keep`: the same value (or `expect(g)`, as for
 * 1.36万条, rounded) is. `fields` limits the fields it applies to; `needsYear` skips reports whose gold has no year.
 */
type Variant = {
  name: string; kind: 'empty' | 'keep'; fields?: string[]; needsYear?: boolean; expect?: (g: number) => number | null
  make: (t: string, at: number, num: string, unit: string, year: number) => string | null
}
const at0 = (t: string, at: number, ins: string): string => { const c = clauseStart(t, at); return t.slice(0, c) + ins + t.slice(c) }
const replaceNum = (t: string, at: number, num: string, rep: string): string => t.slice(0, at) + rep + t.slice(at + num.length)

const P = ['proactive_disclosures']
const A = ['applications_received']
/** the clause before the count names a channel already (通过大余县人民政府网站主动公开…): another would make a list */
const CHANNEL_NAMED = /(网站|网上|微信|微博|公众号|新媒体|公开栏|平台|报纸|电视|广播)/
/** the clause's words before the count */
const clauseOf = (t: string, at: number): string => t.slice(clauseStart(t, at), at)
/** the last verb of receiving in the clause before the count, replaced */
function replaceVerb(t: string, at: number, res: RegExp[], rep: string): string | null {
  const c = clauseStart(t, at)
  const head = t.slice(c, at)
  // the first pattern found wins (主动发布 before the 公开 of 政务公开信息)
  for (const re of res) {
    let last: RegExpExecArray | null = null
    for (const m of head.matchAll(new RegExp(re.source, 'g'))) last = m as RegExpExecArray
    if (last) return t.slice(0, c + last.index) + rep + t.slice(c + last.index + last[0].length)
  }
  return null
}
/** the end of the count (its 余 or 多 and its unit) */
const tailAt = (t: string, at: number, num: string, unit: string): number => at + num.length + (/[余多]/.test(t[at + num.length]) ? 1 : 0) + unit.length
/** the count ends its clause (…643条，…): a clause can be added after it without cutting its object (26份…申请件) */
const endsClause = (t: string, at: number, num: string, unit: string): boolean => /^(?:[，,。；;]|$)/.test(t.slice(tailAt(t, at, num, unit)))
const PROACTIVE_VERBS = [/主动公开|主动发布/, /公开|发布|公布/]
/** two parts that add up to n (n ≥ 2) */
const split = (n: number): [number, number] => [n - Math.max(1, Math.floor(n / 4)), Math.max(1, Math.floor(n / 4))]

const VARIANTS: Variant[] = [
  // 其中， makes a count a part of the one before it; for reconsiderations and lawsuits the part that concerns
  // disclosure (其中，因政府信息公开引起的行政复议2件) is the field itself, so they are left out
  { name: 'sub-clause 其中，', kind: 'empty', fields: [...P, ...A], make: (t, at) => at0(t, at, '其中，') },
  { name: 'channel 通过政务微博', kind: 'empty', fields: P, make: (t, at) => (CHANNEL_NAMED.test(clauseOf(t, at)) ? null : at0(t, at, '通过政务微博')) },
  { name: 'year before 上年', kind: 'empty', make: (t, at) => at0(t, at, '上年') },
  // the report's year named before the count is replaced (2021年主动公开 → 2019年主动公开), else a year is put in
  { name: 'another year NNNN年', kind: 'empty', needsYear: true, make: (t, at, _n, _u, y) => {
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
  // ---- third pass: what the genre does that the rewrites above did not
  { name: 'first half 上半年', kind: 'empty', make: (t, at) => at0(t, at, '上半年') },
  { name: 'kind 规范性文件', kind: 'empty', fields: P, make: (t, at) => t.slice(0, at) + '规范性文件' + t.slice(at) },
  { name: 'kind 回应关切', kind: 'empty', fields: P, make: (t, at) => t.slice(0, at) + '回应社会关切' + t.slice(at) },
  { name: 'kind 新闻发布会', kind: 'empty', fields: P, make: (t, at, num, unit) => t.slice(0, at) + num + '场新闻发布会' + t.slice(tailAt(t, at, num, unit)) },
  { name: 'verb 转载', kind: 'empty', fields: P, make: (t, at) => replaceVerb(t, at, PROACTIVE_VERBS, '转载') },
  { name: 'verb 更新', kind: 'empty', fields: P, make: (t, at) => replaceVerb(t, at, PROACTIVE_VERBS, '更新维护') },
  // the portal's count, then another channel's, and no total (通过政府网站…N条，通过微信公众号发布信息37条)
  { name: 'one channel of two', kind: 'empty', fields: P, make: (t, at, num, unit) => {
    if (CHANNEL_NAMED.test(clauseOf(t, at)) || !endsClause(t, at, num, unit)) return null
    const e = tailAt(t, at, num, unit)
    return at0(t.slice(0, e) + '，通过微信公众号发布信息37条' + t.slice(e), at, '通过政府网站')
  } },
  { name: 'carried over 上年结转', kind: 'empty', fields: A, make: (t, at) => replaceVerb(t, at, [/收到|受理|接到|接收|新收/], '上年结转') },
  { name: 'request channels 当面/网上', kind: 'empty', fields: A, make: (t, at, num, unit) => {
    if (!endsClause(t, at, num, unit)) return null
    const e = tailAt(t, at, num, unit)
    return t.slice(0, at) + '当面提交' + t.slice(at, e) + '，网上提交3件' + t.slice(e)
  } },
  { name: 'channel 政务新媒体', kind: 'empty', fields: P, make: (t, at) => (CHANNEL_NAMED.test(clauseOf(t, at)) ? null : at0(t, at, '通过政务新媒体')) },
  { name: 'verb 报送', kind: 'empty', fields: P, make: (t, at) => replaceVerb(t, at, PROACTIVE_VERBS, '向上级报送') },
  { name: 'months 1—11月', kind: 'empty', make: (t, at) => at0(t, at, '1—11月') },
  { name: 'up to 11月底', kind: 'empty', make: (t, at) => at0(t, at, '截至11月底，') },
  { name: 'kind 行政许可申请', kind: 'empty', fields: A, make: (t, at) => { const c = clauseStart(t, at); const h = t.slice(c, at); const r = h.replace(/(?:政府信息公开|信息公开|依申请公开)?申请|依申请公开/, '行政许可申请'); return r === h ? null : t.slice(0, c) + r + t.slice(at) } },
  // (session 13: the year's new requests are the rest, when the bracket says how many were carried over)
  { name: 'includes 含上年结转', kind: 'keep', fields: A, expect: (g) => (g > 3 ? g - 3 : null), make: (t, at, num, unit) => { const e = tailAt(t, at, num, unit); return t.slice(0, e) + '（含上年结转3件）' + t.slice(e) } },
  { name: 'review body 作为复议机关', kind: 'empty', fields: ['admin_reconsiderations'], make: (t, at) => at0(t, at, '本机关作为复议机关，') },
  { name: 'verb 办结', kind: 'empty', fields: A, make: (t, at) => replaceVerb(t, at, [/收到|受理|接到|接收|新收/], '办结') },
  { name: 'reviewer 作为复议机关', kind: 'empty', fields: ['admin_reconsiderations'], make: (t, at) => { const c = clauseStart(t, at); const h = t.slice(c, at); const i = h.lastIndexOf('行政复议'); return i < 0 ? null : t.slice(0, c + i) + '作为复议机关受理' + t.slice(c + i) } },
  { name: 'not about disclosure', kind: 'empty', fields: ['admin_reconsiderations', 'admin_lawsuits'], make: (t, at, num, unit) => { if (!endsClause(t, at, num, unit)) return null; const e = tailAt(t, at, num, unit); return t.slice(0, e) + '，均不涉及政府信息公开' + t.slice(e) } },
  { name: '共计', kind: 'keep', make: (t, at) => (/共|合计|总计/.test(t.slice(Math.max(0, at - 3), at)) ? null : t.slice(0, at) + '共计' + t.slice(at)) },
  { name: 'full-width digits', kind: 'keep', make: (t, at, num) => (/^\d+$/.test(num) ? replaceNum(t, at, num, num.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))) : null) },
  { name: 'Chinese numeral', kind: 'keep', make: (t, at, num) => { const c = /^\d+$/.test(num) ? chinese(Number(num)) : null; return c ? replaceNum(t, at, num, c) : null } },
  { name: 'space thousands', kind: 'keep', make: (t, at, num) => (/^\d{4,}$/.test(num) ? replaceNum(t, at, num, num.replace(/\B(?=(\d{3})+$)/g, ' ')) : null) },
  { name: 'unit 条(件)', kind: 'keep', make: (t, at, num, unit) => (unit === '条' ? t.slice(0, at + num.length) + '条(件)' + t.slice(at + num.length + 1) : null) },
  // ---- third pass
  { name: 'approximate 余', kind: 'keep', make: (t, at, num) => (/^\d+$/.test(num) && !/^[余多]/.test(t.slice(at + num.length)) ? t.slice(0, at + num.length) + '余' + t.slice(at + num.length) : null) },
  { name: 'comma thousands', kind: 'keep', make: (t, at, num) => (/^\d{4,}$/.test(num) ? replaceNum(t, at, num, num.replace(/\B(?=(\d{3})+$)/g, ',')) : null) },
  { name: 'unit 万条', kind: 'keep', fields: P, expect: (g) => Math.round(g / 100) * 100, make: (t, at, num) => (/^\d{5,}$/.test(num) ? replaceNum(t, at, num, `${Math.round(Number(num) / 100) / 100}万`) : null) },
  { name: 'line break before N', kind: 'keep', make: (t, at) => t.slice(0, at) + '\n' + t.slice(at) },
  { name: 'parts after the total', kind: 'keep', fields: P, make: (t, at, num, unit) => {
    if (!/^\d+$/.test(num) || Number(num) < 8 || !endsClause(t, at, num, unit)) return null
    const [a, b] = split(Number(num))
    const e = tailAt(t, at, num, unit)
    return t.slice(0, e) + `，其中通过政府网站公开${a}条、通过政务微信公开${b}条` + t.slice(e)
  } },
  { name: 'total after channels 合计', kind: 'keep', fields: P, make: (t, at, num, unit) => {
    if (!/^\d+$/.test(num) || Number(num) < 8 || CHANNEL_NAMED.test(clauseOf(t, at)) || !endsClause(t, at, num, unit)) return null
    const [a, b] = split(Number(num))
    const e = tailAt(t, at, num, unit)
    return at0(t.slice(0, at) + `${a}条，通过政务微信公开信息${b}条，合计${num}条` + t.slice(e), at, '通过政府网站')
  } },
  { name: 'verb 受理', kind: 'keep', fields: A, make: (t, at) => { const c = clauseOf(t, at); return /收到/.test(c) ? replaceVerb(t, at, [/收到/], '受理') : null } },
  { name: 'since 今年以来', kind: 'keep', make: (t, at) => at0(t, at, '今年以来，') },
  { name: 'verb 新收', kind: 'keep', fields: A, make: (t, at) => { const c = clauseOf(t, at); return /收到/.test(c) ? replaceVerb(t, at, [/收到/], '新收') : null } },
  { name: 'respondent 被申请', kind: 'keep', fields: ['admin_reconsiderations'], make: (t, at) => { const c = clauseStart(t, at); const h = t.slice(c, at); const i = h.lastIndexOf('行政复议'); return i < 0 || /被/.test(h) ? null : t.slice(0, c + i) + '被申请' + t.slice(c + i) } },
  { name: 'carried over after', kind: 'keep', fields: A, make: (t, at, num, unit) => { if (!endsClause(t, at, num, unit)) return null; const e = tailAt(t, at, num, unit); return t.slice(0, e) + '，另有上年结转申请3件' + t.slice(e) } },
]

function main(): void {
  if (!existsSync(DIR)) { console.log('no ../shared/corpus/pages: skipped'); return }
  const list = process.argv.includes('--list')
  const tally = new Map<string, { n: number; kept: number; none: number; other: number; table: number }>()
  for (const id of halves.dev) {
    const text = readFileSync(join(DIR, `${id}.txt`), 'utf8')
    const gold = JSON.parse(readFileSync(join(DIR, `${id}.gold.json`), 'utf8')) as Record<string, unknown>
    const knownYear = typeof gold.report_year === 'number'
    const year = knownYear ? (gold.report_year as number) : 2020
    const base = extract(text)
    for (const field of FIELDS) {
      const g = gold[field]
      if (typeof g !== 'number' || g <= 0 || base.values[field] !== g || FROM_TABLE.test(base.rules[field])) continue
      const occ = [...text.matchAll(new RegExp(`(?<![\\d.])(${g})(?:余|多)?(${UNIT})`, 'g'))]
      if (occ.length !== 1) continue
      const m = occ[0]
      for (const v of VARIANTS) {
        if (v.fields && !v.fields.includes(field)) continue
        // without the report's year the extractor cannot tell another year from it
        if (v.needsYear && !knownYear) continue
        const t = v.make(text, m.index, m[1], m[2], year)
        if (t === null) continue
        const out = extract(t)
        const got = out.values[field]
        const want = v.expect ? v.expect(g) : g
        const r = tally.get(v.name) ?? { n: 0, kept: 0, none: 0, other: 0, table: 0 }
        r.n++
        // the same fact stated again by a table (an annex 受理依申请公开信息总数 1) is not invented by the clause
        const fromTable = got !== undefined && got !== null && FROM_TABLE.test(out.rules[field])
        if (fromTable) r.table++
        else if (got === want) r.kept++
        else if (got === undefined || got === null) r.none++
        else r.other++
        tally.set(v.name, r)
        const bad = v.kind === 'empty' ? got !== undefined && got !== null && !fromTable : got !== want
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
    console.log(`${v.kind.padEnd(5)} ${v.name.padEnd(26)} n=${String(r.n).padStart(3)} kept=${String(r.kept).padStart(3)} none=${String(r.none).padStart(3)} other=${String(r.other).padStart(3)} table=${String(r.table).padStart(2)}  ${v.kind === 'empty' ? 'invented' : 'lost'}=${wrong}`)
  }
  console.log(`empty variants: ${invented}/${emptyN} still give a value; keep variants: ${lost}/${keepN} lose the value`)
}

main()
