/**
 * What a command prints while an older library's texts are repacked when it opens (migration 13,
 * library/text-repack.ts): one updating line on a terminal, a line every tenth otherwise, on stderr so that
 * --json output stays clean. A kill meanwhile loses nothing: the next command goes on from there.
 */
import type { RepackProgress } from '../library/text-repack'
import type { UpgradeStepProgress } from '../library/upgrade-steps'
import { progressWriter } from './progress-writer'

export function migrationProgress(stream: NodeJS.WriteStream = process.stderr): (p: RepackProgress) => void {
  const write = progressWriter(stream)
  return ({ done, total }) => {
    const pct = total ? Math.floor((done * 100) / total) : 100
    const line = `upgrading the library's texts (stored once): ${done.toLocaleString('en')} / ${total.toLocaleString('en')} documents (${pct}%)`
    write(line, Math.floor(pct / 10), done >= total)
  }
}

/**
 * A migration's long steps (library/upgrade-steps.ts): a line when each begins and when it ends, and for a step
 * that goes by documents its count (`upgrading the library to version 15: step 3/3, the search index of file
 * names: 120,000 / 200,000 documents (60%)`).
 */
export function upgradeStepLine(p: UpgradeStepProgress): string {
  const head = `upgrading the library to version ${p.version}: step ${p.step}/${p.steps}, ${p.name}`
  if (p.total > 0) return `${head}: ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} documents (${Math.floor((p.done * 100) / p.total)}%)`
  return p.finished ? `${head}: done` : `${head}…`
}

export function upgradeStepProgress(stream: NodeJS.WriteStream = process.stderr): (p: UpgradeStepProgress) => void {
  const write = progressWriter(stream)
  return (p) => write(upgradeStepLine(p), p.total > 0 ? Math.floor((p.done * 10) / p.total) : 0, p.finished, p.id)
}
