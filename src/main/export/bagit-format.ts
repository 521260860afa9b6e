/**
 * The small pieces of RFC 8493 both the bag writer and the verifier need: manifest lines (file paths
 * percent-encode only CR, LF and %), bag-info labels, Payload-Oxum, hashing a file as a stream.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'

/** RFC 8493 §2.1.3: CR, LF and % (and only those) are percent-encoded in manifest paths. */
export function encodeManifestPath(p: string): string {
  return p.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function decodeManifestPath(p: string): string {
  return p.replace(/%(0D|0A|25)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

export function manifestLine(checksum: string, path: string): string {
  return `${checksum}  ${encodeManifestPath(path)}\n`
}

export interface ManifestEntry { checksum: string; path: string; line: number }

/** Parses a manifest; lines it cannot read are returned as problems rather than thrown. */
export function parseManifest(text: string): { entries: ManifestEntry[]; bad: number[] } {
  const entries: ManifestEntry[] = []
  const bad: number[] = []
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    if (raw.trim() === '') return
    const m = /^(\S+)[ \t]+(.+)$/.exec(raw)
    if (!m) { bad.push(i + 1); return }
    entries.push({ checksum: m[1].toLowerCase(), path: decodeManifestPath(m[2]), line: i + 1 })
  })
  return { entries, bad }
}

/** bag-info.txt: `Label: value` lines; a line starting with blanks continues the previous value. */
export function parseBagInfo(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  let last: { label: string; index: number } | null = null
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line === '') continue
    if (/^[ \t]/.test(line) && last) {
      const values = out.get(last.label)!
      values[last.index] += ' ' + line.trim()
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const label = line.slice(0, colon).trim()
    const values = out.get(label) ?? []
    values.push(line.slice(colon + 1).trim())
    out.set(label, values)
    last = { label, index: values.length - 1 }
  }
  return out
}

export function bagInfoLine(label: string, value: string): string {
  // a value never spans lines in what we write: a newline inside would start a bogus label
  return `${label}: ${value.replace(/[\r\n]+/g, ' ')}\n`
}

/** node:crypto names of the manifest algorithms RFC 8493 mentions. */
export const ALGORITHMS: Record<string, string> = { sha256: 'sha256', sha512: 'sha512', sha1: 'sha1', md5: 'md5' }

export async function hashFile(path: string, algorithm = 'sha256'): Promise<{ checksum: string; bytes: number }> {
  const hash = createHash(algorithm)
  let bytes = 0
  for await (const chunk of createReadStream(path)) {
    const b = chunk as Buffer
    bytes += b.length
    hash.update(b)
  }
  return { checksum: hash.digest('hex'), bytes }
}

/** Every regular file under `dir`, as bag-relative paths with '/' separators, sorted. */
export async function listFiles(root: string, sub: string): Promise<{ files: string[]; odd: string[] }> {
  const files: string[] = []
  const odd: string[] = []
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(join(root, rel), { withFileTypes: true })
    for (const e of entries) {
      const p = `${rel}/${e.name}`
      if (e.isDirectory()) await walk(p)
      else if (e.isFile()) files.push(p)
      else odd.push(p)
    }
  }
  await walk(sub)
  files.sort()
  return { files, odd }
}
