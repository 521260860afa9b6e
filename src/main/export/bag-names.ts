/**
 * File names for originals inside a bag: the original name kept where the file system allows it,
 * characters no common file system accepts replaced, and collisions (also those differing only in case,
 * which macOS and Windows treat as one file) resolved with a ' (2)', ' (3)' suffix before the extension.
 */
const MAX_BYTES = 200

function truncateUtf8(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s
  let out = ''
  for (const ch of s) {
    if (Buffer.byteLength(out + ch) > max) break
    out += ch
  }
  return out
}

export function safeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  let s = base.replace(/[\x00-\x1f\x7f<>:"|?*]/g, '_').replace(/[. ]+$/, '').trim()
  if (s === '' || s === '.' || s === '..') s = fallback
  // names Windows reserves for devices, with any extension
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(s)) s = `_${s}`
  const dot = s.lastIndexOf('.')
  const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : ''
  const stem = ext ? s.slice(0, dot) : s
  return truncateUtf8(stem, MAX_BYTES - Buffer.byteLength(ext)) + ext
}

export class UniqueNames {
  private readonly taken = new Set<string>()

  claim(name: string, fallback: string): string {
    const safe = safeFileName(name, fallback)
    const dot = safe.lastIndexOf('.')
    const stem = dot > 0 ? safe.slice(0, dot) : safe
    const ext = dot > 0 ? safe.slice(dot) : ''
    let candidate = safe
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`
    this.taken.add(candidate.toLowerCase())
    return candidate
  }
}
