/**
 * Copies of one report (issue 13): the same report imported as a web page, its DOCX, its PDF, a mirror's
 * copy. Byte-identical files are already one document; this finds the rest by their text.
 *
 * Each document's clean text is reduced to its characters and digits (so layout, spacing, punctuation and
 * table borders, which differ by format, do not count), cut into 4-character shingles, and a consistent
 * sample of them is kept (those whose hash is 0 mod SAMPLE: the same shingle is sampled in every copy, so
 * the Jaccard index of two samples estimates that of the whole texts). Shingles shared by many documents
 * are template wording (table labels, the standard outline) and are not used to find candidates. Two
 * candidates are copies when the estimate reaches MIN_SIMILARITY and neither their years nor their
 * agencies contradict each other: two reports of different agencies or years are never one group, however
 * alike their templates make them.
 */
import type { CopyGroup } from '../../shared/contract'
export type { CopyGroup } from '../../shared/contract'

const SHINGLE = 4
const SAMPLE = 16
/** a shingle in more documents than this is template wording, not a sign of one report */
const MAX_POSTING = 40
export const MIN_SIMILARITY = 0.6

/** What grouping reads of a document: its year, its agency key ('' when unknown), its text sample. */
export interface Doc { id: number; year: number | null; agency: string; sample: Uint32Array }

function mix(h: number): number {
  // murmur3's finaliser: the sampled shingles must not depend on the characters' code points
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** CJK ideographs, digits and Latin letters: what a copy in any format keeps (a per-char regex was 10× slower). */
function isWordUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)
}

/** The sorted, distinct sampled shingle hashes of a text. */
export function textSample(text: string): Uint32Array {
  const codes = new Uint32Array(text.length)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isWordUnit(c)) codes[n++] = c
  }
  const out = new Set<number>()
  for (let i = 0; i + SHINGLE <= n; i++) {
    let h = 0x811c9dc5
    for (let j = 0; j < SHINGLE; j++) h = Math.imul(h ^ codes[i + j], 0x01000193)
    const m = mix(h >>> 0)
    if (m % SAMPLE === 0) out.add(m)
  }
  return Uint32Array.from(out).sort()
}

/** Jaccard index of two sorted samples. */
export function sampleSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0
  let i = 0
  let j = 0
  let both = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { both++; i++; j++ } else if (a[i] < b[j]) i++
    else j++
  }
  return both / (a.length + b.length - both)
}

export function compatible(a: Pick<Doc, 'year' | 'agency'>, b: Pick<Doc, 'year' | 'agency'>): boolean {
  if (a.year !== null && b.year !== null && a.year !== b.year) return false
  if (a.agency && b.agency && a.agency !== b.agency) return false
  return true
}

/**
 * Groups of two or more documents that are copies of one report, ordered by their first document.
 * Pure: the library's stored groups (copy-store.ts) are made by it from the stored samples.
 */
export function groupDocs(docs: readonly Doc[]): CopyGroup[] {
  const postings = new Map<number, number[]>()
  docs.forEach((d, i) => {
    for (const h of d.sample) {
      const p = postings.get(h)
      if (!p) postings.set(h, [i])
      else if (p.length <= MAX_POSTING) p.push(i)
    }
  })
  const parent = docs.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  const known: Pick<Doc, 'year' | 'agency'>[] = docs.map((d) => ({ year: d.year, agency: d.agency }))
  const edgeMin = new Map<number, number>() // root → the weakest accepted link in its group
  const tried = new Set<number>()
  // candidates: documents that share a rare sampled shingle, and documents of one agency and year (a report
  // written from a common template may have no rare shingle in its sample)
  const buckets = new Map<string, number[]>()
  docs.forEach((d, i) => {
    if (!d.agency || d.year === null) return
    const k = `${d.year}\u0000${d.agency}`
    const b = buckets.get(k)
    if (b) b.push(i)
    else buckets.set(k, [i])
  })
  for (const p of [...postings.values(), ...buckets.values()]) {
    if (p.length < 2 || p.length > MAX_POSTING) continue
    for (let x = 0; x < p.length; x++) {
      for (let y = x + 1; y < p.length; y++) {
        const a = p[x]
        const b = p[y]
        const pair = a * docs.length + b
        if (tried.has(pair)) continue
        tried.add(pair)
        const ra = find(a)
        const rb = find(b)
        // the groups as wholes must agree: a copy without an agency must not chain two agencies together
        if (!compatible(known[ra], known[rb])) continue
        const s = sampleSimilarity(docs[a].sample, docs[b].sample)
        if (s < MIN_SIMILARITY) continue
        const weakest = Math.min(s, edgeMin.get(ra) ?? 1, edgeMin.get(rb) ?? 1)
        if (ra !== rb) {
          parent[rb] = ra
          known[ra] = { year: known[ra].year ?? known[rb].year, agency: known[ra].agency || known[rb].agency }
        }
        edgeMin.set(ra, weakest)
      }
    }
  }
  const members = new Map<number, number[]>()
  docs.forEach((d, i) => {
    const r = find(i)
    if (r === i && !edgeMin.has(r)) return
    const m = members.get(r)
    if (m) m.push(d.id)
    else members.set(r, [d.id])
  })
  const groups: CopyGroup[] = []
  for (const [root, ids] of members) {
    if (ids.length < 2) continue
    ids.sort((a, b) => a - b)
    groups.push({ id: ids[0], documents: ids, similarity: Math.round((edgeMin.get(root) ?? 1) * 1000) / 1000 })
  }
  return groups.sort((a, b) => a.id - b.id)
}
