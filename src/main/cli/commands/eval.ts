/**
 * `annalist eval <dir> [--json]`: import every report in <dir> that has a `<name>.gold.json` beside it
 * into a temporary library (the real pipeline) and score the fields. Prints per-field right / wrong /
 * missed / invented, then each file's misses, and ends with exactly one line
 * `score: R/N = P% right, I invented`. --json prints one JSON object instead (its `score` is that line).
 * `--only FILE` scores a subset: FILE lists report ids (file names without extension) as a JSON array or
 * one per line. `--half dev|held` is the subset of ../shared/corpus/pages named in eval/pages-halves.json.
 * Reports with a `<name>.cells.json` also get a table 三 cell score, printed before the score line. A field right
 * only by a form the gold's notes accept (eval/notes-alternatives.ts) is listed on a line of its own, and so is an
 * agency right only as the gold's body written another way (eval/score.ts sameBody), with the strict figure beside.
 * `--summary` prints the per-field table and the score lines only, no file's values: the way to run a held-out half
 * without reading it.
 */
import { readFile, stat } from 'node:fs/promises'
import { option, parseArgs, UsageError } from '../args'
import halves from '../../eval/pages-halves.json'
import { evalFolder } from '../../eval/run-eval'
import { byAlternative, bySameBody, scoreLine, tallyByField } from '../../eval/score'

/** The ids named by --only FILE or --half dev|held; undefined for the whole folder. */
async function subset(onlyFile: string | undefined, half: string | undefined): Promise<Set<string> | undefined> {
  if (onlyFile && half) throw new UsageError('give --only or --half, not both')
  if (half) {
    if (half !== 'dev' && half !== 'held') throw new UsageError('--half is dev or held')
    return new Set(halves[half])
  }
  if (!onlyFile) return undefined
  const text = await readFile(onlyFile, 'utf8').catch(() => { throw new UsageError(`cannot read ${onlyFile}`) })
  const ids = text.trim().startsWith('[') ? (JSON.parse(text) as unknown[]).map(String) : text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
  return new Set(ids)
}

const show = (v: unknown): string => (v === null || v === undefined ? '∅' : JSON.stringify(v))

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'summary'])
  const dir = args.positionals[0]
  if (!dir || args.positionals.length > 1) throw new UsageError('give one folder of reports with .gold.json files')
  const st = await stat(dir).catch(() => null)
  if (!st || !st.isDirectory()) throw new UsageError(`${dir} is not a folder`)
  const report = await evalFolder(dir, { only: await subset(option(args, 'only'), option(args, 'half')) })
  const scores = report.files.map((f) => f.score)
  const tally = tallyByField(scores)
  const line = scoreLine(scores)
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify({ fields: tally, files: report.files, withoutGold: report.withoutGold, byAlternative: byAlternative(scores), bySameBody: bySameBody(scores), score: line }) + '\n')
    return 0
  }
  const out: string[] = []
  if (!report.files.length) out.push(`no report with a .gold.json beside it in ${dir}`)
  const w = Math.max(5, ...tally.map((t) => t.field.length))
  out.push(`${'field'.padEnd(w)}  right  wrong  missed  invented`)
  for (const t of tally) {
    out.push(`${t.field.padEnd(w)}  ${String(t.right).padStart(5)}  ${String(t.wrong).padStart(5)}  ${String(t.missed).padStart(6)}  ${String(t.invented).padStart(8)}`)
  }
  out.push('')
  const summary = args.flags.has('summary')
  for (const f of summary ? [] : report.files) {
    const bad = f.score.fields.filter((x) => x.outcome !== 'right')
    if (f.error) out.push(`${f.file}: not imported: ${f.error}`)
    if (!bad.length) continue
    out.push(`${f.file}:`)
    for (const b of bad) out.push(`  ${b.outcome.padEnd(8)} ${b.field}: gold ${show(b.gold)}, got ${show(b.got)}`)
  }
  const alternative = report.files.flatMap((f) => f.score.fields.filter((x) => x.alternative).map((x) => `${f.file} ${x.field} ${show(x.got)}`))
  // the gold's notes accept the body's other written form: right, and listed so the strict figure can be told
  if (alternative.length) out.push(summary ? `right by a form the gold's notes accept: ${alternative.length}` : `right by a form the gold's notes accept (${alternative.length}): ${alternative.join('; ')}`)
  const same = report.files.flatMap((f) => f.score.fields.filter((x) => x.sameBody).map((x) => `${f.file} ${show(x.got)} for ${show(x.gold)}`))
  if (same.length) out.push(summary ? `agency right as the gold's body written another way: ${same.length}` : `agency right as the gold's body written another way (${same.length}): ${same.join('; ')}`)
  const withCells = report.files.filter((f) => f.cells)
  for (const f of summary ? [] : withCells) {
    for (const m of f.cells!.misses) out.push(`  ${f.file} cell ${m.cell}: gold ${m.gold}, got ${show(m.got)}`)
  }
  if (withCells.length) {
    const right = withCells.reduce((a, f) => a + f.cells!.right, 0), total = withCells.reduce((a, f) => a + f.cells!.total, 0)
    out.push(`table 三 cells: ${right}/${total} = ${((right / total) * 100).toFixed(1)}% right`)
  }
  if (same.length) {
    const right = scores.reduce((a, sc) => a + sc.right, 0) - same.length, total = scores.reduce((a, sc) => a + sc.total, 0)
    out.push(`strict, every agency as the gold writes it: ${right}/${total} = ${((right / total) * 100).toFixed(1)}% right`)
  }
  if (report.withoutGold.length) out.push(`not scored (no .gold.json): ${report.withoutGold.join(', ')}`)
  out.push(line)
  process.stdout.write(out.join('\n') + '\n')
  return 0
}
