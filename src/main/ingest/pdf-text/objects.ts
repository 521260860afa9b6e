/**
 * PDF objects and the tokenizer both the file parser and the content-stream interpreter use
 * (PDF 32000-1, 7.2-7.3). Strings stay bytes: what they mean depends on the font that shows them.
 * Anything this reader does not understand throws Unsupported, and the caller falls back to pdfjs,
 * which knows every repair trick; this reader only has to be right on the files it accepts.
 */

export class Unsupported extends Error {
  constructor(why: string) {
    super(why)
    this.name = 'Unsupported'
  }
}

export class PdfName {
  private static readonly interned = new Map<string, PdfName>()
  private constructor(readonly name: string) {}
  static of(name: string): PdfName {
    let n = PdfName.interned.get(name)
    if (!n) {
      n = new PdfName(name)
      PdfName.interned.set(name, n)
    }
    return n
  }
}

/** An operator keyword in a content stream, or a bare keyword (obj, R, stream, xref...) in the file. */
export class PdfCmd {
  private static readonly interned = new Map<string, PdfCmd>()
  private constructor(readonly cmd: string) {}
  static of(cmd: string): PdfCmd {
    let c = PdfCmd.interned.get(cmd)
    if (!c) {
      c = new PdfCmd(cmd)
      PdfCmd.interned.set(cmd, c)
    }
    return c
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfStream {
  /** the object it was read from, in an encrypted file: its bytes are decrypted with that object's key */
  encryptedAs: { num: number; gen: number } | null = null

  constructor(
    readonly dict: PdfDict,
    /** the encoded bytes, a view into the file (or an object stream's data) */
    readonly raw: Uint8Array,
  ) {}
}

export type PdfDict = Map<string, PdfValue>
export type PdfValue = number | boolean | null | PdfName | Uint8Array | PdfRef | PdfValue[] | PdfDict | PdfStream

export const EOF = Symbol('eof')

// character classes (7.2.2): 1 whitespace, 2 delimiter, 0 regular
const CLASS = new Uint8Array(256)
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2

export function isWhite(c: number): boolean {
  return CLASS[c] === 1
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x41 && c <= 0x46) return c - 0x37
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  return -1
}

const latin1 = new TextDecoder('latin1')

const MAX_DEPTH = 64

/**
 * Tokens and objects from a byte range. `readObject` builds arrays and dictionaries; inside an
 * indirect-object context (`refs`), `a b R` becomes a PdfRef. Streams are the file parser's business.
 */
export class Lexer {
  pos: number

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start
  }

  skipWhite(): void {
    const b = this.bytes
    while (this.pos < this.end) {
      const c = b[this.pos]
      if (c === 0x25) {
        // comment to end of line
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++
      } else if (CLASS[c] === 1) this.pos++
      else return
    }
  }

  /** The next token: a value (number, name, string, boolean, null), a structural PdfCmd ('[', ']', '<<', '>>', '{', '}') or keyword, or EOF. */
  token(): PdfValue | PdfCmd | typeof EOF {
    this.skipWhite()
    if (this.pos >= this.end) return EOF
    const b = this.bytes
    const c = b[this.pos]
    switch (c) {
      case 0x2f: // /Name
        return this.name()
      case 0x28: // (string)
        return this.literalString()
      case 0x3c: // < or <<
        if (b[this.pos + 1] === 0x3c) {
          this.pos += 2
          return PdfCmd.of('<<')
        }
        return this.hexString()
      case 0x3e:
        if (b[this.pos + 1] === 0x3e) {
          this.pos += 2
          return PdfCmd.of('>>')
        }
        this.pos++
        throw new Unsupported('stray >')
      case 0x5b:
      case 0x5d:
      case 0x7b:
      case 0x7d:
        this.pos++
        return PdfCmd.of(String.fromCharCode(c))
      case 0x29:
        this.pos++
        throw new Unsupported('stray )')
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const n = this.number()
      if (n !== null) return n
    }
    const start = this.pos
    while (this.pos < this.end && CLASS[b[this.pos]] === 0) this.pos++
    if (this.pos === start) {
      this.pos++
      throw new Unsupported('unexpected delimiter')
    }
    const word = latin1.decode(b.subarray(start, this.pos))
    if (word === 'true') return true
    if (word === 'false') return false
    if (word === 'null') return null
    return PdfCmd.of(word)
  }

  private number(): number | null {
    const b = this.bytes
    const start = this.pos
    let p = this.pos
    let sign = 1
    if (b[p] === 0x2b) p++
    else if (b[p] === 0x2d) {
      sign = -1
      p++
      // producers write "--5" now and then; pdfjs reads it as -5
      while (b[p] === 0x2d) p++
    }
    let int = 0
    let digits = 0
    while (p < this.end && b[p] >= 0x30 && b[p] <= 0x39) {
      int = int * 10 + (b[p] - 0x30)
      p++
      digits++
    }
    let frac = 0
    let scale = 1
    if (b[p] === 0x2e) {
      p++
      while (p < this.end && b[p] >= 0x30 && b[p] <= 0x39) {
        frac = frac * 10 + (b[p] - 0x30)
        scale *= 10
        p++
        digits++
      }
    }
    if (digits === 0) {
      this.pos = start
      return null
    }
    // "12abc" is not a number followed by a keyword: treat the whole run as a keyword
    if (p < this.end && CLASS[b[p]] === 0) {
      this.pos = start
      return null
    }
    this.pos = p
    return sign * (int + frac / scale)
  }

  private name(): PdfName {
    const b = this.bytes
    this.pos++
    const start = this.pos
    let hasHash = false
    while (this.pos < this.end && CLASS[b[this.pos]] === 0) {
      if (b[this.pos] === 0x23) hasHash = true
      this.pos++
    }
    if (!hasHash) return PdfName.of(latin1.decode(b.subarray(start, this.pos)))
    const out: number[] = []
    for (let i = start; i < this.pos; i++) {
      const h1 = i + 2 < this.pos ? hexValue(b[i + 1]) : -1
      const h2 = i + 2 < this.pos ? hexValue(b[i + 2]) : -1
      if (b[i] === 0x23 && h1 >= 0 && h2 >= 0) {
        out.push(h1 * 16 + h2)
        i += 2
      } else out.push(b[i])
    }
    // names are UTF-8 by convention (7.3.5); font names with GBK bytes only need to be stable keys
    return PdfName.of(Buffer.from(out).toString('utf8'))
  }

  private literalString(): Uint8Array {
    const b = this.bytes
    this.pos++
    const out: number[] = []
    let depth = 1
    while (this.pos < this.end) {
      const c = b[this.pos++]
      if (c === 0x28) depth++
      else if (c === 0x29) {
        if (--depth === 0) return Uint8Array.from(out)
      } else if (c === 0x5c) {
        const e = b[this.pos++]
        switch (e) {
          case 0x6e: out.push(0x0a); continue
          case 0x72: out.push(0x0d); continue
          case 0x74: out.push(0x09); continue
          case 0x62: out.push(0x08); continue
          case 0x66: out.push(0x0c); continue
          case 0x0d:
            if (b[this.pos] === 0x0a) this.pos++
            continue
          case 0x0a:
            continue
        }
        if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30
          for (let k = 0; k < 2 && b[this.pos] >= 0x30 && b[this.pos] <= 0x37; k++) v = v * 8 + (b[this.pos++] - 0x30)
          out.push(v & 0xff)
          continue
        }
        if (e !== undefined) out.push(e)
        continue
      }
      out.push(c)
    }
    throw new Unsupported('unterminated string')
  }

  private hexString(): Uint8Array {
    const b = this.bytes
    this.pos++
    const out: number[] = []
    let hi = -1
    while (this.pos < this.end) {
      const c = b[this.pos++]
      if (c === 0x3e) {
        if (hi >= 0) out.push(hi << 4)
        return Uint8Array.from(out)
      }
      const v = hexValue(c)
      if (v < 0) {
        if (CLASS[c] === 1) continue
        throw new Unsupported('bad hex string')
      }
      if (hi < 0) hi = v
      else {
        out.push((hi << 4) | v)
        hi = -1
      }
    }
    throw new Unsupported('unterminated hex string')
  }

  /**
   * One object. With `refs`, `n g R` is a reference (file objects); content streams pass false, where
   * R never occurs and the lookahead would cost time. A keyword where a value is expected is returned
   * as a PdfCmd for the caller to judge.
   */
  readObject(refs: boolean, depth = 0): PdfValue | PdfCmd | typeof EOF {
    if (depth > MAX_DEPTH) throw new Unsupported('objects nested too deep')
    const t = this.token()
    if (t instanceof PdfCmd) {
      if (t.cmd === '[') {
        const arr: PdfValue[] = []
        for (;;) {
          const v = this.readObject(refs, depth + 1)
          if (v === EOF) throw new Unsupported('unterminated array')
          if (v instanceof PdfCmd) {
            if (v.cmd === ']') return arr
            throw new Unsupported(`unexpected ${v.cmd} in array`)
          }
          arr.push(v)
        }
      }
      if (t.cmd === '<<') {
        const dict: PdfDict = new Map()
        for (;;) {
          const k = this.token()
          if (k instanceof PdfCmd && k.cmd === '>>') return dict
          if (!(k instanceof PdfName)) throw new Unsupported('dictionary key is not a name')
          const v = this.readObject(refs, depth + 1)
          if (v === EOF) throw new Unsupported('unterminated dictionary')
          if (v instanceof PdfCmd) {
            if (v.cmd === '>>') {
              dict.set(k.name, null)
              return dict
            }
            throw new Unsupported(`unexpected ${v.cmd} in dictionary`)
          }
          dict.set(k.name, v)
        }
      }
      return t
    }
    if (refs && typeof t === 'number' && Number.isInteger(t) && t >= 0) {
      const save = this.pos
      const g = this.token()
      if (typeof g === 'number' && Number.isInteger(g) && g >= 0) {
        const r = this.token()
        if (r instanceof PdfCmd && r.cmd === 'R') return new PdfRef(t, g)
      }
      this.pos = save
    }
    return t
  }
}

export function dictGet(d: PdfDict | undefined, key: string): PdfValue | undefined {
  return d?.get(key)
}

export function isDict(v: unknown): v is PdfDict {
  return v instanceof Map
}

export function nameOf(v: PdfValue | undefined): string | undefined {
  return v instanceof PdfName ? v.name : undefined
}

export function numberOf(v: PdfValue | undefined): number | undefined {
  return typeof v === 'number' ? v : undefined
}
