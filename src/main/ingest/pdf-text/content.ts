/**
 * The text-showing part of a content stream (9.3-9.4), run through the graphics state: each shown glyph
 * placed in user space, consecutive glyphs that touch joined into one positioned run (the same shape
 * pdfjs's text items have). Painted straight lines and thin rectangles are kept as rules, which is how
 * producers draw table borders: pdf-grid rebuilds cells from them. Images and colours are read past.
 */
import type { PositionedText } from '../pdf-layout'
import type { Rule } from '../pdf-grid'
import type { PdfFile } from './file'
import type { FontLoader, Glyph, TextFont } from './fonts'
import { EOF, isWhite, Lexer, nameOf, PdfCmd, PdfName, PdfStream, Unsupported, type PdfDict, type PdfValue } from './objects'

type Matrix = [number, number, number, number, number, number]

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

interface GState {
  ctm: Matrix
  font: TextFont | null
  fontSize: number
  charSpacing: number
  wordSpacing: number
  hScale: number
  leading: number
  rise: number
}

const MAX_FORM_DEPTH = 12
/** pdfjs's thresholds for joining glyphs into one text item, in font sizes (see place()) */
const SPACE_GAP_MIN = 0.102
const SPACE_GAP_MAX = 0.6
const NEGATIVE_GAP = -0.2

/** pdfjs's text normalisation (ligatures, compatibility forms), so both readers give the same text. */
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu

function normalize(s: string): string {
  return s.replace(NORMALIZE, (_m, p1: string | undefined, p2: string | undefined) => (p1 ? p1.normalize('NFKC') : 'st'.repeat((p2 ?? '').length)))
}

const WHITE_TEXT = /^\s*$/

interface Run {
  str: string
  /** where each UTF-16 unit of str starts, along the run */
  offsets: number[]
  x: number
  y: number
  size: number
  font: TextFont | null
  /** unit vector of the advance direction, and the end point of the last visible glyph */
  ux: number
  uy: number
  ex: number
  ey: number
}

/** A line or rectangle thinner than this (points) is drawn as a rule, whatever its paint. */
const THIN = 3

export class ContentReader {
  private readonly items: PositionedText[] = []
  private readonly rules: Rule[] = []
  /** the path being built, in user space: straight segments only (a curve makes the path no rule) */
  private path: Rule[] = []
  private pathStart: [number, number] | null = null
  private pathAt: [number, number] | null = null
  /** the points of the path's straight subpaths (a filled thin polygon is a rule too: Chromium draws borders so) */
  private polys: [number, number][][] = []
  private sub: [number, number][] | null = null
  private run: Run | null = null
  private gs: GState = { ctm: [1, 0, 0, 1, 0, 0], font: null, fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 }
  private readonly stack: GState[] = []
  private tm: Matrix = [1, 0, 0, 1, 0, 0]
  private tlm: Matrix = [1, 0, 0, 1, 0, 0]
  private readonly activeForms = new Set<PdfStream>()

  constructor(
    private readonly file: PdfFile,
    private readonly fonts: FontLoader,
  ) {}

  /** glyphs outside this box are not read (pdfjs drops them too): off-page text is no part of the report */
  private view: [number, number, number, number] = [-Infinity, -Infinity, Infinity, Infinity]

  /** The positioned runs of one page, and its rules. */
  page(resources: PdfDict, contents: PdfStream[], view?: [number, number, number, number]): { items: PositionedText[]; rules: Rule[] } {
    if (view) this.view = view
    const parts = contents.map((s) => this.file.streamBytes(s))
    // a page's content streams are one stream split anywhere (7.8.2): join them with a separator
    const total = parts.reduce((n, p) => n + p.length + 1, 0)
    const data = new Uint8Array(total)
    let at = 0
    for (const p of parts) {
      data.set(p, at)
      at += p.length
      data[at++] = 0x0a
    }
    this.execute(data, resources, 0)
    this.flush()
    return { items: this.items, rules: this.rules }
  }

  private point(x: number, y: number): [number, number] {
    const m = this.gs.ctm
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
  }

  private segment(a: [number, number], b: [number, number]): void {
    this.path.push({ x0: a[0], y0: a[1], x1: b[0], y1: b[1] })
  }

  /**
   * Painting ends the path: stroked segments become rules; of a filled path only its thin rectangles do
   * (a wide filled rectangle is shading, not a border).
   */
  private paint(filledOnly: boolean): void {
    for (const r of this.path) if (filledOnly ? r.thin : r.x0 !== r.x1 || r.y0 !== r.y1) this.rules.push(r)
    if (filledOnly) {
      this.closeSub()
      for (const poly of this.polys) {
        const xs = poly.map((p) => p[0])
        const ys = poly.map((p) => p[1])
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
        if (x1 - x0 <= THIN && y1 - y0 > THIN) this.rules.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1, thin: true })
        else if (y1 - y0 <= THIN && x1 - x0 > THIN) this.rules.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2, thin: true })
      }
    }
    this.endPath()
  }

  private closeSub(): void {
    if (this.sub && this.sub.length > 2) this.polys.push(this.sub)
    this.sub = null
  }

  private endPath(): void {
    this.path = []
    this.pathStart = null
    this.pathAt = null
    this.polys = []
    this.sub = null
  }

  private flush(): void {
    const r = this.run
    if (r && r.str !== '') {
      const width = (r.ex - r.x) * r.ux + (r.ey - r.y) * r.uy
      const str = normalize(r.str)
      this.items.push({ str, x: r.x, y: r.y, width, size: r.size, offsets: str.length === r.offsets.length ? r.offsets : undefined })
    }
    this.run = null
  }

  private execute(data: Uint8Array, resources: PdfDict, depth: number): void {
    const lx = new Lexer(data)
    const ops: PdfValue[] = []
    const fontsDict = (): PdfDict | undefined => this.file.dict(resources.get('Font'))
    for (;;) {
      const t = lx.readObject(false)
      if (t === EOF) break
      if (!(t instanceof PdfCmd)) {
        ops.push(t)
        continue
      }
      const n = (i: number): number => {
        const v = ops[ops.length - i]
        return typeof v === 'number' ? v : 0
      }
      const gs = this.gs
      switch (t.cmd) {
        case 'q':
          this.stack.push({ ...gs })
          break
        case 'Q': {
          const prev = this.stack.pop()
          if (prev) this.gs = prev
          break
        }
        case 'cm':
          if (ops.length >= 6) gs.ctm = multiply([n(6), n(5), n(4), n(3), n(2), n(1)], gs.ctm)
          break
        case 'BT':
          this.tm = [1, 0, 0, 1, 0, 0]
          this.tlm = [1, 0, 0, 1, 0, 0]
          break
        case 'ET':
          break
        case 'Tf': {
          const name = ops[ops.length - 2]
          const fd = name instanceof PdfName ? this.file.dict(fontsDict()?.get(name.name)) : undefined
          if (!fd) throw new Unsupported('Tf names a font the page does not have')
          gs.font = this.fonts.load(fd)
          gs.fontSize = n(1)
          break
        }
        case 'Tc':
          gs.charSpacing = n(1)
          break
        case 'Tw':
          gs.wordSpacing = n(1)
          break
        case 'Tz':
          gs.hScale = n(1) / 100
          break
        case 'TL':
          gs.leading = n(1)
          break
        case 'Ts':
          gs.rise = n(1)
          break
        case 'Td':
          this.moveLine(n(2), n(1))
          break
        case 'TD':
          gs.leading = -n(1)
          this.moveLine(n(2), n(1))
          break
        case 'Tm':
          if (ops.length >= 6) {
            this.tlm = [n(6), n(5), n(4), n(3), n(2), n(1)]
            this.tm = [...this.tlm]
          }
          break
        case 'T*':
          this.moveLine(0, -gs.leading)
          break
        case 'Tj': {
          const s = ops[ops.length - 1]
          if (s instanceof Uint8Array) this.show([s])
          break
        }
        case 'TJ': {
          const a = ops[ops.length - 1]
          if (Array.isArray(a)) this.show(a)
          break
        }
        case "'": {
          this.moveLine(0, -gs.leading)
          const s = ops[ops.length - 1]
          if (s instanceof Uint8Array) this.show([s])
          break
        }
        case '"': {
          gs.wordSpacing = n(3)
          gs.charSpacing = n(2)
          this.moveLine(0, -gs.leading)
          const s = ops[ops.length - 1]
          if (s instanceof Uint8Array) this.show([s])
          break
        }
        case 'Do': {
          const name = ops[ops.length - 1]
          if (name instanceof PdfName) this.form(name.name, resources, depth)
          break
        }
        case 'BI':
          this.skipInlineImage(lx)
          break
        case 'm':
          this.closeSub()
          this.pathAt = this.pathStart = this.point(n(2), n(1))
          this.sub = [this.pathAt]
          break
        case 'l': {
          const p = this.point(n(2), n(1))
          if (this.pathAt) this.segment(this.pathAt, p)
          this.pathAt = p
          this.sub?.push(p)
          break
        }
        case 'c':
        case 'v':
        case 'y':
          // curves: the segment they replace is no straight rule; the pen moves to the end point
          this.pathAt = this.point(n(2), n(1))
          this.sub = null
          break
        case 'h':
          if (this.pathAt && this.pathStart) this.segment(this.pathAt, this.pathStart)
          this.pathAt = this.pathStart
          this.closeSub()
          break
        case 're': {
          const [x, y, w, h] = [n(4), n(3), n(2), n(1)]
          if (Math.abs(w) <= THIN || Math.abs(h) <= THIN) {
            // a thin rectangle is one rule along its middle (how Chromium and Word draw borders)
            const a = Math.abs(w) <= THIN ? this.point(x + w / 2, y) : this.point(x, y + h / 2)
            const b = Math.abs(w) <= THIN ? this.point(x + w / 2, y + h) : this.point(x + w, y + h / 2)
            this.path.push({ x0: a[0], y0: a[1], x1: b[0], y1: b[1], thin: true })
          } else {
            const p = [this.point(x, y), this.point(x + w, y), this.point(x + w, y + h), this.point(x, y + h)]
            for (let k = 0; k < 4; k++) this.segment(p[k], p[(k + 1) % 4])
          }
          this.pathAt = this.pathStart = this.point(x, y)
          break
        }
        case 'S':
        case 's':
        case 'B':
        case 'B*':
        case 'b':
        case 'b*':
          this.paint(false)
          break
        case 'f':
        case 'F':
        case 'f*':
          this.paint(true)
          break
        case 'n':
          // a clipping path (W n) or a path ended unpainted: nothing drawn
          this.endPath()
          break
        default:
          // path, colour, marked-content and other operators: nothing to read
          break
      }
      ops.length = 0
    }
  }

  private moveLine(tx: number, ty: number): void {
    const m = this.tlm
    this.tlm = [m[0], m[1], m[2], m[3], tx * m[0] + ty * m[2] + m[4], tx * m[1] + ty * m[3] + m[5]]
    this.tm = [...this.tlm]
  }

  private form(name: string, resources: PdfDict, depth: number): void {
    const xobjects = this.file.dict(resources.get('XObject'))
    const x = this.file.resolve(xobjects?.get(name))
    if (!(x instanceof PdfStream) || nameOf(x.dict.get('Subtype')) !== 'Form') return
    if (depth >= MAX_FORM_DEPTH || this.activeForms.has(x)) throw new Unsupported('form XObjects nested too deep')
    const saved = this.gs
    this.gs = { ...saved }
    const m = this.file.resolve(x.dict.get('Matrix'))
    if (Array.isArray(m) && m.length === 6 && m.every((v) => typeof v === 'number')) this.gs.ctm = multiply(m as Matrix, this.gs.ctm)
    const own = this.file.dict(x.dict.get('Resources'))
    const savedTm = this.tm
    const savedTlm = this.tlm
    this.activeForms.add(x)
    try {
      this.execute(this.file.streamBytes(x), own ?? resources, depth + 1)
    } finally {
      this.activeForms.delete(x)
    }
    this.gs = saved
    this.tm = savedTm
    this.tlm = savedTlm
  }

  /** BI <entries> ID <binary> EI: the binary part is found by its EI keyword between whitespace. */
  private skipInlineImage(lx: Lexer): void {
    for (;;) {
      const t = lx.readObject(false)
      if (t === EOF) throw new Unsupported('inline image without ID')
      if (t instanceof PdfCmd && t.cmd === 'ID') break
    }
    const b = lx.bytes
    let p = lx.pos + 1
    while (p + 1 < lx.end) {
      if (b[p] === 0x45 && b[p + 1] === 0x49 && isWhite(b[p - 1]) && (p + 2 >= lx.end || isWhite(b[p + 2]))) {
        lx.pos = p + 2
        return
      }
      p++
    }
    throw new Unsupported('inline image without EI')
  }

  private show(parts: PdfValue[]): void {
    const gs = this.gs
    const font = gs.font
    if (!font) throw new Unsupported('text shown before a font is set')
    const fs = gs.fontSize
    const th = gs.hScale
    const m = multiply(this.tm, gs.ctm)
    const scaleX = Math.hypot(m[0], m[1])
    const ux = scaleX > 0 ? m[0] / scaleX : 1
    const uy = scaleX > 0 ? m[1] / scaleX : 0
    const size = Math.abs(fs) * Math.hypot(m[2], m[3])
    const rise = gs.rise
    const baseX = m[2] * rise + m[4]
    const baseY = m[3] * rise + m[5]
    let tx = 0
    const onGlyph = (g: Glyph): void => {
      const adv = (g.width * fs + gs.charSpacing + (g.wordSpace ? gs.wordSpacing : 0)) * th
      if (!WHITE_TEXT.test(g.text)) {
        const gx = m[0] * tx + baseX
        const gy = m[1] * tx + baseY
        const w = g.width * fs * th
        const v = this.view
        if (gx + Math.abs(w * scaleX) >= v[0] && gx <= v[2] && gy >= v[1] && gy <= v[3]) {
          this.place(g.text, gx, gy, m[0] * (tx + w) + baseX, m[1] * (tx + w) + baseY, size, ux, uy)
        }
      }
      tx += adv
    }
    for (const part of parts) {
      if (part instanceof Uint8Array) font.decode(part, onGlyph)
      else if (typeof part === 'number') tx -= (part / 1000) * fs * th
    }
    this.tm = [this.tm[0], this.tm[1], this.tm[2], this.tm[3], tx * this.tm[0] + this.tm[4], tx * this.tm[1] + this.tm[5]]
  }

  /**
   * Joins a glyph to the current run as pdfjs's text items do (so pdf-layout sees the same items): a gap
   * up to 0.102 font sizes joins, up to 0.6 joins with a space, a wider gap, a step back of more than
   * 0.2, a line change, or another font or size starts a new run.
   */
  private place(text: string, x: number, y: number, ex: number, ey: number, size: number, ux: number, uy: number): void {
    const r = this.run
    if (r && r.size === size && r.font === this.gs.font && r.ux === ux && r.uy === uy) {
      const along = (x - r.ex) * ux + (y - r.ey) * uy
      const across = -(x - r.ex) * uy + (y - r.ey) * ux
      if (Math.abs(across) <= size && along >= NEGATIVE_GAP * size && along <= SPACE_GAP_MAX * size) {
        const at = (x - r.x) * ux + (y - r.y) * uy
        if (along > SPACE_GAP_MIN * size) {
          r.str += ' '
          r.offsets.push(at - along)
        }
        r.str += text
        for (let k = 0; k < text.length; k++) r.offsets.push(at)
        r.ex = ex
        r.ey = ey
        return
      }
    }
    this.flush()
    this.run = { str: text, offsets: new Array<number>(text.length).fill(0), x, y, size, font: this.gs.font, ux, uy, ex, ey }
  }
}
