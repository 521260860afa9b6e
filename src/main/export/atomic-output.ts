/**
 * Writing an export so that it appears whole or not at all, and never where it should not: every format
 * writes into a sibling `<out>.partial-<pid>-XXXXXXXX` (file or directory) and renames it onto `out` only
 * when finished, so a failed or cancelled export never leaves a half-written file where a person would take
 * it for the real one. An existing `out` is refused unless `force`; the library's own files always (issue 10).
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { ApiError } from '../../shared/contract'
import { partialName, sweepPartials } from './leftovers'
import { refuseProtected } from './protected-paths'

export interface OutputOptions {
  /** replace an existing `out` (a file, or a folder that is a bag) */
  force?: boolean
  /** files never to write, even with force (the library and its -wal/-shm: protected-paths) */
  protect?: readonly string[]
}

/**
 * Where export files are opened. Tests swap `open` for a stream that fails the way a full disk does
 * (writes to /dev/full get ENOSPC from the kernel); nothing else changes it.
 */
export const outputStreams = {
  open(path: string): WriteStream {
    // 8 MiB may wait for the disk while the next chunks are read: one mebibyte write at a time left the export idle (issue 15)
    return createWriteStream(path, { flags: 'wx', highWaterMark: 8 << 20 })
  },
}

function partialPath(out: string): string {
  return partialName(out, randomBytes(4).toString('hex'))
}

async function isBag(dir: string): Promise<boolean> {
  return (await stat(join(dir, 'bagit.txt')).catch(() => null))?.isFile() ?? false
}

/** Refuses what must not be written; returns whether an existing `out` will be replaced. */
async function checkTarget(out: string, kind: 'file' | 'dir', opts: OutputOptions): Promise<boolean> {
  const dir = dirname(out)
  const parent = await stat(dir).catch(() => null)
  if (!parent?.isDirectory()) throw new ApiError('bad_request', `the folder for the export does not exist: ${dir}`)
  await refuseProtected(out, opts.protect ?? [])
  const existing = await stat(out).catch(() => null)
  if (!existing) return false
  if (kind === 'file' && existing.isDirectory()) throw new ApiError('bad_request', `${out} is a folder; give a file name for the export`)
  if (kind === 'dir' && !existing.isDirectory()) throw new ApiError('conflict', `${out} is a file; choose a new folder for the bag`)
  if (!opts.force) throw new ApiError('conflict', `${out} already exists; choose another name, or replace it with --force`)
  // a bag is a folder of many files: only an earlier bag is replaced, never a folder of other work
  if (kind === 'dir' && !(await isBag(out))) throw new ApiError('conflict', `${out} is a folder that is not a bag; choose a new folder for the bag`)
  return true
}

/**
 * Runs `write` against a temporary path beside `out` and moves the result into place on success.
 * `beforeRename` may still refuse (a cancel that arrived while the last bytes were written).
 */
export async function writeAtomically<T>(
  out: string, kind: 'file' | 'dir', write: (tmp: string) => Promise<T>, beforeRename?: () => void, opts: OutputOptions = {},
): Promise<T> {
  const target = resolve(out)
  if (!basename(target)) throw new ApiError('bad_request', 'the export needs an output path')
  await checkTarget(target, kind, opts)
  sweepPartials(dirname(target)) // what a crashed export left in this folder
  const tmp = partialPath(target)
  if (kind === 'dir') await mkdir(tmp)
  try {
    const result = await write(tmp)
    beforeRename?.()
    const replace = await checkTarget(target, kind, opts) // someone may have created it meanwhile
    if (replace && kind === 'dir') {
      // rename() cannot replace a non-empty folder: the old bag steps aside, the new one takes its place
      const old = partialPath(target)
      await rename(target, old)
      await rename(tmp, target).catch(async (e: unknown) => { await rename(old, target); throw e })
      await rm(old, { recursive: true, force: true })
    } else {
      await rename(tmp, target)
    }
    return result
  } catch (e) {
    await rm(tmp, { recursive: true, force: true })
    throw e
  }
}

/** A UTF-8 text file written in pieces, waiting for the disk when its buffer is full (bounded memory). */
export class TextFileWriter {
  private bytesWritten = 0
  private failure: Error | null = null
  private constructor(private readonly stream: WriteStream) {
    stream.on('error', (e) => { this.failure = e })
  }

  static async open(path: string): Promise<TextFileWriter> {
    const stream = outputStreams.open(path)
    await new Promise<void>((ok, fail) => {
      stream.once('open', () => ok())
      stream.once('error', fail)
    })
    return new TextFileWriter(stream)
  }

  get bytes(): number {
    return this.bytesWritten
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure
    this.bytesWritten += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength
    if (!this.stream.write(chunk)) {
      await new Promise<void>((ok, fail) => {
        const onError = (e: Error): void => { this.stream.off('drain', onDrain); fail(e) }
        const onDrain = (): void => { this.stream.off('error', onError); ok() }
        this.stream.once('drain', onDrain)
        this.stream.once('error', onError)
      })
    }
  }

  /** Flushes and closes; a write that failed on the way (a full disk) is thrown here at the latest. */
  async close(): Promise<number> {
    if (this.failure) throw this.failure
    this.stream.end()
    await finished(this.stream)
    if (this.failure) throw this.failure
    return this.bytesWritten
  }

  /** Closes without caring about errors: used on the failure path before the temp file is removed. */
  async abandon(): Promise<void> {
    if (this.stream.closed) return
    await new Promise<void>((ok) => {
      this.stream.once('close', () => ok())
      this.stream.destroy()
    })
  }
}
