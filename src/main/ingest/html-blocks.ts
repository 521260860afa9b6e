/**
 * Walks parsed HTML (saved web pages, and mammoth's rendering of a DOCX) into paragraphs and tables.
 * Iterative throughout (explicit stacks), so 100,000 nested elements cannot overflow the call stack.
 * Scripts, styles and other non-content elements are dropped; block elements and <br> end a line;
 * tables keep their rows with colspan/rowspan expanded (a covered slot holds '').
 */
import { parse, HTMLElement, TextNode, type Node } from 'node-html-parser'
import { TextBuilder } from './text-builder'

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'title', 'ul', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
])

export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video',
  'select', 'option', 'datalist', 'button', 'head-style', 'xml',
])

/** Elements whose content the parser must not read as markup. */
export const PARSE_OPTIONS = {
  lowerCaseTagName: false,
  comment: false,
  blockTextElements: { script: true, style: true, noscript: true, textarea: true },
}

/** The parser keeps a doctype or an XML declaration as text: they go first. */
export const PROLOGUE = /<!doctype[^>]*>|<\?xml[^>]*\?>/gi

export function parseHtml(html: string): HTMLElement {
  return parse(html.replace(PROLOGUE, ''), PARSE_OPTIONS)
}

export function tagOf(node: Node): string {
  return node instanceof HTMLElement ? (node.rawTagName ?? '').toLowerCase() : ''
}

const WS = /[ \t\n\r\f]+/g

/** All the text inside an element, block boundaries as spaces (for table cells). */
function flatText(el: HTMLElement): string {
  const out: string[] = []
  const stack: Node[] = [el]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node instanceof TextNode) {
      out.push(node.text.replace(WS, ' '))
      continue
    }
    if (!(node instanceof HTMLElement)) continue
    const tag = tagOf(node)
    if (SKIP_TAGS.has(tag)) continue
    if (tag === 'br' || (node !== el && BLOCK_TAGS.has(tag))) out.push(' ')
    const kids = node.childNodes
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k])
  }
  return out.join('').replace(/ {2,}/g, ' ').trim()
}

function spanAttr(el: HTMLElement, name: string, max: number): number {
  const v = parseInt(el.getAttribute(name) ?? '1', 10)
  return Number.isFinite(v) && v >= 1 ? Math.min(v, max) : 1
}

/** The rows of this table (not of tables nested in its cells), spans expanded into a full grid. */
export function tableGrid(table: HTMLElement): string[][] {
  const trs: HTMLElement[] = []
  const stack: Node[] = [...table.childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (!(node instanceof HTMLElement)) continue
    const tag = tagOf(node)
    if (tag === 'tr') trs.push(node)
    else if (tag !== 'table') for (let k = node.childNodes.length - 1; k >= 0; k--) stack.push(node.childNodes[k])
  }
  const grid: (string | undefined)[][] = trs.map(() => [])
  trs.forEach((tr, r) => {
    let col = 0
    for (const cell of tr.childNodes) {
      if (!(cell instanceof HTMLElement)) continue
      const tag = tagOf(cell)
      if (tag !== 'td' && tag !== 'th') continue
      while (grid[r][col] !== undefined) col++
      const cs = spanAttr(cell, 'colspan', 1000)
      const rs = spanAttr(cell, 'rowspan', trs.length - r)
      const text = flatText(cell)
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) grid[r + dr][col + dc] = dr === 0 && dc === 0 ? text : ''
      col += cs
    }
  })
  const width = Math.max(0, ...grid.map((row) => row.length))
  return grid.map((row) => Array.from({ length: width }, (_, k) => row[k] ?? ''))
}

/**
 * The line being built from text runs: a block boundary or a <br> ends it. Shared by the tree walker
 * below and the large-page reader (html-stream.ts), so both make the same paragraphs.
 */
export class HtmlLine {
  private parts: string[] = []
  /** inside <pre>: whitespace kept, <br> a line break */
  preDepth = 0
  constructor(private readonly b: TextBuilder) {}

  text(t: string): void {
    this.parts.push(this.preDepth > 0 ? t : t.replace(WS, ' '))
  }

  br(): void {
    if (this.preDepth > 0) this.parts.push('\n')
    else this.flush()
  }

  flush(): void {
    if (this.parts.length === 0) return
    const text = this.parts.join('')
    this.parts = []
    this.b.paragraph(this.preDepth > 0 ? text : text.replace(/ {2,}/g, ' '))
  }
}

/** A table element: its captions as paragraphs, then its grid. */
export function appendTable(table: HTMLElement, b: TextBuilder): void {
  for (const kid of table.childNodes) if (kid instanceof HTMLElement && tagOf(kid) === 'caption') b.paragraph(flatText(kid))
  b.table(tableGrid(table))
}

type Frame = { node: Node; exit: boolean }

/**
 * Appends the blocks of an HTML tree to a builder. `onImage`: called for each <img> outside a table, in
 * page order, after the line before it is ended (the MHTML reader records where its pictures stood).
 */
export function appendHtmlBlocks(root: HTMLElement, b: TextBuilder, onImage?: (img: HTMLElement) => void): void {
  const line = new HtmlLine(b)
  const stack: Frame[] = [{ node: root, exit: false }]
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as Frame
    if (node instanceof TextNode) {
      line.text(node.text)
      continue
    }
    if (!(node instanceof HTMLElement)) continue
    const tag = tagOf(node)
    if (exit) {
      if (tag === 'pre') line.preDepth--
      if (BLOCK_TAGS.has(tag)) line.flush()
      continue
    }
    if (SKIP_TAGS.has(tag)) continue
    if (tag === 'br') {
      line.br()
      continue
    }
    if (tag === 'img' && onImage) {
      line.flush()
      onImage(node)
      continue
    }
    if (tag === 'table') {
      line.flush()
      appendTable(node, b)
      continue
    }
    if (BLOCK_TAGS.has(tag)) line.flush()
    if (tag === 'pre') line.preDepth++
    stack.push({ node, exit: true })
    const kids = node.childNodes
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k], exit: false })
  }
  line.flush()
}
