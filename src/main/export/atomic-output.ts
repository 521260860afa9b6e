/**
 * Writing an export so that it appears whole or not at all: every format writes into a sibling
 * `<out>.partial-XXXX` (file or directory) and renames it onto `out` only when finished, so a failed or
 * cancelled export never leaves a half-written file where a person would take it for the real one.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, resolve } from 'node:path'
import { ApiError } from '../../shared/contract'

function partialPath(out: string): string {
  return `${out}.partial-${randomBytes(4).toString('hex')}`
}

async function checkTarget(out: string, kind: 'file' | 'dir'): Promise<void> {
  const dir = dirname(out)
  const parent = await stat(dir).catch(() => null)
  if (!parent?.isDirectory()) throw new ApiError('bad_request', `the folder for the export does not exist: ${dir}`)
  const existing = await stat(out).catch(() => null)
  if (!existing) return
  if (kind === 'file' && existing.isDirectory()) {
    throw new ApiError('bad_request', `${out} is a folder; give a file name for the export`)
  }
  // A bag is a folder of many files: replacing one wholesale could destroy unrelated work, so refuse.
  if (kind === 'dir') throw new ApiError('conflict', `${out} already exists; choose a new folder for the bag`)
}

/**
 * Runs `write` against a temporary path beside `out` and moves the result into place on success.
 * `beforeRename` may still refuse (a cancel that arrived while the last bytes were written).
 */
export async function writeAtomically<T>(
  out: string, kind: 'file' | 'dir', write: (tmp: string) => Promise<T>, beforeRename?: () => void,
): Promise<T> {
  const target = resolve(out)
  if (!basename(target)) throw new ApiError('bad_request', 'the export needs an output path')
  await checkTarget(target, kind)
  const tmp = partialPath(target)
  if (kind === 'dir') await mkdir(tmp)
  try {
    const result = await write(tmp)
    beforeRename?.()
    if (kind === 'dir') await checkTarget(target, kind) // someone may have created it meanwhile
    await rename(tmp, target)
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
    const stream = createWriteStream(path, { flags: 'wx' })
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

  async close(): Promise<number> {
    if (this.failure) throw this.failure
    await new Promise<void>((ok, fail) => {
      this.stream.once('error', fail)
      this.stream.end(() => ok())
    })
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
