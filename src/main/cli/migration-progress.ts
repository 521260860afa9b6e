/**
 * What a command prints while an older library's texts are repacked when it opens (migration 13,
 * library/text-repack.ts): one updating line on a terminal, a line every tenth otherwise, on stderr so that
 * --json output stays clean. A kill meanwhile loses nothing: the next command goes on from there.
 */
import type { RepackProgress } from '../library/text-repack'

export function migrationProgress(stream: NodeJS.WriteStream = process.stderr): (p: RepackProgress) => void {
  let lastTenth = -1
  return ({ done, total }) => {
    const pct = total ? Math.floor((done * 100) / total) : 100
    const line = `upgrading the library's texts (stored once): ${done.toLocaleString('en')} / ${total.toLocaleString('en')} documents (${pct}%)`
    if (stream.isTTY) stream.write(`\r${line}${done >= total ? '\n' : ''}`)
    else if (Math.floor(pct / 10) !== lastTenth || done >= total) {
      lastTenth = Math.floor(pct / 10)
      stream.write(`${line}\n`)
    }
  }
}
