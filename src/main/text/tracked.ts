/**
 * A string that remembers, for every character, the raw span [start, end) it came from.
 * Every cleaning rule is a rewrite of a Tracked string, so offsets survive any number of rules.
 */

export interface Tracked {
  s: string
  /** raw offset where char i starts */
  st: Int32Array
  /** raw offset where char i ends (exclusive) */
  en: Int32Array
}

/** The identity tracking of raw.slice(from, to). */
export function trackRaw(raw: string, from = 0, to = raw.length): Tracked {
  const n = to - from
  const st = new Int32Array(n)
  const en = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    st[i] = from + i
    en[i] = from + i + 1
  }
  return { s: raw.slice(from, to), st, en }
}

/** A view of t's chars [from, to); shares the offset buffers. */
export function sliceTracked(t: Tracked, from: number, to: number): Tracked {
  return { s: t.s.slice(from, to), st: t.st.subarray(from, to), en: t.en.subarray(from, to) }
}

/** Same offsets, new characters: for rules that swap one char for one char (folding, t->s). */
export function withChars(t: Tracked, s: string): Tracked {
  if (s.length !== t.s.length) throw new Error(`withChars: length ${s.length} != ${t.s.length}`)
  return s === t.s ? t : { s, st: t.st, en: t.en }
}

/**
 * Replace every match of `re` (must be global) by what `replace` returns; `undefined` keeps the match.
 * A replacement of the same length maps char for char (unless `whole`); any other replacement's
 * chars all cover the whole matched raw span, so a highlight of them shows everything they stand for.
 */
export function rewrite(
  t: Tracked,
  re: RegExp,
  replace: (m: RegExpExecArray) => string | undefined,
  whole = false,
): Tracked {
  re.lastIndex = 0
  let m = re.exec(t.s)
  if (m === null) return t
  const from: number[] = []
  const to: number[] = []
  const reps: string[] = []
  let length = t.s.length
  while (m !== null) {
    const a = m.index
    const b = a + m[0].length
    if (b === a) {
      re.lastIndex++
    } else {
      const r = replace(m)
      if (r !== undefined) {
        from.push(a)
        to.push(b)
        reps.push(r)
        length += r.length - (b - a)
      }
    }
    m = re.exec(t.s)
  }
  if (reps.length === 0) return t
  const pieces: string[] = []
  const st = new Int32Array(length)
  const en = new Int32Array(length)
  let last = 0
  let o = 0
  for (let k = 0; k < reps.length; k++) {
    const a = from[k]
    const b = to[k]
    const r = reps[k]
    pieces.push(t.s.slice(last, a), r)
    copyInto(t.st, last, a, st, o)
    copyInto(t.en, last, a, en, o)
    o += a - last
    if (r.length === b - a && !whole) {
      copyInto(t.st, a, b, st, o)
      copyInto(t.en, a, b, en, o)
    } else if (r.length > 0) {
      st.fill(t.st[a], o, o + r.length)
      en.fill(t.en[b - 1], o, o + r.length)
    }
    o += r.length
    last = b
  }
  pieces.push(t.s.slice(last))
  copyInto(t.st, last, t.s.length, st, o)
  copyInto(t.en, last, t.s.length, en, o)
  return { s: pieces.join(''), st, en }
}

// A plain loop: for the short ranges copied here it beats subarray()+set(), whose view
// allocation dominates.
function copyInto(src: Int32Array, from: number, to: number, dst: Int32Array, at: number): void {
  for (let i = from; i < to; i++) dst[at + i - from] = src[i]
}

/** Concatenate tracked pieces, putting `glue(prev, next)` (if any) between two of them. */
export function concatTracked(parts: Tracked[], glue?: (prev: Tracked, next: Tracked) => string): Tracked {
  if (parts.length === 1) return parts[0]
  const glues: string[] = []
  let length = 0
  for (let p = 0; p < parts.length; p++) {
    const g = p > 0 && glue !== undefined ? glue(parts[p - 1], parts[p]) : ''
    glues.push(g)
    length += g.length + parts[p].s.length
  }
  const st = new Int32Array(length)
  const en = new Int32Array(length)
  const pieces: string[] = []
  let o = 0
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]
    const g = glues[p]
    if (g.length > 0) {
      // glue covers the raw gap between the two pieces
      const prev = parts[p - 1]
      const gapStart = prev.s.length > 0 ? prev.en[prev.s.length - 1] : part.st[0]
      const gapEnd = part.s.length > 0 ? part.st[0] : gapStart
      st.fill(gapStart, o, o + g.length)
      en.fill(Math.max(gapStart, gapEnd), o, o + g.length)
      o += g.length
    }
    pieces.push(g, part.s)
    copyInto(part.st, 0, part.s.length, st, o)
    copyInto(part.en, 0, part.s.length, en, o)
    o += part.s.length
  }
  return { s: pieces.join(''), st, en }
}

/** Drop chars [from, to). */
export function cut(t: Tracked, from: number, to: number): Tracked {
  if (from >= to) return t
  const n = t.s.length - (to - from)
  const st = new Int32Array(n)
  const en = new Int32Array(n)
  st.set(t.st.subarray(0, from), 0)
  st.set(t.st.subarray(to), from)
  en.set(t.en.subarray(0, from), 0)
  en.set(t.en.subarray(to), from)
  return { s: t.s.slice(0, from) + t.s.slice(to), st, en }
}

/** Trim leading and trailing chars matching `isTrim`. */
export function trimTracked(t: Tracked, isTrim: (c: string) => boolean): Tracked {
  let a = 0
  let b = t.s.length
  while (a < b && isTrim(t.s[a])) a++
  while (b > a && isTrim(t.s[b - 1])) b--
  return a === 0 && b === t.s.length ? t : sliceTracked(t, a, b)
}
