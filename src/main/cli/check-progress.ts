/**
 * The progress bar `annalist check` draws on stderr (issue 15): for each part a bar with tables or documents
 * done of all, their rate and the time left; for fixity originals done of all, bytes read, MB/s and the time
 * left. Drawn by progress-writer.ts (in a log: a line per part and per tenth). stdout keeps only the report.
 */
import type { CheckPhase, CheckProgress } from '../library/check'
import { progressWriter } from './progress-writer'

const PHASES: Record<CheckPhase, string> = {
  integrity: 'SQLite integrity check',
  tables: 'every table',
  references: 'references between tables',
  documents: 'whole documents',
  search: 'search index against the texts',
  fixity: 'fixity',
}
const WIDTH = 24

const mb = (bytes: number): string => (bytes / 2 ** 20).toLocaleString('en', { maximumFractionDigits: bytes < 10 * 2 ** 20 ? 1 : 0 })

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m)
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`
}

/** What a part counts in done/total (fixity: originals, with its bytes beside them). */
const UNITS: Record<CheckPhase, string> = {
  integrity: 'tables', tables: 'tables', references: 'tables', documents: 'documents', search: 'documents', fixity: 'originals',
}

const bar = (share: number): string => `[${'#'.repeat(Math.round(share * WIDTH))}${'-'.repeat(WIDTH - Math.round(share * WIDTH))}] ${Math.floor(share * 100)}%`

/** One line for `p`, `seconds` after the part began (pure, for the tests). */
export function checkProgressLine(p: CheckProgress, seconds: number): string {
  if (p.phase === 'fixity' && p.totalBytes > 0) {
    const share = Math.min(1, p.bytes / p.totalBytes)
    const rate = seconds > 0 ? p.bytes / 2 ** 20 / seconds : 0
    const left = rate > 0 ? (p.totalBytes - p.bytes) / 2 ** 20 / rate : 0
    return `fixity ${bar(share)} ` +
      `${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} originals, ${mb(p.bytes)} / ${mb(p.totalBytes)} MB, ` +
      `${rate.toFixed(0)} MB/s, ${p.bytes >= p.totalBytes ? `took ${clock(seconds)}` : `ETA ${clock(left)}`}`
  }
  if (p.total === 0 || p.phase === 'fixity') return `checking: ${PHASES[p.phase]}…`
  // the other parts count tables or documents: their rate, and the time left at that rate
  const share = Math.min(1, p.done / p.total)
  const rate = seconds > 0 ? p.done / seconds : 0
  const left = rate > 0 ? (p.total - p.done) / rate : 0
  return `${PHASES[p.phase]} ${bar(share)} ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} ${UNITS[p.phase]}, ` +
    `${rate < 10 ? rate.toFixed(1) : Math.round(rate).toLocaleString('en')} ${UNITS[p.phase]}/s, ${p.done >= p.total ? `took ${clock(seconds)}` : `ETA ${clock(left)}`}`
}

/**
 * The parts run at once (library/check-lanes.ts) but report in their order, a part's time counted from its first
 * report here; in a log each part keeps its own lines (a line per part and per tenth).
 */
export function checkProgress(stream: NodeJS.WriteStream = process.stderr, now: () => number = () => performance.now()): (p: CheckProgress) => void {
  const write = progressWriter(stream)
  let phase: CheckPhase | null = null
  let started = now()
  return (p) => {
    if (p.phase !== phase) {
      phase = p.phase
      started = now()
    }
    const end = p.phase === 'fixity' && p.totalBytes > 0 && p.bytes >= p.totalBytes
    const tenth = p.totalBytes > 0 ? Math.floor((p.bytes * 10) / p.totalBytes) : p.total > 0 ? Math.floor((p.done * 10) / p.total) : 0
    write(checkProgressLine(p, p.elapsed ?? (now() - started) / 1000), tenth, end, p.phase)
  }
}
