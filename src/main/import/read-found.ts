/**
 * Read a file found by discovery, refusing anything that is no longer a plain file by the time it is
 * opened: O_NONBLOCK, so that a file swapped for a FIFO cannot hang the import; O_NOFOLLOW on the real
 * path, so that a file swapped for a symbolic link is not followed out of the chosen folder; then fstat
 * on the open descriptor decides.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { open } from 'node:fs/promises'

// both are 0 (absent) on Windows, which has neither FIFOs in folders nor this kind of link swap
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

export async function readFoundFile(real: string | Buffer, maxBytes: number): Promise<Uint8Array> {
  const fh = await open(real, FLAGS)
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw new Error('not a regular file any more (已不是普通文件)')
    if (st.size > maxBytes) throw new Error(`file grew to ${st.size} bytes, over the limit (文件过大)`)
    return await fh.readFile()
  } finally {
    await fh.close()
  }
}

/**
 * readFoundFile for a small file, synchronously: four system calls of a few microseconds each for a report in
 * the page cache, instead of four round trips through the thread pool and their promises (issue 15: a tenth
 * of the main thread's time per report). For files up to a few hundred KB only: a large one would hold the
 * event loop while it is read.
 */
export function readFoundFileSync(real: string | Buffer, maxBytes: number): Uint8Array {
  const fd = openSync(real, FLAGS)
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new Error('not a regular file any more (已不是普通文件)')
    if (st.size > maxBytes) throw new Error(`file grew to ${st.size} bytes, over the limit (文件过大)`)
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * The first `n` bytes of a found file (fewer when it is shorter), read synchronously: a few microseconds for
 * a file in the page cache, against a round trip through the thread pool for each of open, read and close
 * (issue 15: every file of a folder is looked at once before the import, to find web archives).
 */
export function sniffFoundFile(real: string | Buffer, n: number): Uint8Array {
  const fd = openSync(real, FLAGS)
  try {
    const head = Buffer.allocUnsafe(n)
    return head.subarray(0, readSync(fd, head, 0, n, 0))
  } finally {
    closeSync(fd)
  }
}
