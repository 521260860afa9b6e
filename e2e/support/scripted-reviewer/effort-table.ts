/** The review-effort figures (issue 11, point 10): medians per correction and per document, printed as a table. */
import type { DocEffort, FieldEffort, LibraryRun } from './drive'

/** keystroke-level model (Card, Moran & Newell): an average typist's key, and one mental step per decision */
export const KLM_KEY_S = 0.28
export const KLM_THINK_S = 1.35

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

const fmt = (n: number | null, d = 1): string => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(d))
const done = (f: FieldEffort): boolean => f.method !== 'failed' && f.method !== 'unreachable'
const standard = (d: DocEffort): boolean => d.format.startsWith('standard')

/** human input time of a document by the model: its keys, one decision per correction and one for the verdict */
export function klmSeconds(d: DocEffort): number {
  return d.keys * KLM_KEY_S + (d.fields.length + 1) * KLM_THINK_S
}

export interface Summary {
  documents: number
  corrections: number
  failed: number
  keysPerCorrection: { freeForm: number | null; table: number | null }
  keysPerDocument: { freeForm: number | null; standard: number | null }
  /** the same over the documents that needed at least one correction */
  keysPerCorrectedDocument: { freeForm: number | null; standard: number | null; count: number }
  mouse: number
  secondsPerDocument: number | null
  documentsPerHour: number | null
  klmDocumentsPerHour: number | null
}

export function summarize(run: LibraryRun): Summary {
  const docs = run.documents
  const fields = docs.flatMap((d) => d.fields)
  const ok = fields.filter(done)
  const perDoc = docs.map((d) => d.seconds)
  const klm = median(docs.map(klmSeconds))
  const corrected = docs.filter((d) => d.fields.length > 0)
  return {
    documents: docs.length,
    corrections: fields.length,
    failed: fields.length - ok.length,
    keysPerCorrection: {
      freeForm: median(ok.filter((f) => f.kind === 'free-form').map((f) => f.keys)),
      table: median(ok.filter((f) => f.kind === 'table').map((f) => f.keys)),
    },
    keysPerDocument: { freeForm: median(docs.filter((d) => !standard(d)).map((d) => d.keys)), standard: median(docs.filter(standard).map((d) => d.keys)) },
    keysPerCorrectedDocument: {
      freeForm: median(corrected.filter((d) => !standard(d)).map((d) => d.keys)),
      standard: median(corrected.filter(standard).map((d) => d.keys)),
      count: corrected.length,
    },
    mouse: run.mouse,
    secondsPerDocument: median(perDoc),
    documentsPerHour: run.seconds > 0 ? (docs.length / run.seconds) * 3600 : null,
    klmDocumentsPerHour: klm ? 3600 / klm : null,
  }
}

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))]
  const w = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0))))
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((k, ch) => k + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)))
  const line = (r: string[]) => `| ${r.map((c, i) => pad(c, w[i])).join(' | ')} |`
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n')
}

/** the summary row of one set (with goals), then per field: how many corrections, how, median keys */
export function effortReport(set: string, run: LibraryRun): string {
  const s = summarize(run)
  const out: string[] = []
  out.push(table(
    ['set', 'docs (corrected)', 'corrections (failed)', 'keys/correction free-form (goal ≤4)', 'keys/cell standard (goal ≤8)', 'keys/doc free-form (corrected docs)', 'keys/doc standard (corrected docs)', 'mouse', 's/doc (script)', 'docs/h (script)', 'docs/h (KLM input)'],
    [[set, `${s.documents} (${s.keysPerCorrectedDocument.count})`, `${s.corrections} (${s.failed})`, fmt(s.keysPerCorrection.freeForm), fmt(s.keysPerCorrection.table),
      `${fmt(s.keysPerDocument.freeForm)} (${fmt(s.keysPerCorrectedDocument.freeForm)})`, `${fmt(s.keysPerDocument.standard)} (${fmt(s.keysPerCorrectedDocument.standard)})`,
      s.mouse, fmt(s.secondsPerDocument, 2), fmt(s.documentsPerHour, 0), fmt(s.klmDocumentsPerHour, 0)]],
  ))
  const byField = new Map<string, FieldEffort[]>()
  for (const f of run.documents.flatMap((d) => d.fields)) byField.set(f.field, [...(byField.get(f.field) ?? []), f])
  if (byField.size > 0) {
    const rows = [...byField.entries()].sort((a, b) => b[1].length - a[1].length).map(([field, fs]) => {
      const methods = new Map<string, number>()
      for (const f of fs) methods.set(f.method, (methods.get(f.method) ?? 0) + 1)
      const was = (w: FieldEffort['was']) => fs.filter((f) => f.was === w).length
      return [field, fs.length, `${was('missed')}/${was('wrong')}/${was('invented')}`, `${fs.filter((f) => f.offered > 0).length}/${fs.filter((f) => f.goldOffered).length}`,
        [...methods].map(([m, n]) => `${m} ${n}`).join(', '), fmt(median(fs.filter(done).map((f) => f.navKeys))), fmt(median(fs.filter(done).map((f) => f.keys - f.navKeys))), fmt(median(fs.filter(done).map((f) => f.keys))), fmt(median(fs.map((f) => f.seconds)), 2)]
    })
    out.push('', table(['field', 'n', 'missed/wrong/invented', 'suggested/gold among them', 'how', 'median keys to reach', 'median keys to set', 'median keys', 'median s'], rows))
  }
  const failures = run.documents.flatMap((d) => d.fields.filter((f) => !done(f)).map((f) => `${d.file} ${f.field}: ${f.method} (${f.error ?? ''})`))
  out.push('', `keys moving between documents: ${run.navKeys} (${run.ignoredKeys} j the desk ignored); key events sent ${run.keyEvents.sent}, seen by the page ${run.keyEvents.seen}; mouse events seen by the page: ${run.mouse}`)
  if (failures.length > 0) out.push('', 'not corrected:', ...failures.map((f) => `  ${f}`))
  const unverified = run.documents.filter((d) => !d.verified || d.left.length > 0).map((d) => `  ${d.file}: ${d.verified ? '' : 'not verified; '}${d.left.length ? `still off gold: ${d.left.join(', ')}` : ''}`)
  if (unverified.length > 0) out.push('', 'documents not brought to gold:', ...unverified)
  return out.join('\n')
}
