/**
 * How a command draws a long job's progress on stderr (stdout keeps only its output): one updating line on a
 * terminal; otherwise a line whenever the job, or one of its parts (`key`), enters a new tenth, and at the end,
 * so that a log stays short even when parts running at once report in turns.
 */
export type ProgressWrite = (line: string, tenth: number, end: boolean, key?: string) => void

export function progressWriter(stream: NodeJS.WriteStream = process.stderr): ProgressWrite {
  // the last tenth written of each key
  const last = new Map<string, number>()
  let width = 0
  return (line, tenth, end, key = '') => {
    if (stream.isTTY) {
      // pad over a longer line left before it
      stream.write(`\r${line.padEnd(width)}${end ? '\n' : ''}`)
      width = end ? 0 : line.length
      return
    }
    if (last.get(key) !== tenth || end) {
      last.set(key, tenth)
      stream.write(`${line}\n`)
    }
  }
}
