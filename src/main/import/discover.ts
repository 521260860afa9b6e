/**
 * Find the files to import under the paths a person gave: files as they are, folders recursively.
 * Real paths are tracked, so symlink loops and a file reached twice are harmless. Only paths are kept in
 * memory (never contents). Obvious system clutter inside folders (dot files, Office lock files, Thumbs.db)
 * is skipped, and so are files whose extension says they are plainly not a report (data, images, archives,
 * code: a scraped folder holds many); those are listed in `skipped` so a person sees what was left out.
 * A file named explicitly is always taken, whatever its extension.
 */
import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'

export interface FoundFile {
  /** the path as given, or as found under a given folder */
  file: string
  /** resolved real path */
  real: string
  size: number
}

export interface Discovery { files: FoundFile[]; failed: { file: string; error: string }[]; skipped: string[] }

/** Extensions that are never a report; anything else (and no extension) goes to content detection. */
const NOT_A_REPORT = /\.(json|xml|csv|tsv|xlsx?|pptx?|jpe?g|png|gif|bmp|tiff?|webp|svg|ico|zip|rar|7z|gz|tgz|bz2|xz|js|mjs|css|map|exe|dll|so|dylib|mp3|mp4|avi|mov|wav|woff2?|ttf|otf|annalist|annalist-wal|annalist-shm|sqlite|db)$/i

const CLUTTER = /^(\.|~\$)|^(thumbs\.db|desktop\.ini)$/i

function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
  if (code === 'ENOENT') return 'no such file or folder (文件不存在)'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (无权读取)'
  if (code === 'ELOOP') return 'a symbolic link that points to itself (符号链接循环)'
  return e instanceof Error ? e.message : String(e)
}

export async function discoverFiles(paths: string[], signal?: AbortSignal): Promise<Discovery> {
  const out: Discovery = { files: [], failed: [], skipped: [] }
  const seenDirs = new Set<string>()
  const seenFiles = new Set<string>()

  async function visit(p: string, explicit: boolean): Promise<void> {
    if (signal?.aborted) return
    let real: string
    let st: Awaited<ReturnType<typeof stat>>
    try {
      st = await stat(p)
      real = await realpath(p)
    } catch (e) {
      out.failed.push({ file: p, error: explicit ? reason(e) : `cannot read: ${reason(e)}` })
      return
    }
    if (st.isDirectory()) {
      if (seenDirs.has(real)) return
      seenDirs.add(real)
      let names: string[]
      try {
        names = (await readdir(p)).sort()
      } catch (e) {
        out.failed.push({ file: p, error: `cannot list folder: ${reason(e)}` })
        return
      }
      for (const name of names) {
        if (CLUTTER.test(name)) continue
        await visit(join(p, name), false)
      }
      return
    }
    if (!st.isFile()) {
      if (explicit) out.failed.push({ file: p, error: 'not a regular file (不是普通文件)' })
      return
    }
    if (!explicit && NOT_A_REPORT.test(p)) {
      out.skipped.push(p)
      return
    }
    if (seenFiles.has(real)) return
    seenFiles.add(real)
    out.files.push({ file: p, real, size: Number(st.size) })
  }

  for (const p of paths) await visit(p, true)
  return out
}
