/**
 * Files an export or a backup must never write, whatever the person asked: the open library and its
 * SQLite companions (-wal, -shm, -journal). Compared by real path (symlinks and `..` resolved) and, when
 * both exist, by device and inode (a hard link is the same file under another name). Issue 10.
 */
import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { ApiError } from '../../shared/contract'

const COMPANIONS = ['', '-wal', '-shm', '-journal']

/** The library file and every file SQLite keeps beside it. */
export function libraryFiles(library: string): string[] {
  return COMPANIONS.map((suffix) => `${library}${suffix}`)
}

/** The real path `p` names, also when it does not exist yet (its folder resolved, its name kept). */
async function realTarget(p: string): Promise<string> {
  const abs = resolve(p)
  const whole = await realpath(abs).catch(() => null)
  if (whole) return whole
  const dir = await realpath(dirname(abs)).catch(() => dirname(abs))
  return join(dir, basename(abs))
}

async function identity(p: string): Promise<string | null> {
  const s = await stat(p).catch(() => null)
  return s ? `${s.dev}:${s.ino}` : null
}

/** Throws ApiError('conflict') when `out` is (or links to) one of `protectedFiles`. */
export async function refuseProtected(out: string, protectedFiles: readonly string[]): Promise<void> {
  if (protectedFiles.length === 0) return
  const target = await realTarget(out)
  const targetId = await identity(target)
  for (const p of protectedFiles) {
    const same = (await realTarget(p)) === target || (targetId !== null && (await identity(p)) === targetId)
    if (same) throw new ApiError('conflict', `${out} is the library (or one of its files); it is never overwritten — choose another name`)
  }
}
