/**
 * How a command draws a long job's progress on stderr (stdout keeps only its output): one updating line on a
 * terminal; otherwise a line whenever the job enters a new tenth (or a new `key`: a new part) and at the end,
 * so that a log stays short.
 */
export type ProgressWrite = (line: string, tenth: number, end: boolean, key?: string) => void

export function progressWriter(stream: NodeJS.WriteStream = process.stderr): ProgressWrite {
  let last = ''
  let width = 0
  return (line, tenth, end, key = '') => {
    if (stream.isTTY) {
      // pad over a longer line left before it
      stream.write(`\r${line.padEnd(width)}${end ? '\n' : ''}`)
      width = end ? 0 : line.length
      return
    }
    const at = `${key}:${tenth}`
    if (at !== last || end) {
      last = at
      stream.write(`${line}\n`)
    }
  }
}
