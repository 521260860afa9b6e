/**
 * Find the files to import under the paths a person gave: files as they are, folders recursively.
 * Real paths are tracked, so symlink loops and a file reached twice are harmless. Only paths are kept in
 * memory (never contents). A folder's import stays inside that folder (issue 10): a symbolic link leading
 * out of it is not followed. Inside folders, hidden files, system clutter (Office lock files, Thumbs.db),
 * pipes, sockets and devices, and files whose extension says they are plainly not a report (data, images,
 * archives, code: a scraped folder holds many) are left out and listed in `skipped` with the reason, so a
 * person sees what was left out. A file named explicitly is always taken, whatever its extension.
 *
 * Folders are listed by their bytes (readdir as Buffers), so a file name that is not valid UTF-8 (an old
 * GBK archive unpacked on Linux) is still found and read; it is shown with replacement characters.
 *
 * A folder of 200,000 reports is listed in a few seconds (issue 15: the listing was ~70 CPU-seconds before the
 * first document of such an import): a plain file inside a folder (its directory entry says so) needs neither
 * realpath (its real path is the folder's plus its name) nor an asynchronous lstat (each a round trip through
 * the thread pool and a promise); its size comes from a synchronous lstat, a few hundred at a time between
 * turns of the event loop. Links, folders and anything else take the careful path as before.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import { lstatSync, type Dirent, type Stats } from 'node:fs'
import { sep } from 'node:path'

export interface FoundFile {
  /** the path as given, or as found under a given folder, for display (U+FFFD where a name is not UTF-8) */
  file: string
  /** resolved real path, to read (a Buffer when the name is not valid UTF-8) */
  real: string | Buffer
  size: number
}

export interface SkippedFile { file: string; reason: string }

export interface Discovery { files: FoundFile[]; failed: { file: string; error: string }[]; skipped: SkippedFile[] }

/** Extensions that are never a report; anything else (and no extension) goes to content detection. */
const NOT_A_REPORT = /\.(json|xml|csv|tsv|xlsx?|pptx?|jpe?g|png|gif|bmp|tiff?|webp|svg|ico|zip|rar|7z|gz|tgz|bz2|xz|js|mjs|css|map|exe|dll|so|dylib|mp3|mp4|avi|mov|wav|woff2?|ttf|otf|annalist|annalist-wal|annalist-shm|sqlite|db)$/i
/** Web archives (issue 14) look like plain archives by their extension but hold reports: always taken. */
const WEB_ARCHIVE = /\.(warc|warc\.gz|wacz)$/i

const OFFICE_CLUTTER = /^~\$|^(thumbs\.db|desktop\.ini)$/i

export const SKIP_REASONS = {
  extension: 'not a report by its extension (扩展名表明不是报告)',
  hidden: 'hidden file or folder (隐藏文件)',
  clutter: 'system or lock file (系统文件或锁定文件)',
  outside: 'symbolic link to a place outside the chosen folder (链接指向所选文件夹之外)',
  special: 'not a regular file: a pipe, socket or device (不是普通文件)',
} as const

function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
  if (code === 'ENOENT') return 'no such file or folder (文件不存在)'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (无权读取)'
  if (code === 'ELOOP') return 'a symbolic link that points to itself (符号链接循环)'
  return e instanceof Error ? e.message : String(e)
}

/** A path as bytes-preserving text, for sets and prefix tests. */
const key = (p: string | Buffer): string => (typeof p === 'string' ? Buffer.from(p) : p).toString('latin1')
const show = (p: string | Buffer): string => (typeof p === 'string' ? p : p.toString('utf8'))

/** Inside `root` (itself included)? Both are real paths. */
function inside(real: string | Buffer, root: string): boolean {
  const r = key(real)
  return r === root || r.startsWith(root.endsWith(sep) ? root : root + sep)
}

/** dir + name; a string while every name on the way is valid UTF-8 (the common case), else bytes. */
function joinName(dir: string | Buffer, name: Buffer): string | Buffer {
  const text = name.toString('utf8')
  if (typeof dir === 'string' && Buffer.from(text, 'utf8').equals(name)) return dir.endsWith(sep) ? dir + text : dir + sep + text
  const d = Buffer.from(dir)
  return Buffer.concat(d[d.length - 1] === sep.charCodeAt(0) ? [d, name] : [d, Buffer.from(sep), name])
}

/** Plain files taken synchronously between two turns of the event loop (each costs a few microseconds). */
const FILES_PER_TURN = 256

export async function discoverFiles(paths: string[], signal?: AbortSignal): Promise<Discovery> {
  const out: Discovery = { files: [], failed: [], skipped: [] }
  const seenDirs = new Set<string>()
  const seenFiles = new Set<string>()
  const skip = (p: string | Buffer, why: string): void => { out.skipped.push({ file: show(p), reason: why }) }
  let sinceTurn = 0

  /**
   * A file, `st` its stats: taken unless a second sighting says no, or, found in a chosen folder rather than
   * named explicitly, its extension.
   */
  function take(p: string | Buffer, real: string | Buffer, st: Stats, named = false): void {
    if (!named && NOT_A_REPORT.test(show(p)) && !WEB_ARCHIVE.test(show(p))) return skip(p, SKIP_REASONS.extension)
    if (seenFiles.has(key(real))) return
    seenFiles.add(key(real))
    out.files.push({ file: show(p), real, size: Number(st.size) })
  }

  /**
   * A directory entry that says it is a plain file, in a folder whose real path is `dirReal` (inside `root`):
   * its real path is the folder's plus its name. Its lstat confirms it (it may have changed since the listing:
   * then the careful path decides); false when it must take that path.
   */
  function plainFile(p: string | Buffer, dirReal: string | Buffer, name: Buffer): boolean {
    let st: Stats
    try {
      st = lstatSync(p)
    } catch {
      return false
    }
    if (!st.isFile()) return false
    take(p, joinName(dirReal, name), st)
    return true
  }

  /** `root`: the real path of the chosen folder this path was found under; null for a path given explicitly. */
  async function visit(p: string | Buffer, root: string | null): Promise<void> {
    if (signal?.aborted) return
    let st: Stats
    let real: string | Buffer
    try {
      // lstat first: a pipe or socket is recognised without ever being opened (opening a FIFO blocks)
      const own = await lstat(p)
      st = own.isSymbolicLink() ? await stat(p) : own
      real = typeof p === 'string' ? await realpath(p) : await realpath(p, { encoding: 'buffer' })
    } catch (e) {
      out.failed.push({ file: show(p), error: root === null ? reason(e) : `cannot read: ${reason(e)}` })
      return
    }
    if (root !== null && !inside(real, root)) return skip(p, SKIP_REASONS.outside)
    if (st.isDirectory()) {
      if (seenDirs.has(key(real))) return
      seenDirs.add(key(real))
      let entries: Dirent<Buffer>[]
      try {
        entries = (await readdir(p, { encoding: 'buffer', withFileTypes: true })).sort((a, b) => Buffer.compare(a.name, b.name))
      } catch (e) {
        out.failed.push({ file: show(p), error: `cannot list folder: ${reason(e)}` })
        return
      }
      const within = root ?? key(real)
      for (const entry of entries) {
        if (signal?.aborted) return
        const name = entry.name
        const child = joinName(p, name)
        if (name[0] === 0x2e) skip(child, SKIP_REASONS.hidden)
        else if (OFFICE_CLUTTER.test(name.toString('utf8'))) skip(child, SKIP_REASONS.clutter)
        else if (entry.isFile() && plainFile(child, real, name)) {
          if (++sinceTurn >= FILES_PER_TURN) {
            sinceTurn = 0
            await new Promise((resolve) => setImmediate(resolve))
          }
        } else await visit(child, within)
      }
      return
    }
    if (!st.isFile()) {
      if (root === null) out.failed.push({ file: show(p), error: 'not a regular file (不是普通文件)' })
      else skip(p, SKIP_REASONS.special)
      return
    }
    take(p, real, st, root === null)
  }

  for (const p of paths) await visit(p, null)
  return out
}
