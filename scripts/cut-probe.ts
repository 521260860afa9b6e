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
import type { FieldValue } from '../src/shared/fields'
import { PROBE_DIRS, probeTexts, SCORED_FIELDS, textValues } from './lib/text-values'

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const from = arg('--from', 450)
const step = arg('--step', 5)
const named = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !['--from', '--step'].includes(all[i - 1]))

/** the two versions of the standard format are one answer for a cut text that may no longer show which */
const same = (field: string, a: FieldValue, b: FieldValue): boolean =>
  JSON.stringify(a) === JSON.stringify(b) || (field === 'format' && String(a).startsWith('standard') && String(b).startsWith('standard'))

const listed: Record<string, string[]> = {}
let cuts = 0
for (const { name, text } of probeTexts(named.length ? named : PROBE_DIRS)) {
  const whole = textValues(text)
  const seen = new Set<string>()
  for (let at = from; at < text.length - step; at += step) {
    cuts++
    const cut = textValues(text.slice(0, at))
    for (const field of SCORED_FIELDS) {
      const a = whole[field] ?? null, b = cut[field] ?? null
      if (b === null || same(field, a, b)) continue
      const key = `${field} ${JSON.stringify(a)} ${JSON.stringify(b)}`
      if (seen.has(key)) continue
      seen.add(key)
      const tail = text.slice(Math.max(0, at - 25), at).replace(/\n/g, '⏎')
      ;(listed[field] ??= []).push(`${name}@${at}: ${JSON.stringify(a)} → ${JSON.stringify(b)}   …${tail}✂`)
    }
  }
}
console.log(`${cuts} cuts`)
for (const [field, lines] of Object.entries(listed)) console.log(`\n${field}: ${lines.length}\n  ${lines.join('\n  ')}`)
