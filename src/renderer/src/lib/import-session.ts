/**
 * One import as the person sees it: possibly several jobs (browser mode uploads one file per request,
 * each its own job; Electron's menu starts one job for many files), their progress, and one summary
 * merged from all of them. A pure reducer, so the merging is tested without a server.
 */
import type { ImportSummary, JobEnd, JobProgress } from '../../../shared/contract'

export interface ImportSession {
  /** files still to upload (browser mode) */
  uploading: string[]
  jobs: Record<string, { progress: JobProgress | null; summary: ImportSummary | null }>
  cancelled: boolean
}

export type ImportAction =
  | { type: 'queue'; files: string[] }
  | { type: 'uploaded'; file: string; job: string }
  | { type: 'uploadFailed'; file: string; error: string }
  | { type: 'progress'; progress: JobProgress }
  | { type: 'end'; end: JobEnd }
  | { type: 'cancel' }
  | { type: 'dismiss' }

export const EMPTY_SESSION: ImportSession = { uploading: [], jobs: {}, cancelled: false }
const EMPTY_SUMMARY: ImportSummary = { imported: [], duplicates: [], failed: [], cancelled: false }

export function importReducer(s: ImportSession, a: ImportAction): ImportSession {
  switch (a.type) {
    case 'queue':
      return { ...(isFinished(s) ? EMPTY_SESSION : s), uploading: [...s.uploading, ...a.files] }
    case 'uploaded':
      return {
        ...s,
        uploading: dropOne(s.uploading, a.file),
        jobs: { ...s.jobs, [a.job]: s.jobs[a.job] ?? { progress: null, summary: null } },
      }
    case 'uploadFailed': {
      // a file the server never took: it belongs in the summary as failed, under a job of its own
      const key = `upload:${a.file}:${Object.keys(s.jobs).length}`
      const summary = { ...EMPTY_SUMMARY, failed: [{ file: a.file, error: a.error }] }
      return { ...s, uploading: dropOne(s.uploading, a.file), jobs: { ...s.jobs, [key]: { progress: null, summary } } }
    }
    case 'progress': {
      if (a.progress.kind !== 'import') return s
      const prev = s.jobs[a.progress.job]
      const base = prev ? s : (isFinished(s) ? EMPTY_SESSION : s)
      return { ...base, jobs: { ...base.jobs, [a.progress.job]: { progress: a.progress, summary: prev?.summary ?? null } } }
    }
    case 'end': {
      if (a.end.kind !== 'import') return s
      const prev = s.jobs[a.end.job]
      return { ...s, jobs: { ...s.jobs, [a.end.job]: { progress: prev?.progress ?? null, summary: a.end.summary } } }
    }
    case 'cancel':
      return { ...s, uploading: [], cancelled: true }
    case 'dismiss':
      return EMPTY_SESSION
  }
}

function dropOne(list: string[], item: string): string[] {
  const i = list.indexOf(item)
  return i < 0 ? list : [...list.slice(0, i), ...list.slice(i + 1)]
}

export function isActive(s: ImportSession): boolean {
  return s.uploading.length > 0 || Object.values(s.jobs).some((j) => j.summary === null)
}

export function isFinished(s: ImportSession): boolean {
  return !isActive(s) && Object.keys(s.jobs).length > 0
}

export function runningJobs(s: ImportSession): string[] {
  return Object.entries(s.jobs).filter(([id, j]) => j.summary === null && !id.startsWith('upload:')).map(([id]) => id)
}

export function sessionProgress(s: ImportSession): { done: number; total: number; current: string | null } {
  let done = 0
  let total = s.uploading.length
  let current: string | null = s.uploading[0] ?? null
  for (const j of Object.values(s.jobs)) {
    if (j.summary) {
      const n = j.summary.imported.length + j.summary.duplicates.length + j.summary.failed.length
      done += n
      total += Math.max(n, j.progress?.total ?? 0)
    } else if (j.progress) {
      done += j.progress.done
      total += j.progress.total
      current = j.progress.current ?? current
    } else total += 1
  }
  return { done, total, current }
}

export function mergedSummary(s: ImportSession): ImportSummary {
  const out: ImportSummary = { imported: [], duplicates: [], failed: [], cancelled: s.cancelled }
  for (const j of Object.values(s.jobs)) {
    if (!j.summary) continue
    out.imported.push(...j.summary.imported)
    out.duplicates.push(...j.summary.duplicates)
    out.failed.push(...j.summary.failed)
    if (j.summary.skipped?.length) out.skipped = [...(out.skipped ?? []), ...j.summary.skipped]
    if (j.summary.archives?.length) out.archives = [...(out.archives ?? []), ...j.summary.archives]
    out.cancelled ||= j.summary.cancelled
    out.stopped ??= j.summary.stopped
  }
  return out
}
