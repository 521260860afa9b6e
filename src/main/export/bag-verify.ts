/**
 * Validating a bag (RFC 8493 §3): bagit.txt well formed, at least one payload manifest, every manifest
 * entry present with a matching checksum, every payload file listed in every payload manifest, the tag
 * manifests' entries matching, and Payload-Oxum agreeing with the payload. Problems are collected, not
 * thrown, so a person sees everything that is wrong at once.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ALGORITHMS, hashFile, listFiles, parseBagInfo, parseManifest, type ManifestEntry } from './bagit-format'

const MAX_LISTED = 200

export interface BagVerification { ok: boolean; problems: string[] }

function escapesBag(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split(/[\\/]/).some((s) => s === '..')
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

export async function verifyBag(dir: string): Promise<BagVerification> {
  const problems: string[] = []
  const st = await stat(dir).catch(() => null)
  if (!st?.isDirectory()) return { ok: false, problems: [`${dir} is not a folder`] }

  const declaration = await readText(join(dir, 'bagit.txt'))
  if (declaration === null) problems.push('bagit.txt is missing')
  else {
    const lines = declaration.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
    if (!/^BagIt-Version: \d+\.\d+$/.test(lines[0] ?? '')) problems.push('bagit.txt: the first line must be "BagIt-Version: M.N"')
    if (!/^Tag-File-Character-Encoding: \S+$/.test(lines[1] ?? '')) problems.push('bagit.txt: the second line must be "Tag-File-Character-Encoding: ..."')
  }

  const top = await readdir(dir)
  const payloadManifests = top.filter((n) => /^manifest-[a-z0-9]+\.txt$/.test(n)).sort()
  const tagManifests = top.filter((n) => /^tagmanifest-[a-z0-9]+\.txt$/.test(n)).sort()
  if (payloadManifests.length === 0) problems.push('no payload manifest (manifest-<algorithm>.txt)')

  const dataDir = await stat(join(dir, 'data')).catch(() => null)
  let payload: string[] = []
  if (!dataDir?.isDirectory()) problems.push('the payload folder data/ is missing')
  else {
    const listed = await listFiles(dir, 'data')
    payload = listed.files
    for (const o of listed.odd) problems.push(`${o}: not a regular file`)
  }

  for (const m of payloadManifests) {
    const entries = await checkManifest(dir, m, problems)
    if (!entries) continue
    const inManifest = new Set(entries.map((e) => e.path))
    for (const e of entries) {
      if (!e.path.startsWith('data/')) problems.push(`${m} line ${e.line}: ${e.path} is not in data/`)
    }
    const unlisted = payload.filter((p) => !inManifest.has(p))
    for (const p of unlisted.slice(0, MAX_LISTED)) problems.push(`${p}: in data/ but not listed in ${m}`)
    if (unlisted.length > MAX_LISTED) problems.push(`… and ${unlisted.length - MAX_LISTED} more files not listed in ${m}`)
  }
  for (const m of tagManifests) {
    const entries = await checkManifest(dir, m, problems)
    for (const e of entries ?? []) {
      if (e.path.startsWith('data/')) problems.push(`${m} line ${e.line}: a tag manifest must not list payload file ${e.path}`)
    }
  }

  const info = await readText(join(dir, 'bag-info.txt'))
  const oxum = info === null ? undefined : parseBagInfo(info).get('Payload-Oxum')?.[0]
  if (oxum !== undefined) {
    const m = /^(\d+)\.(\d+)$/.exec(oxum)
    if (!m) problems.push(`bag-info.txt: Payload-Oxum "${oxum}" is not <bytes>.<files>`)
    else {
      let bytes = 0
      for (const p of payload) bytes += (await stat(join(dir, p))).size
      if (Number(m[2]) !== payload.length) problems.push(`Payload-Oxum says ${m[2]} files, data/ holds ${payload.length}`)
      if (Number(m[1]) !== bytes) problems.push(`Payload-Oxum says ${m[1]} bytes, data/ holds ${bytes}`)
    }
  }
  return { ok: problems.length === 0, problems }
}

/** Checks every entry of one manifest (present, inside the bag, checksum); returns the entries. */
async function checkManifest(dir: string, name: string, problems: string[]): Promise<ManifestEntry[] | null> {
  const algorithm = ALGORITHMS[/^(?:tag)?manifest-([a-z0-9]+)\.txt$/.exec(name)![1]]
  if (!algorithm) {
    problems.push(`${name}: unsupported checksum algorithm`)
    return null
  }
  const text = await readText(join(dir, name))
  if (text === null) {
    problems.push(`${name}: cannot be read`)
    return null
  }
  const { entries, bad } = parseManifest(text)
  for (const line of bad) problems.push(`${name} line ${line}: not "<checksum> <path>"`)
  const seen = new Set<string>()
  let reported = 0
  for (const e of entries) {
    if (reported >= MAX_LISTED) { problems.push(`${name}: more problems not listed`); break }
    if (escapesBag(e.path)) { problems.push(`${name} line ${e.line}: ${e.path} points outside the bag`); reported++; continue }
    if (seen.has(e.path)) { problems.push(`${name} line ${e.line}: ${e.path} is listed twice`); reported++; continue }
    seen.add(e.path)
    const file = join(dir, e.path)
    const fst = await stat(file).catch(() => null)
    if (!fst?.isFile()) { problems.push(`${e.path}: listed in ${name} but missing`); reported++; continue }
    const { checksum } = await hashFile(file, algorithm)
    if (checksum !== e.checksum) { problems.push(`${e.path}: checksum does not match ${name} (the file was changed or damaged)`); reported++ }
  }
  return entries
}
