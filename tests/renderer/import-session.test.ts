// One import as seen on screen: several jobs' progress and one merged per-file summary.
import { describe, expect, it } from 'vitest'
import type { ImportSummary } from '../../src/shared/contract'
import {
  EMPTY_SESSION, importReducer, isActive, isFinished, mergedSummary, runningJobs, sessionProgress, type ImportAction,
} from '../../src/renderer/src/lib/import-session'

const run = (actions: ImportAction[]) => actions.reduce(importReducer, EMPTY_SESSION)
const summary = (part: Partial<ImportSummary>): ImportSummary => ({ imported: [], duplicates: [], failed: [], cancelled: false, ...part })

describe('import session', () => {
  it('follows uploads one job per file and merges their summaries', () => {
    const s1 = run([
      { type: 'queue', files: ['a.txt', 'b.pdf', 'c.docx'] },
      { type: 'uploaded', file: 'a.txt', job: 'j1' },
      { type: 'progress', progress: { job: 'j1', kind: 'import', done: 0, total: 1, current: 'a.txt' } },
    ])
    expect(isActive(s1)).toBe(true)
    expect(sessionProgress(s1)).toEqual({ done: 0, total: 3, current: 'a.txt' })
    const s2 = [
      { type: 'end', end: { job: 'j1', kind: 'import', summary: summary({ imported: [{ id: 1, file: 'a.txt', kind: 'txt', encoding: 'utf-8', warnings: [] }] }) } },
      { type: 'uploaded', file: 'b.pdf', job: 'j2' },
      { type: 'uploadFailed', file: 'c.docx', error: 'too large' },
      { type: 'end', end: { job: 'j2', kind: 'import', summary: summary({ duplicates: [{ file: 'b.pdf', id: 1 }] }) } },
    ].reduce((s, a) => importReducer(s, a as ImportAction), s1)
    expect(isFinished(s2)).toBe(true)
    const m = mergedSummary(s2)
    expect(m.imported.map((x) => x.file)).toEqual(['a.txt'])
    expect(m.duplicates).toEqual([{ file: 'b.pdf', id: 1 }])
    expect(m.failed).toEqual([{ file: 'c.docx', error: 'too large' }])
    expect(sessionProgress(s2)).toMatchObject({ done: 3, total: 3 })
  })

  it('carries the files a folder import skipped, with why, and why an import stopped', () => {
    const skipped = [{ file: 'notes.json', reason: 'not a report by its extension' }, { file: 'passwd', reason: 'symbolic link to a place outside the chosen folder' }]
    const s = run([
      { type: 'progress', progress: { job: 'm1', kind: 'import', done: 0, total: 1, current: null } },
      { type: 'end', end: { job: 'm1', kind: 'import', summary: summary({ skipped, stopped: 'the disk holding the library is full' }) } },
    ])
    expect(mergedSummary(s).skipped).toEqual(skipped)
    expect(mergedSummary(s).stopped).toBe('the disk holding the library is full')
  })

  it('an end that arrives before the upload answer still counts', () => {
    const s = run([
      { type: 'queue', files: ['a.txt'] },
      { type: 'end', end: { job: 'j1', kind: 'import', summary: summary({}) } },
      { type: 'uploaded', file: 'a.txt', job: 'j1' },
    ])
    expect(isFinished(s)).toBe(true)
  })

  it('picks up an import started elsewhere (the Electron menu) from its progress', () => {
    const s = run([{ type: 'progress', progress: { job: 'm1', kind: 'import', done: 2, total: 40, current: 'x.pdf' } }])
    expect(isActive(s)).toBe(true)
    expect(runningJobs(s)).toEqual(['m1'])
    expect(sessionProgress(s)).toEqual({ done: 2, total: 40, current: 'x.pdf' })
  })

  it('ignores export jobs, and cancel drops pending uploads', () => {
    const s = run([
      { type: 'progress', progress: { job: 'e1', kind: 'export', done: 1, total: 2, current: null } },
      { type: 'queue', files: ['a.txt', 'b.txt'] },
      { type: 'cancel' },
    ])
    expect(s.jobs).toEqual({})
    expect(s.uploading).toEqual([])
    expect(s.cancelled).toBe(true)
  })

  it('a new import after a finished one starts a fresh summary', () => {
    const done = run([
      { type: 'queue', files: ['a.txt'] },
      { type: 'uploaded', file: 'a.txt', job: 'j1' },
      { type: 'end', end: { job: 'j1', kind: 'import', summary: summary({ failed: [{ file: 'a.txt', error: 'bad' }] }) } },
    ])
    const next = importReducer(done, { type: 'queue', files: ['b.txt'] })
    expect(next.jobs).toEqual({})
    expect(next.uploading).toEqual(['b.txt'])
  })
})
