/**
 * The progress bar `annalist check` draws on stderr (issue 15): the part being checked, and for fixity a bar
 * with originals done of all, bytes read, MB/s and the time left, drawn by progress-writer.ts (a line per part
 * and one every tenth of fixity in a log). stdout keeps only the report.
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

/** One line for `p`, `seconds` after the part began (pure, for the tests). */
export function checkProgressLine(p: CheckProgress, seconds: number): string {
  if (p.phase !== 'fixity' || p.totalBytes === 0) return `checking: ${PHASES[p.phase]}…`
  const share = Math.min(1, p.bytes / p.totalBytes)
  const filled = Math.round(share * WIDTH)
  const rate = seconds > 0 ? p.bytes / 2 ** 20 / seconds : 0
  const left = rate > 0 ? (p.totalBytes - p.bytes) / 2 ** 20 / rate : 0
  return `fixity [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}% ` +
    `${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} originals, ${mb(p.bytes)} / ${mb(p.totalBytes)} MB, ` +
    `${rate.toFixed(0)} MB/s, ${p.bytes >= p.totalBytes ? `took ${clock(seconds)}` : `ETA ${clock(left)}`}`
}

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
    const tenth = p.totalBytes > 0 ? Math.floor((p.bytes * 10) / p.totalBytes) : 0
    write(checkProgressLine(p, (now() - started) / 1000), tenth, end, p.phase)
  }
}
