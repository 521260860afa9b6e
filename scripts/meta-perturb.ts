/**
 * Title, report year, publication date and format by perturbation (issue 12): each development-half report of
 * ../shared/corpus/pages is read again with one piece of its evidence removed or changed (its title line gone
 * or only in a site's <title>-like line, the title's year in Chinese numerals, spaced, as two years or as 上一年度,
 * a release date early the next year, a date only under the signature, page furniture, a period end, the
 * standard tables flattened or their labels mistyped or split, a notice of the other version, a free-form
 * report naming a 统计表), and the four fields are scored against the gold as the variant changes it: right,
 * wrong (worse than empty), missed, invented. Only the dev half is read (the held half never).
 * Usage: npx tsx scripts/meta-perturb.ts [pagesDir] [--list kind]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Converter } from 'opencc-js/cn2t'
import halves from '../src/main/eval/pages-halves.json'
import { normalizeText, sameFieldValue } from '../src/main/eval/score'
import { extractReport } from '../src/main/extract/index'
import { parseDocument } from '../src/main/ingest/index'
import { cleanText } from '../src/main/text/index'
import type { FieldValue } from '../src/shared/fields'

const dir = process.argv.find((a, i) => i >= 2 && !a.startsWith('--') && process.argv[i - 1] !== '--list') ?? '/work/shared/corpus/pages'
const listKind = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : null

const FIELDS = ['title', 'report_year', 'publish_date', 'format'] as const
type Field = (typeof FIELDS)[number]
type Gold = Record<Field, FieldValue> & { agency: string | null }
/** a variant: the changed text and what each field should now be (undefined: as the gold) */
interface Variant { text: string; expect?: Partial<Record<Field, FieldValue>> }
type Perturb = (text: string, g: Gold) => Variant | null

const toTraditional = Converter({ from: 'cn', to: 't' })
const DIGIT_CN = '〇一二三四五六七八九'
const cnYear = (y: number): string => String(y).split('').map((d) => DIGIT_CN[Number(d)]).join('')
const cnMonthDay = (n: number): string => (n <= 10 ? (n === 10 ? '十' : DIGIT_CN[n]) : n < 20 ? '十' + (n % 10 ? DIGIT_CN[n % 10] : '') : DIGIT_CN[Math.floor(n / 10)] + '十' + (n % 10 ? DIGIT_CN[n % 10] : ''))

/** the line holding the gold title (normalised: script, width, spaces), or -1 */
function titleLine(lines: string[], title: FieldValue): number {
  if (typeof title !== 'string') return -1
  const t = normalizeText(title)
  return lines.findIndex((l, k) => k < 40 && normalizeText(l).includes(t))
}

/** the title line rewritten by `edit` (its year, say); the expected title rewritten the same way */
function editTitle(text: string, g: Gold, edit: (s: string) => string | null): Variant | null {
  const ls = text.split('\n')
  const i = titleLine(ls, g.title)
  if (i < 0) return null
  const line = edit(ls[i]), title = edit(String(g.title))
  if (line === null || title === null || line === ls[i]) return null
  ls[i] = line
  return { text: ls.join('\n'), expect: { title } }
}

const yearIn = (g: Gold): number | null => (typeof g.report_year === 'number' ? g.report_year : null)
/** the report's year in a title, with its 年/年度, replaced */
const replaceYear = (g: Gold, by: (y: number) => string) => (s: string): string | null => {
  const y = yearIn(g)
  if (y === null || !s.includes(`${y}年`)) return null
  return s.replace(new RegExp(`${y}\\s*年`), by(y))
}

/** the lines of page furniture that carry the page's own release date */
const RELEASE_LINE = /(发布时间|发布日期|發布時間|發布日期|时间|時間|日期)\s*[:：]|^\s*[•·]?\s*\d{4}-\d{1,2}-\d{1,2}\s*$/
const dropReleaseLines = (t: string): string => t.split('\n').filter((l, k) => k > 40 || l.length > 80 || !RELEASE_LINE.test(l)).join('\n')
/** a text whose page date could not be taken out (a release label inside a long line) is not used for the date variants */
const keepsRelease = (t: string): boolean => /(时间|日期|時間)\s*[:：]\s*\d{4}/.test(dropReleaseLines(t))
/** after the title line, or first */
function afterTitle(text: string, g: Gold, add: string): string {
  const ls = text.split('\n')
  const i = titleLine(ls, g.title)
  ls.splice(i + 1, 0, add)
  return ls.join('\n')
}

const TABLE_LABELS = [
  '本年制发件数', '本年废止件数', '现行有效件数', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量',
  '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理', '本机关不掌握相关政府信息',
  '没有现成信息需要另行制作', '补正后申请内容仍不明确', '信访举报投诉类申请', '要求提供公开出版物', '无正当理由大量反复申请',
  '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项', '未经复议直接起诉', '复议后起诉',
  '社会公益组织', '法律服务机构', '收到和处理政府信息公开申请情况', '主动公开政府信息情况', '行政复议、行政诉讼情况',
]
const VERSION_LABELS = ['本年制发件数', '本年废止件数', '现行有效件数', '逾期不补正', '未按收费通知要求缴纳费用', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '其他对外管理服务事项', '采购总金额']
/** every table label with its two middle characters swapped (a typo), or cut by a line break */
const eachLabel = (t: string, by: (l: string) => string): string => TABLE_LABELS.reduce((s, l) => s.split(l).join(by(l)), t)
const swapMiddle = (l: string): string => { const k = Math.floor(l.length / 2); return l.slice(0, k - 1) + l[k] + l[k - 1] + l.slice(k + 1) }

const isStandard = (g: Gold): boolean => typeof g.format === 'string' && g.format.startsWith('standard')

const PERTURB: Record<string, Perturb> = {
  none: (t) => ({ text: t }),
  // every line holding the title goes (a page's <title> line and its heading)
  'no-title': (t, g) => {
    const ls = t.split('\n')
    if (titleLine(ls, g.title) < 0) return null
    const title = normalizeText(String(g.title))
    // (a page flattened into one long line keeps it: that line is the report)
    return { text: ls.filter((l) => l.length > title.length + 40 || !normalizeText(l).includes(title)).join('\n'), expect: { title: null } }
  },
  // only the page's <title>-like first line carries the title, with the site's name
  'site-title-before': (t, g) => {
    const ls = t.split('\n')
    const i = titleLine(ls, g.title)
    return i < 0 ? null : { text: [`青山县人民政府网 - ${String(g.title)}`, ...ls.slice(0, i), ...ls.slice(i + 1)].join('\n') }
  },
  'site-title-after': (t, g) => {
    const ls = t.split('\n')
    const i = titleLine(ls, g.title)
    return i < 0 ? null : { text: [`${String(g.title)}_青山县人民政府门户网站`, ...ls.slice(0, i), ...ls.slice(i + 1)].join('\n') }
  },
  'site-title-gov-prefix': (t, g) => {
    const ls = t.split('\n')
    const i = titleLine(ls, g.title)
    return i < 0 ? null : { text: [`青山县人民政府-${String(g.title)}`, ...ls.slice(0, i), ...ls.slice(i + 1)].join('\n') }
  },
  'site-title-pipe': (t, g) => {
    const ls = t.split('\n')
    const i = titleLine(ls, g.title)
    return i < 0 ? null : { text: [`${String(g.title)} | 青山县人民政府`, ...ls.slice(0, i), ...ls.slice(i + 1)].join('\n') }
  },
  // the title wrapped over two lines, or with a note after it
  'title-wrapped': (t, g) => {
    const ls = t.split('\n')
    const i = titleLine(ls, g.title)
    const title = String(g.title)
    const k = title.search(/(?:政府信息公开|政务公开|信息公开|政府信息公開|政務公開)/)
    if (i < 0 || k < 2 || normalizeText(ls[i]) !== normalizeText(title)) return null
    ls.splice(i, 1, title.slice(0, k + 4), title.slice(k + 4))
    return { text: ls.join('\n') }
  },
  'title-note-after': (t, g) => {
    const ls = t.split('\n')
    const i = titleLine(ls, g.title)
    if (i < 0 || normalizeText(ls[i]) !== normalizeText(String(g.title))) return null
    ls[i] = `${ls[i]}（全文）`
    return { text: ls.join('\n') }
  },
  'title-cn-year': (t, g) => editTitle(t, g, replaceYear(g, (y) => `${cnYear(y)}年`)),
  'title-year-space': (t, g) => editTitle(t, g, replaceYear(g, (y) => `${y} 年`)),
  // the year typed with a digit zero among Chinese numerals (二0二0年), or in full-width digits
  'title-mixed-zero-year': (t, g) => editTitle(t, g, replaceYear(g, (y) => `${cnYear(y).replace(/〇/g, '0')}年`)),
  'title-fullwidth-year': (t, g) => editTitle(t, g, replaceYear(g, (y) => `${String(y).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}年`)),
  'title-two-years-before': (t, g) => editTitle(t, g, replaceYear(g, (y) => `${y - 1}—${y}年`)),
  'title-two-years-after': (t, g) => editTitle(t, g, replaceYear(g, (y) => `${y}—${y + 1}年`)),
  'title-last-year': (t, g) => editTitle(t, g, (s) => { const y = yearIn(g); return y !== null && s.includes(`${y}年`) ? s.replace(new RegExp(`${y}年度?`), '上一年度') : null }),
  // a list of links to other years' reports (a sidebar) before the title, or in place of it
  'sidebar-before': (t, g) => {
    const y = yearIn(g)
    if (y === null || titleLine(t.split('\n'), g.title) < 0) return null
    const other = (k: number) => String(g.title).replace(String(y), String(y - k))
    if (other(1) === String(g.title)) return null
    return { text: `${other(1)}\n${other(2)}\n${t}` }
  },
  'sidebar-no-title': (t, g) => {
    const y = yearIn(g)
    const ls = t.split('\n')
    const i = titleLine(ls, g.title)
    if (y === null || i < 0) return null
    const other = (k: number) => String(g.title).replace(String(y), String(y - k))
    if (other(1) === String(g.title)) return null
    const title = normalizeText(String(g.title))
    const rest = ls.filter((l) => l.length > title.length + 40 || !normalizeText(l).includes(title)).join('\n')
    return { text: `${rest}\n相关文章\n${other(1)}  ${y - 1 + 1}-01-20\n${other(2)}  ${y - 1}-01-18`, expect: { title: null } }
  },
  // released early the next year: the release year is not the report's
  'published-next-jan': (t, g) => {
    const y = yearIn(g)
    if (keepsRelease(t) || y === null) return null
    return { text: afterTitle(dropReleaseLines(t), g, `发布时间：${y + 1}-01-15 09:30  来源：本站`), expect: { publish_date: `${y + 1}-01-15` } }
  },
  'no-title-published-next-mar': (t, g) => {
    const y = yearIn(g)
    const ls = dropReleaseLines(t).split('\n')
    const i = titleLine(ls, g.title)
    if (keepsRelease(t) || y === null || i < 0) return null
    ls.splice(i, 1, `发布日期：${y + 1}年3月20日`)
    return { text: ls.join('\n'), expect: { title: null, publish_date: `${y + 1}-03-20` } }
  },
  // page dates in the shapes sites print them
  ...Object.fromEntries(([
    ['date-shape-weekday', (y: number) => `发布时间：${y + 1}年01月15日 星期五`],
    ['date-shape-slash', (y: number) => `发布日期: ${y + 1}/1/15`],
    ['date-shape-dots', (y: number) => `日期：${y + 1}.01.15`],
    ['date-shape-bracket', (y: number) => `【${y + 1}-01-15】  来源：本站`],
    ['date-shape-seconds', (y: number) => `${y + 1}-01-15 10:21:03  来源：本站  作者：办公室`],
    ['date-shape-stamp-line', (y: number) => `信息来源：本站  发布时间：${y + 1}-01-15  阅读次数：88`],
  ] as [string, (y: number) => string][]).map(([name, line]): [string, Perturb] => [name, (t, g) => {
    const y = yearIn(g)
    if (keepsRelease(t) || y === null) return null
    return { text: afterTitle(dropReleaseLines(t), g, line(y)), expect: { publish_date: `${y + 1}-01-15` } }
  }])),
  // the report of the year before, cited in the text
  'cites-last-years-report': (t, g) => {
    const y = yearIn(g)
    return y === null ? null : { text: afterTitle(t, g, `针对《${y - 1}年度政府信息公开工作年度报告》中发现的问题，我们认真进行了整改。`) }
  },
  'no-title-cites-last-years-report': (t, g) => {
    const y = yearIn(g)
    const ls = t.split('\n')
    if (y === null || titleLine(ls, g.title) < 0) return null
    const title = normalizeText(String(g.title))
    const rest = ls.filter((l) => l.length > title.length + 40 || !normalizeText(l).includes(title))
    rest.splice(1, 0, `针对《${y - 1}年度政府信息公开工作年度报告》中发现的问题，我们认真进行了整改。`)
    return { text: rest.join('\n'), expect: { title: null } }
  },
  // the only date is the signature's: the page's release date stays unknown (fields.md: publish_date is the
  // page's, signed_date the signature's)
  'signature-date-only': (t, g) => {
    const y = yearIn(g)
    if (keepsRelease(t) || y === null || g.publish_date !== null) return null
    const sig = `\n\n${g.agency ?? '青山县人民政府办公室'}\n${cnYear(y + 1)}年一月${cnMonthDay(20)}日`
    return { text: dropReleaseLines(t) + sig, expect: { publish_date: null } }
  },
  // page furniture with the release date, and the report's own date under its title
  'furniture-and-own-date': (t, g) => {
    const y = yearIn(g)
    if (keepsRelease(t) || y === null) return null
    const own = afterTitle(dropReleaseLines(t), g, `（${y + 1}年1月20日）`)
    return { text: `首页 > 政务公开 > 年度报告\n发布时间：${y + 1}-01-25  浏览次数：1234  【打印本页】【关闭窗口】\n${own}`, expect: { publish_date: `${y + 1}-01-25` } }
  },
  'furniture-at-foot': (t, g) => {
    const y = yearIn(g)
    if (keepsRelease(t) || y === null) return null
    return { text: `${dropReleaseLines(t)}\n\n【打印本页】【关闭窗口】  浏览次数：356\n发布时间：${y + 1}-01-25`, expect: { publish_date: `${y + 1}-01-25` } }
  },
  // the end of the statistics period is no release date
  'period-end-under-title': (t, g) => {
    const y = yearIn(g)
    if (y === null) return null
    return { text: afterTitle(t, g, `（统计时间：${y}年1月1日至${y}年12月31日止）`) }
  },
  'period-end-sentence': (t, g) => {
    const y = yearIn(g)
    if (y === null) return null
    return { text: afterTitle(t, g, `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`) }
  },
  'other-event-date': (t, g) => {
    const y = yearIn(g)
    if (y === null) return null
    return { text: afterTitle(t, g, `时间：${y}年12月31日止，本机关共有公开目录${y - 2}年版一部。`) }
  },
  // next year's plans in the closing section name the next year
  'next-year-plans': (t, g) => {
    const y = yearIn(g)
    return y === null ? null : { text: `${t}\n${y + 1}年，我们将认真落实${y + 1}年政务公开工作要点，做好${y + 1}年度政府信息公开工作年度报告的编制。` }
  },
  // the release date in Chinese numerals, and beside the date the document was drafted
  'publish-date-cn': (t, g) => {
    const y = yearIn(g)
    if (keepsRelease(t) || y === null) return null
    return { text: afterTitle(dropReleaseLines(t), g, `发布日期：${cnYear(y + 1)}年一月${cnMonthDay(15)}日`), expect: { publish_date: `${y + 1}-01-15` } }
  },
  'drafted-and-published': (t, g) => {
    const y = yearIn(g)
    if (keepsRelease(t) || y === null) return null
    return { text: afterTitle(dropReleaseLines(t), g, `成文日期：${y + 1}-01-10  发布日期：${y + 1}-01-15`), expect: { publish_date: `${y + 1}-01-15` } }
  },
  // an excerpt cut before table 三, or before table 二
  'cut-before-table-3': (t, g) => {
    const at = t.search(/[三3][、.．]\s*收到和处理/)
    return isStandard(g) && at > 0 ? { text: t.slice(0, at) } : null
  },
  'cut-before-table-2': (t, g) => {
    const at = t.search(/[二2][、.．]\s*主动公开政府信息情况/)
    return isStandard(g) && at > 0 ? { text: t.slice(0, at) } : null
  },
  // the body's years gone (本年): the title and the outline must carry the year and the format
  'body-years-gone': (t, g) => {
    const ls = t.split('\n')
    const i = titleLine(ls, g.title)
    if (i < 0) return null
    return { text: ls.map((l, k) => (k === i ? l : l.replace(/(?:\d{4}|[〇零一二三四五六七八九]{4})年/g, '本年'))).join('\n') }
  },
  // an older report whose first heading is worded as the standard outline's (一、总体情况)
  'free-form-overview-heading': (t, g) => (g.format === 'free-form' && /一、\s*(?:概述|概况|总体|基本情况|工作概况)/.test(t)
    ? { text: t.replace(/一、\s*(?:概述|概况|总体情况|基本情况|工作概况)/, '一、总体情况') } : null),
  // the whole page in traditional script (a big5 gateway's copy)
  traditional: (t) => ({ text: toTraditional(t) }),
  // the standard tables lost their labels, keep them mistyped, or split them over lines
  'tables-no-labels': (t, g) => (isStandard(g) ? { text: eachLabel(t, () => '') } : null),
  'tables-one-line': (t, g) => (isStandard(g) ? { text: t.replace(/\s*\n\s*/g, ' ') } : null),
  'label-typo': (t, g) => (isStandard(g) ? { text: eachLabel(t, swapMiddle) } : null),
  'label-split': (t, g) => (isStandard(g) ? { text: eachLabel(t, (l) => l.slice(0, Math.ceil(l.length / 2)) + '\n' + l.slice(Math.ceil(l.length / 2))) } : null),
  // only the labels that tell the two versions apart are mistyped: table 三 or the year must decide
  'version-labels-typo': (t, g) => (isStandard(g) ? { text: VERSION_LABELS.reduce((x, l) => x.split(l).join(swapMiddle(l)), t) } : null),
  // only the prose and the headings kept: every table row and label line after the page's head gone
  'standard-prose-only': (t, g) => (isStandard(g)
    ? { text: t.split('\n').filter((l, k) => k < 12 || /[。]/.test(l) || /^\s*[一二三四五六七八九十]+、/.test(l) || l.trim() === '' || l.length < 40 && !/\d/.test(l) && !TABLE_LABELS.some((x) => l.includes(x))).join('\n') } : null),
  // a free-form report with no year anywhere, or naming the standard table's heading in passing
  'free-form-no-years': (t, g) => (g.format === 'free-form'
    ? { text: t.replace(/(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/g, '本年'), expect: { title: typeof g.title === 'string' ? g.title.replace(/(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/g, '本年') : null } } : null),
  'free-form-names-table-3': (t, g) => (g.format === 'free-form'
    ? { text: afterTitle(t, g, '有关数据详见附表《收到和处理政府信息公开申请情况统计表》。') } : null),
  // a 2021-template report citing the 2019 notice
  'cites-2019-notice': (t, g) => (g.format === 'standard-2021' || (g.format === 'standard' && (yearIn(g) ?? 0) >= 2021)
    ? { text: afterTitle(t, g, '本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制。') } : null),
  'cites-2019-notice-no-labels': (t, g) => (g.format === 'standard-2021' || (g.format === 'standard' && (yearIn(g) ?? 0) >= 2021)
    ? { text: eachLabel(afterTitle(t, g, '本报告按照国办公开办函〔2019〕60号的要求编制。'), () => '') } : null),
  // a free-form report that names its statistics table in passing
  'free-form-stats-table': (t, g) => (g.format === 'free-form'
    ? { text: afterTitle(t, g, `（附件：${String(yearIn(g) ?? '')}年政府信息公开情况统计表，详见附表）`) } : null),
}

interface Tally { n: number; right: number; wrong: number; missed: number; invented: number }
const tallies = new Map<string, Map<Field, Tally>>()
const problems = new Map<string, string[]>()

async function extractText(text: string, id: string): Promise<Record<string, FieldValue>> {
  const doc = await parseDocument(new TextEncoder().encode(text), `${id}.txt`)
  const out: Record<string, FieldValue> = {}
  for (const f of extractReport(doc, cleanText(doc.text)).fields) out[f.field] = f.value
  return out
}

if (!existsSync(dir)) { console.log(`no ${dir}: skipped`); process.exit(0) }
for (const id of halves.dev) {
  const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Gold
  const raw = readFileSync(join(dir, `${id}.txt`), 'utf8')
  const base = (await parseDocument(new TextEncoder().encode(raw), `${id}.txt`)).text
  for (const [kind, p] of Object.entries(PERTURB)) {
    const v = p(base, gold)
    if (!v || (kind !== 'none' && v.text === base)) continue
    const got = await extractText(v.text, id)
    const byField = tallies.get(kind) ?? new Map<Field, Tally>()
    for (const f of FIELDS) {
      const want = v.expect && f in v.expect ? v.expect[f] ?? null : gold[f]
      const have = got[f] ?? null
      const t = byField.get(f) ?? { n: 0, right: 0, wrong: 0, missed: 0, invented: 0 }
      t.n++
      const outcome = want === null ? (have === null ? 'right' : 'invented') : have === null ? 'missed' : sameFieldValue(f, want, have) ? 'right' : 'wrong'
      t[outcome]++
      byField.set(f, t)
      if (outcome !== 'right') {
        const list = problems.get(kind) ?? []
        list.push(`${id} ${f} ${outcome}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`)
        problems.set(kind, list)
      }
    }
    tallies.set(kind, byField)
  }
}

const cell = (t: Tally | undefined): string => (t ? `${t.right}/${t.wrong}/${t.missed}/${t.invented}` : '-').padStart(12)
console.log('kind'.padEnd(28), 'n'.padStart(3), ...FIELDS.map((f) => f.padStart(12)), '  (right/wrong/missed/invented)')
const sum: Record<string, number> = { wrong: 0, missed: 0, invented: 0, right: 0 }
for (const [kind, byField] of tallies) {
  console.log(kind.padEnd(28), String(byField.get('title')?.n ?? 0).padStart(3), ...FIELDS.map((f) => cell(byField.get(f))))
  for (const t of byField.values()) for (const k of Object.keys(sum)) sum[k] += t[k as keyof Tally]
}
console.log(`all variants: right ${sum.right}, wrong ${sum.wrong}, missed ${sum.missed}, invented ${sum.invented}`)
if (listKind) for (const line of problems.get(listKind) ?? []) console.log(line)
