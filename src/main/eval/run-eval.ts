/**
 * Evaluate the whole pipeline on a folder of reports with gold answers: every TXT/DOCX/PDF/HTML file
 * that has a `<basename>.gold.json` beside it is imported into a throw-away library through the real
 * import pipeline (readers, cleaning, extraction in workers, SQLite), and the stored fields are scored.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import type { FieldValue } from '../../shared/fields'
import { fieldRecord } from '../import/cross-year'
import { importPaths } from '../import/index'
import { openLibrary } from '../library/db'
import { scoreCells, type CellsScore } from './cells-score'
import { scoreDocument, type DocumentScore } from './score'

const REPORT_EXT = new Set(['.txt', '.docx', '.pdf', '.html', '.htm'])

export interface FileEval {
  file: string
  /** a file that could not be imported is scored as if every field were left empty */
  score: DocumentScore
  error?: string
  /** table 三 cell by cell, when a `<name>.cells.json` is beside the report */
  cells?: CellsScore
}

export interface EvalReport {
  files: FileEval[]
  /** report files with no gold beside them (not scored) */
  withoutGold: string[]
}

/** Report files in `dir` (not recursive) paired with their gold files. */
export async function findEvalPairs(dir: string): Promise<{ pairs: { file: string; gold: string }[]; withoutGold: string[] }> {
  const names = (await readdir(dir)).sort()
  const set = new Set(names)
  const pairs: { file: string; gold: string }[] = []
  const withoutGold: string[] = []
  for (const n of names) {
    const ext = extname(n).toLowerCase()
    if (!REPORT_EXT.has(ext) || n.startsWith('.')) continue
    const gold = basename(n, extname(n)) + '.gold.json'
    if (set.has(gold)) pairs.push({ file: join(dir, n), gold: join(dir, gold) })
    else withoutGold.push(n)
  }
  return { pairs, withoutGold }
}

export interface EvalOptions {
  /** score only the reports whose file name without extension is in this set (a half of a corpus) */
  only?: ReadonlySet<string>
}

export async function evalFolder(dir: string, opts: EvalOptions = {}): Promise<EvalReport> {
  const found = await findEvalPairs(dir)
  const only = opts.only
  const pairs = only ? found.pairs.filter((p) => only.has(basename(p.file, extname(p.file)))) : found.pairs
  const withoutGold = found.withoutGold
  const work = await mkdtemp(join(tmpdir(), 'annalist-eval-'))
  const db = openLibrary(join(work, 'eval.annalist'), { create: true })
  try {
    const summary = await importPaths(db, pairs.map((p) => p.file))
    const idOf = new Map<string, number>()
    for (const i of summary.imported) idOf.set(i.file, i.id)
    for (const d of summary.duplicates) idOf.set(d.file, d.id)
    const failed = new Map(summary.failed.map((f) => [f.file, f.error]))
    const files: FileEval[] = []
    for (const p of pairs) {
      const gold = JSON.parse(await readFile(p.gold, 'utf8')) as Record<string, unknown>
      const id = idOf.get(p.file)
      if (id === undefined) {
        files.push({ file: basename(p.file), score: scoreDocument(gold, {}), error: failed.get(p.file) ?? 'not imported' })
        continue
      }
      const got: Record<string, FieldValue> = fieldRecord(db, id)
      const cellsGold = p.gold.replace(/\.gold\.json$/, '.cells.json')
      const cells = await readFile(cellsGold, 'utf8').then((t) => scoreCells(JSON.parse(t) as Record<string, number>, got), () => undefined)
      files.push({ file: basename(p.file), score: scoreDocument(gold, got), ...(cells ? { cells } : {}) })
    }
    return { files, withoutGold }
  } finally {
    db.close()
    await rm(work, { recursive: true, force: true })
  }
}
