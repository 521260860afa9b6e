/**
 * What the probes (scripts/cut-probe.ts, scripts/mirror-probe.ts) read: a text's fields as the extractor gives them,
 * the ten fields eval scores, and the texts a probe may read — the development half of ../shared/corpus/pages (never
 * the held half), the seeds, and the project's fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import halves from '../../src/main/eval/pages-halves.json'
import { extractReport } from '../../src/main/extract/index'
import { cleanText } from '../../src/main/text/index'
import type { ParsedDocument } from '../../src/shared/document'
import type { FieldValue } from '../../src/shared/fields'

export const SCORED_FIELDS = ['title', 'agency', 'region', 'report_year', 'publish_date', 'format', 'proactive_disclosures', 'applications_received', 'admin_reconsiderations', 'admin_lawsuits']

/** a plain text's fields, by id */
export function textValues(text: string): Record<string, FieldValue> {
  const doc: ParsedDocument = { kind: 'txt', encoding: 'utf-8', pageCount: null, text, blocks: [], warnings: [] }
  const out: Record<string, FieldValue> = {}
  for (const f of extractReport(doc, cleanText(doc.text)).fields) out[f.field] = f.value
  return out
}

const root = join(import.meta.dirname, '..', '..')
const shared = join(root, '..', 'shared', 'corpus')
/** the folders a probe reads by default */
export const PROBE_DIRS = [join(shared, 'pages'), join(shared, 'seeds'), ...['real-shapes', 'reports', 'heldout', 'blind'].map((d) => join(root, 'tests', 'fixtures', d))]

/** every .txt of `dirs` a probe may read, named `folder/file` (an absent folder is said and skipped) */
export function probeTexts(dirs: readonly string[]): { name: string; text: string }[] {
  const held = new Set<string>(halves.held)
  const out: { name: string; text: string }[] = []
  for (const dir of dirs) {
    if (!existsSync(dir)) { console.log(`(skipped: ${dir} is absent)`); continue }
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      if (dir.endsWith('pages') && held.has(name.replace(/\.txt$/, ''))) continue
      out.push({ name: `${dir.split('/').pop()}/${name}`, text: readFileSync(join(dir, name), 'utf8') })
    }
  }
  return out
}
