/**
 * Excerpts by cutting (issue 12): the pages store keeps only the first ~600–1,000 characters of a page, so real
 * reports reach the tool cut at any point. Each text is cut every `--step` characters from `--from` on, and a field
 * whose value on the cut text is neither the whole text's value nor empty is listed: a cut must lose values, never
 * make new ones (a total cut in its digits, a cover's month for the year, a heading cut in half read as another
 * outline). A value the cut makes plausible again is listed too (a count whose contradicting breakdown was cut
 * off): read the list, do not count it. Reads the development half of ../shared/corpus/pages (never the held
 * half), the seeds and the project's fixtures.
 * Usage: npx tsx scripts/cut-probe.ts [--from 450] [--step 5] [dir ...]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import halves from '../src/main/eval/pages-halves.json'
import { extractReport } from '../src/main/extract/index'
import { cleanText } from '../src/main/text/index'
import type { ParsedDocument } from '../src/shared/document'
import type { FieldValue } from '../src/shared/fields'

const root = join(import.meta.dirname, '..')
const shared = join(root, '..', 'shared', 'corpus')
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const from = arg('--from', 450)
const step = arg('--step', 5)
const named = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !['--from', '--step'].includes(all[i - 1]))
const dirs = named.length ? named : [join(shared, 'pages'), join(shared, 'seeds'), ...['real-shapes', 'reports', 'heldout'].map((d) => join(root, 'tests', 'fixtures', d))]
const held = new Set<string>(halves.held)

const FIELDS = ['title', 'agency', 'region', 'report_year', 'publish_date', 'format', 'proactive_disclosures', 'applications_received', 'admin_reconsiderations', 'admin_lawsuits']

function values(text: string): Record<string, FieldValue> {
  const doc: ParsedDocument = { kind: 'txt', encoding: 'utf-8', pageCount: null, text, blocks: [], warnings: [] }
  const out: Record<string, FieldValue> = {}
  for (const f of extractReport(doc, cleanText(doc.text)).fields) out[f.field] = f.value
  return out
}

/** the two versions of the standard format are one answer for a cut text that may no longer show which */
const same = (field: string, a: FieldValue, b: FieldValue): boolean =>
  JSON.stringify(a) === JSON.stringify(b) || (field === 'format' && String(a).startsWith('standard') && String(b).startsWith('standard'))

const listed: Record<string, string[]> = {}
let cuts = 0
for (const dir of dirs) {
  if (!existsSync(dir)) { console.log(`(skipped: ${dir} is absent)`); continue }
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    if (dir.endsWith('pages') && held.has(name.replace(/\.txt$/, ''))) continue
    const text = readFileSync(join(dir, name), 'utf8')
    const whole = values(text)
    const seen = new Set<string>()
    for (let at = from; at < text.length - step; at += step) {
      cuts++
      const cut = values(text.slice(0, at))
      for (const field of FIELDS) {
        const a = whole[field] ?? null, b = cut[field] ?? null
        if (b === null || same(field, a, b)) continue
        const key = `${field} ${JSON.stringify(a)} ${JSON.stringify(b)}`
        if (seen.has(key)) continue
        seen.add(key)
        const tail = text.slice(Math.max(0, at - 25), at).replace(/\n/g, '⏎')
        ;(listed[field] ??= []).push(`${dir.split('/').pop()}/${name}@${at}: ${JSON.stringify(a)} → ${JSON.stringify(b)}   …${tail}✂`)
      }
    }
  }
}
console.log(`${cuts} cuts`)
for (const [field, lines] of Object.entries(listed)) console.log(`\n${field}: ${lines.length}\n  ${lines.join('\n  ')}`)
