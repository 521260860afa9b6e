/**
 * Field spans are raw-text offsets. The clean view shows clean_text, whose clean_map gives, for every
 * clean offset, the raw offset it came from (monotone non-decreasing, length clean.length + 1). Mapping a
 * raw span into the clean view: the first clean offset whose raw offset is >= start, to the first whose
 * raw offset is >= end. Text the cleaning dropped maps to an empty span at the place it was.
 */
export type Span = [number, number]

/** first index i with map[i] >= target (map sorted ascending); map.length if none */
function lowerBound(map: readonly number[], target: number): number {
  let lo = 0
  let hi = map.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (map[mid] < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function rawSpanToClean(span: Span, cleanMap: readonly number[]): Span {
  const cleanLen = Math.max(0, cleanMap.length - 1)
  const s = Math.min(lowerBound(cleanMap, span[0]), cleanLen)
  const e = Math.min(Math.max(lowerBound(cleanMap, span[1]), s), cleanLen)
  return [s, e]
}

/** a clean selection back to raw offsets (for picking text in the clean view) */
export function cleanSpanToRaw(span: Span, cleanMap: readonly number[]): Span {
  const at = (i: number): number => cleanMap[Math.min(Math.max(i, 0), cleanMap.length - 1)] ?? 0
  return [at(span[0]), Math.max(at(span[0]), at(span[1]))]
}

/** every occurrence of `needle` in `text` (case-insensitive for Latin), non-overlapping, capped */
export function findAll(text: string, needle: string, cap = 500): Span[] {
  const out: Span[] = []
  const q = needle.trim().toLowerCase()
  if (!q) return out
  const hay = text.toLowerCase()
  let i = hay.indexOf(q)
  while (i >= 0 && out.length < cap) {
    out.push([i, i + q.length])
    i = hay.indexOf(q, i + q.length)
  }
  return out
}

export interface Segment { text: string; start: number; kind: 'plain' | 'hit' | 'focus' | 'found' }

/**
 * Cut text into segments for drawing: the text found with `/` (to be picked) wins over the focused span,
 * which wins over search hits where they overlap. Pure, so the highlighting logic is tested without a DOM.
 */
export function segments(text: string, focus: Span | null, hits: readonly Span[], found: Span | null = null): Segment[] {
  const marks: { s: number; e: number; kind: 'hit' | 'focus' | 'found' }[] = []
  const overlaps = (a: Span | null, s: number, e: number) => a !== null && s < a[1] && e > a[0]
  // an empty focus span still gets a (zero-width) mark, so the view can scroll to where the text was
  const f = focus && !(found && (overlaps(found, focus[0], focus[1]) || (focus[0] === focus[1] && focus[0] >= found[0] && focus[0] <= found[1]))) ? focus : null
  for (const [s, e] of hits) {
    if (overlaps(f, s, e) || overlaps(found, s, e)) continue
    marks.push({ s, e, kind: 'hit' })
  }
  if (f) marks.push({ s: f[0], e: f[1], kind: 'focus' })
  if (found && found[1] > found[0]) marks.push({ s: found[0], e: found[1], kind: 'found' })
  marks.sort((a, b) => a.s - b.s)
  const out: Segment[] = []
  let pos = 0
  for (const m of marks) {
    if (m.s < pos || (m.kind === 'hit' && m.e <= m.s)) continue
    if (m.s > pos) out.push({ text: text.slice(pos, m.s), start: pos, kind: 'plain' })
    out.push({ text: text.slice(m.s, m.e), start: m.s, kind: m.kind })
    pos = m.e
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), start: pos, kind: 'plain' })
  return out
}

/** the next occurrence of `needle` starting at or after `from` (wrapping to the start); null if none */
export function findNext(text: string, needle: string, from: number): Span | null {
  const q = needle.trim().toLowerCase()
  if (!q) return null
  const hay = text.toLowerCase()
  let i = hay.indexOf(q, Math.max(0, from))
  if (i < 0) i = hay.indexOf(q)
  return i < 0 ? null : [i, i + q.length]
}
