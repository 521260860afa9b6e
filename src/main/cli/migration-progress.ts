/**
 * What a command prints while an older library's texts are repacked when it opens (migration 13,
 * library/text-repack.ts): one updating line on a terminal, a line every tenth otherwise, on stderr so that
 * --json output stays clean. A kill meanwhile loses nothing: the next command goes on from there.
 */
import type { RepackProgress } from '../library/text-repack'
import { progressWriter } from './progress-writer'

export function migrationProgress(stream: NodeJS.WriteStream = process.stderr): (p: RepackProgress) => void {
  const write = progressWriter(stream)
  return ({ done, total }) => {
    const pct = total ? Math.floor((done * 100) / total) : 100
    const line = `upgrading the library's texts (stored once): ${done.toLocaleString('en')} / ${total.toLocaleString('en')} documents (${pct}%)`
    write(line, Math.floor(pct / 10), done >= total)
  }
}
