/**
 * Agency robustness by perturbation (issue 12): each development-half report of ../shared/corpus/pages is read
 * again with one piece of its evidence removed or changed (its title line, its signature, its 来源/发布机构
 * lines, short forms, spaces inside names, an office's contact line, traditional script), and the agency the
 * extractor keeps is scored against the gold: found, wrong (a value that is not the gold: worse than empty),
 * missed; the gold written without its parent places (鲤城区统计局 for 泉州市鲤城区统计局) counts as found, as
 * eval's region convention does. Distractors (agency-distractors.ts) add text naming other bodies; the region is
 * scored too (the same distractors must not move it). 'short-form-all' (every mention short) wants the short name as
 * written, as the pages README's p127 and the lead's decision on issue 12 have it. Only the dev half is read. Usage: tsx scripts/agency-perturb.ts [pagesDir] [--list kind] [--kinds a,b]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Converter } from 'opencc-js/cn2t'
import halves from '../src/main/eval/pages-halves.json'
import { sameRegion, sameValue } from '../src/main/eval/score'
import { extractReport } from '../src/main/extract/index'
import { regionOf } from '../src/main/extract/region-name'
import { parseDocument } from '../src/main/ingest/index'
import { cleanText } from '../src/main/text/index'
import { DISTRACT, type Distracted, type Gold } from './agency-distractors'

const dir = process.argv.find((a, i) => i >= 2 && !a.startsWith('--') && process.argv[i - 1] !== '--list' && process.argv[i - 1] !== '--kinds') ?? '/work/shared/corpus/pages'
const listKind = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : null
const toTraditional = Converter({ from: 'cn', to: 't' })

type Perturb = (text: string, agency: string | null) => string

const lines = (t: string) => t.split('\n')
const isTitleLine = (l: string) => l.length < 90 && !/[。；]/.test(l) && /(年度?报告|年报|工作报告|标题[:：])/.test(l)
const DATE_ONLY = /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$/

/** every occurrence of the gold agency, replaced */
const eachName = (text: string, agency: string | null, by: (n: string) => string) => (agency ? text.split(agency).join(by(agency)) : text)
/** 青山县民政局 → 县民政局, 青山县人民政府 → 县政府: the short form a body's own text uses */
function shortForm(name: string): string {
  const place = regionOf(name)
  if (!place || place.length >= name.length) return name
  const unit = /(自治区|自治州|自治县|街道|省|市|县|区|旗|州|镇|乡)$/.exec(place)
  return unit ? (unit[1] + name.slice(place.length)).replace(/人民政府/, '政府') : name
}

const PERTURB: Record<string, Perturb> = {
  none: (t) => t,
  'no-title': (t) => {
    const ls = lines(t)
    const i = ls.findIndex((l, k) => k < 12 && isTitleLine(l))
    return i < 0 ? t : [...ls.slice(0, i), ...ls.slice(i + 1)].join('\n')
  },
  'no-signature': (t, a) => {
    const ls = lines(t)
    let end = ls.length
    for (let k = ls.length - 1; k >= Math.max(0, ls.length - 6); k--) {
      const l = ls[k].trim()
      if (l === '' || DATE_ONLY.test(l) || (a && l.replace(/\s/g, '').startsWith(a) && l.length < a.length + 16)) end = k
      else break
    }
    return ls.slice(0, end).join('\n')
  },
  'no-source': (t) => lines(t).filter((l) => !/(来源|發布機構|发布机构|信息来源|發布單位|发布单位|來源)[:：]/.test(l)).join('\n'),
  'no-title-signature': (t, a) => PERTURB['no-signature'](PERTURB['no-title'](t, a), a),
  'no-title-source': (t, a) => PERTURB['no-source'](PERTURB['no-title'](t, a), a),
  'short-form': (t, a) => {
    // every mention but the last (a signature keeps the full name) in its short form
    if (!a) return t
    const last = t.lastIndexOf(a)
    if (last < 0) return t
    return eachName(t.slice(0, last), a, shortForm) + t.slice(last)
  },
  'space-inside': (t, a) => eachName(t, a, (n) => n.slice(0, Math.ceil(n.length / 2)) + ' ' + n.slice(Math.ceil(n.length / 2))),
  'break-inside': (t, a) => eachName(t, a, (n) => n.slice(0, Math.ceil(n.length / 2)) + '\n' + n.slice(Math.ceil(n.length / 2))),
  'office-contact': (t, a) => (a ? `${t}\n如对本报告有任何疑问，请与${a}办公室联系（地址：${a.slice(0, 3)}人民路1号，电话：0000-1234567）。` : t),
  traditional: (t) => toTraditional(t),
  // a page whose paragraphs are parted by one line break, not a blank line
  'no-blank-lines': (t) => t.replace(/\n[^\S\n]*\n\s*/g, '\n'),
}

interface Tally { found: number; wrong: number; placeOnly: number; missed: number; emptyOk: number; n: number; wrongIds: string[]; missedIds: string[]; region: { found: number; wrong: number; missed: number; wrongIds: string[] } }
const tallies = new Map<string, Tally>()
const onlyKinds = process.argv.includes('--kinds') ? process.argv[process.argv.indexOf('--kinds') + 1].split(',') : null

/** a place's own government or its office named short (县政府, 区政府办公室): never the agency as written */
const OWN_GOVERNMENT = /^(?:省|市|县|区|州|旗|镇|乡|街道|自治区|自治州|自治县)(?:人民政府|政府)(?:办公室|办公厅|办)?$/

/**
 * every mention short (县统计局 for 龙山县统计局): the text no longer writes the full name, so the short name as
 * written is the right agency (the lead's decision on issue 12, pages p127); a place's government or its office
 * written short is no agency (pages p039), so empty is right there
 */
function shortFormAll(t: string, g: Gold): Distracted {
  const text = eachName(t, g.agency, shortForm)
  if (!g.agency || text === t) return t
  const short = shortForm(g.agency)
  // (a place's government written short is the place's report: the gold stands; and the body as the text still
  // writes it elsewhere with its place, 鲤城区统计局 where 泉州市鲤城区统计局 became 区统计局, is right too)
  if (OWN_GOVERNMENT.test(short)) return { text, agency: g.agency }
  const written = [g.agency, ...placesDropped(g.agency)].filter((n) => n !== short && text.includes(n))
  return { text, agency: short, strict: true, also: written }
}

/** the name without its leading places, one at a time (泉州市鲤城区统计局 → 鲤城区统计局) */
function placesDropped(name: string): string[] {
  const out: string[] = []
  for (let rest = name, k = 0; k < 4; k++) {
    const m = /^[\u4e00-\u9fa5]{2,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)(?=[\u4e00-\u9fa5]{2})/.exec(rest)
    if (!m) break
    rest = rest.slice(m[0].length)
    if (regionOf(rest) !== null) out.push(rest)
  }
  return out
}

const kinds: [string, (t: string, g: Gold) => Distracted][] = [
  ...Object.entries(PERTURB).map(([k, p]) => [k, (t: string, g: Gold) => p(t, g.agency)] as [string, (t: string, g: Gold) => string]),
  ['short-form-all', shortFormAll],
  ...Object.entries(DISTRACT),
  // each distractor over a report whose title line is gone (a page's nameless heading, an excerpt), and its
  // 来源 lines too: the cases where the furniture's names are not outweighed by the report's own
  ...(['no-title', 'no-title-source'] as const).flatMap((weak) => Object.entries(DISTRACT).map(([k, d]) => [`${k}+${weak}`, (t: string, g: Gold) => {
    const bare = PERTURB[weak](t, g.agency)
    const out = bare === t ? t : d(bare, g)
    return out === bare ? t : out
  }] as [string, (t: string, g: Gold) => Distracted])),
]

for (const id of halves.dev) {
  const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Gold
  const raw = readFileSync(join(dir, `${id}.txt`), 'utf8')
  const base = (await parseDocument(new TextEncoder().encode(raw), `${id}.txt`)).text
  for (const [kind, p] of kinds) {
    if (onlyKinds && kind !== 'none' && !onlyKinds.includes(kind)) continue
    const out = p(base, gold)
    const text = typeof out === 'string' ? out : out.text
    const goldAgency = typeof out === 'string' ? gold.agency : out.agency
    // (a kind that writes the name both ways wants the fuller one exactly, as eval does)
    const strict = typeof out !== 'string' && out.strict === true
    const also = typeof out !== 'string' ? out.also ?? [] : []
    if (kind !== 'none' && text === base) continue
    const doc = await parseDocument(new TextEncoder().encode(text), `${id}.txt`)
    const fields = extractReport(doc, cleanText(doc.text)).fields
    const got = fields.find((f) => f.field === 'agency')?.value ?? null
    const gotRegion = fields.find((f) => f.field === 'region')?.value ?? null
    const goldHere = kind === 'traditional' && goldAgency ? toTraditional(goldAgency) : goldAgency
    const regionHere = kind === 'traditional' && gold.region ? toTraditional(gold.region) : gold.region
    const t = tallies.get(kind) ?? { found: 0, wrong: 0, placeOnly: 0, missed: 0, emptyOk: 0, n: 0, wrongIds: [], missedIds: [], region: { found: 0, wrong: 0, missed: 0, wrongIds: [] } }
    t.n++
    if (goldHere === null) {
      if (got === null) t.emptyOk++
      else { t.wrong++; t.wrongIds.push(`${id}:${String(got)}`) }
    } else if (got !== null && (sameValue(goldHere, got) || also.some((a) => sameValue(a, got)) || (!strict && typeof got === 'string' && sameRegion(goldHere, got)))) t.found++
    else if (got === null) { t.missed++; t.missedIds.push(id) }
    else {
      t.wrong++
      // the gold's own place alone (光山县 for 光山县人民政府办公室): a partial answer, told apart from another body
      if (typeof got === 'string' && regionOf(goldHere) !== null && sameRegion(regionOf(goldHere) as string, got) && regionOf(got) === got) t.placeOnly++
      t.wrongIds.push(`${id}:${String(got)}≠${goldHere}`)
    }
    // the region: right (or both empty), wrong (another place, or one where the gold has none), missed
    if (regionHere === null ? gotRegion === null : typeof gotRegion === 'string' && sameRegion(regionHere, gotRegion)) t.region.found++
    else if (gotRegion === null) t.region.missed++
    else { t.region.wrong++; t.region.wrongIds.push(`${id}:${String(gotRegion)}≠${String(regionHere)}`) }
    tallies.set(kind, t)
  }
}

console.log('kind'.padEnd(20), 'n'.padStart(4), 'found'.padStart(6), 'wrong'.padStart(6), 'of which place'.padStart(15), 'missed'.padStart(7), 'null-ok'.padStart(8), '  region right/wrong/missed')
for (const [kind, t] of tallies) {
  console.log(kind.padEnd(20), String(t.n).padStart(4), String(t.found).padStart(6), String(t.wrong).padStart(6), String(t.placeOnly).padStart(15), String(t.missed).padStart(7), String(t.emptyOk).padStart(8), `  ${t.region.found}/${t.region.wrong}/${t.region.missed}`)
}
if (listKind) {
  const t = tallies.get(listKind)
  console.log(`\n${listKind} wrong:`, t?.wrongIds.join('  '))
  console.log(`${listKind} missed:`, t?.missedIds.join(' '))
  console.log(`${listKind} region wrong:`, t?.region.wrongIds.join('  '))
}
