/**
 * Mirror transforms (issue 12): real pages reach the tool through mirrors and converters that rewrite them, so each
 * text is rewritten the way they do and every field whose value changes is listed (strings compared after NFKC,
 * traditional → simplified and spaces, as eval compares): a Taiwan-vocabulary converter (资讯, 入口网站, 档案), a
 * Hong Kong or Taiwan traditional converter, pinyin after characters (規(guī)劃), PDF-like spaces between Chinese and
 * digits and inside words, half-width , ; : ( ), full-width digits, CRLF line ends, no-break and ideographic spaces, lines rewrapped at a fixed width, a betting brand inserted
 * (never replacing a name).
 * A converter's vocabulary in a title or a name is the text's own writing (政府資訊公開… as written), so changed
 * titles are counted and not listed. Reads the development half of ../shared/corpus/pages (never the held half),
 * the seeds and the project's fixtures.
 * Usage: npx tsx scripts/mirror-probe.ts [kind,kind…]
 */
import { Converter } from 'opencc-js/cn2t'
import { toSimplified } from '../src/main/text/index'
import type { FieldValue } from '../src/shared/fields'
import { PROBE_DIRS, probeTexts, SCORED_FIELDS, textValues } from './lib/text-values'

const every = (n: number, add: (c: string) => string) => (t: string): string => {
  let k = 0
  // (not after a character a mirror has annotated already: 現(xiàn))
  return t.replace(/[\u4e00-\u9fa5](?![(（])/g, (c) => (++k % n === 0 ? add(c) : c))
}
const KINDS: Record<string, (t: string) => string> = {
  twp: Converter({ from: 'cn', to: 'twp' }),
  tw: Converter({ from: 'cn', to: 'tw' }),
  hk: Converter({ from: 'cn', to: 'hk' }),
  pinyin: every(7, (c) => `${c}(guī)`),
  spacing: (t) => every(9, (c) => `${c} `)(t.replace(/(\d)([\u4e00-\u9fa5])/g, '$1 $2').replace(/([\u4e00-\u9fa5])(\d)/g, '$1 $2')),
  halfwidth: (t) => t.replace(/[，；：（）]/g, (c) => ({ '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' })[c] ?? c),
  fullwidth: (t) => t.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  spaces: (t) => t.replace(/ /g, '\u00a0').replace(/\n/g, '\n\u3000\u3000'),
  // a page's lines rewrapped at a fixed width, as a PDF's text comes out (never inside a number)
  // (a table's rows are rebuilt by the PDF reader, not wrapped: lines with cells are left whole)
  wrap: (t) => t.split('\n').map((l) => (/[\t|｜]/.test(l) ? l : l.replace(/(.{36}(?:(?<=\d)\d*)?)(?=.)/g, '$1\n'))).join('\n'),
  // a betting brand inserted without deleting anything: as the page's first line, and before the first 来源/发布机构
  // value (pages README: p071, p072, p128)
  spam: (t) => `明升体育\n${t}`.replace(/((?:来源|发布机构)[:：]\s*)/, '$1滚球体育app_188篮球比分-直播|官网:'),
}
const norm = (v: FieldValue | undefined): string => (typeof v === 'string' ? toSimplified(v.normalize('NFKC')).replace(/\s/g, '') : JSON.stringify(v ?? null))

const texts = probeTexts(PROBE_DIRS)
const wanted = process.argv[2]?.split(',')
const before = texts.map((t) => textValues(t.text))
for (const [kind, rewrite] of Object.entries(KINDS)) {
  if (wanted && !wanted.includes(kind)) continue
  const changed: string[] = []
  const byField: Record<string, number> = {}
  texts.forEach((t, i) => {
    const after = textValues(rewrite(t.text))
    for (const f of SCORED_FIELDS) {
      if (norm(before[i][f]) === norm(after[f])) continue
      byField[f] = (byField[f] ?? 0) + 1
      if (f !== 'title') changed.push(`  ${t.name} ${f}: ${JSON.stringify(before[i][f] ?? null)} → ${JSON.stringify(after[f] ?? null)}`)
    }
  })
  console.log(`\n${kind}: ${texts.length} texts, fields changed ${JSON.stringify(byField)}${changed.length ? '\n' + changed.join('\n') : ''}`)
}
