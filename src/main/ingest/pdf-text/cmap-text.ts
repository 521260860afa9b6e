/**
 * Text CMaps embedded in PDFs (Adobe technical note 5014/5411): ToUnicode maps (bfchar, bfrange) and
 * embedded encoding CMaps (codespacerange, cidchar, cidrange, usecmap). Codes are numbers; the code
 * length comes from the codespace ranges of the font's encoding, not from here.
 */
import type { CodespaceRange } from './bcmap'
import { EOF, Lexer, PdfCmd, PdfName, Unsupported } from './objects'

export interface TextCMap {
  codespaces: CodespaceRange[]
  /** code -> Unicode text (ToUnicode) */
  unicode: Map<number, string>
  /** code -> CID (an embedded encoding CMap) */
  cid: Map<number, number>
  /** the predefined CMap this one builds on (usecmap), by name */
  useCMap: string | null
}

/** A ToUnicode range never covers more codes than this; beyond it the map is broken. */
const MAX_RANGE = 0x10000

function toNumber(bytes: Uint8Array): number {
  let v = 0
  for (const b of bytes) v = v * 256 + b
  return v
}

function utf16be(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i] << 8) | bytes[i + 1])
  // a single byte (producers do write <20>) is a Latin-1 character
  if (bytes.length === 1) s = String.fromCharCode(bytes[0])
  return s
}

/** The text a range destination gives its n-th code: the last UTF-16 unit counts up (5014, 5.9.2). */
function bumpLast(s: string, n: number): string {
  if (n === 0 || s === '') return s
  return s.slice(0, -1) + String.fromCharCode(s.charCodeAt(s.length - 1) + n)
}

/** `src dst` pairs whose source is a code string. */
function eachPair(stack: unknown[], each: (code: Uint8Array, dst: unknown) => void): void {
  for (let i = 0; i + 1 < stack.length; i += 2) {
    const src = stack[i]
    if (src instanceof Uint8Array) each(src, stack[i + 1])
  }
}

/** `lo hi dst` triples: the codes lo..hi (a sane range, else the map is broken) and the destination. */
function eachRange(stack: unknown[], each: (first: number, last: number, dst: unknown) => void): void {
  for (let i = 0; i + 2 < stack.length; i += 3) {
    const lo = stack[i]
    const hi = stack[i + 1]
    if (!(lo instanceof Uint8Array) || !(hi instanceof Uint8Array)) continue
    const a = toNumber(lo)
    const b = toNumber(hi)
    if (b < a || b - a > MAX_RANGE) throw new Unsupported('bad CMap range')
    each(a, b, stack[i + 2])
  }
}

export function parseTextCMap(data: Uint8Array): TextCMap {
  const out: TextCMap = { codespaces: [], unicode: new Map(), cid: new Map(), useCMap: null }
  const lx = new Lexer(data)
  const stack: unknown[] = []
  for (;;) {
    const t = lx.readObject(false)
    if (t === EOF) break
    if (!(t instanceof PdfCmd)) {
      stack.push(t)
      continue
    }
    // every operator ends what the stack held: data sections, or the PostScript around them (def, begincmap...)
    switch (t.cmd) {
      case 'endcodespacerange':
        eachPair(stack, (lo, hi) => {
          if (hi instanceof Uint8Array) out.codespaces.push({ bytes: hi.length, low: toNumber(lo), high: toNumber(hi) })
        })
        break
      case 'endbfchar':
        eachPair(stack, (src, dst) => {
          if (dst instanceof Uint8Array) out.unicode.set(toNumber(src), utf16be(dst))
        })
        break
      case 'endbfrange':
        eachRange(stack, (a, b, dst) => {
          if (dst instanceof Uint8Array) {
            const base = utf16be(dst)
            for (let c = a; c <= b; c++) out.unicode.set(c, bumpLast(base, c - a))
          } else if (Array.isArray(dst)) {
            for (let c = a; c <= b && c - a < dst.length; c++) {
              const d: unknown = dst[c - a]
              if (d instanceof Uint8Array) out.unicode.set(c, utf16be(d))
            }
          }
        })
        break
      case 'endcidchar':
        eachPair(stack, (src, cid) => {
          if (typeof cid === 'number') out.cid.set(toNumber(src), cid)
        })
        break
      case 'endcidrange':
        eachRange(stack, (a, b, cid) => {
          if (typeof cid === 'number') for (let c = a; c <= b; c++) out.cid.set(c, cid + c - a)
        })
        break
      case 'usecmap': {
        const parent = stack[stack.length - 1]
        if (parent instanceof PdfName) out.useCMap = parent.name
        break
      }
    }
    stack.length = 0
  }
  return out
}
