/**
 * The large-page reader (issue 10): a web page too long for a parse tree (node-html-parser's tree of a
 * 50 MB page took ~880 MB) is read in one pass over its source instead, emitting paragraphs as they end and
 * parsing only each table on its own. It follows node-html-parser's own tokenizer step by step (the same
 * tag pattern, the same elements closed by opening or closing others, the same raw-text elements, and the
 * same fate for elements still open at the end, found in a first pass), and then walks the elements as
 * html-blocks.ts walks the tree, so its text and blocks are the tree walker's (tests/ingest/html-stream.test.ts).
 * Only pages above LARGE_PAGE_CHARS come here: every other page keeps the tree reader.
 */
import { parse, HTMLElement, TextNode } from 'node-html-parser'
import { BLOCK_TAGS, HtmlLine, PARSE_OPTIONS, PROLOGUE, SKIP_TAGS, appendTable, tagOf } from './html-blocks'
import type { TextBuilder } from './text-builder'

// node-html-parser 9's kMarkupPattern: a comment, or a start or end tag (name, attributes, closing slash)
const MARKUP = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][-.:0-9_a-zA-Z@\xB7\xC0-\xD6\xD8-\xF6\u00F8-\u03A1\u03A3-\u03D9\u03DB-\u03EF\u03F7-\u03FF\u0400-\u04FF\u0500-\u052F\u1D00-\u1D2B\u1D6B-\u1D77\u1D79-\u1D9A\u1E00-\u1E9B\u1F00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2126\u212A-\u212B\u2132\u214E\u2160-\u2188\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA78E\uA790-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB5F\uAB64-\uAB65\uFB00-\uFB06\uFB13-\uFB17\uFF21-\uFF3A\uFF41-\uFF5A\x37F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*)((?:\s+[^>]*?(?:(?:'[^']*')|(?:"[^"]*"))?)*)\s*(\/?)>/gu
const MARKUP_CDATA = new RegExp(MARKUP.source.replace('<!--[\\s\\S]*?-->|', '<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|'), 'gu')
const UNQUOTED_VALUE_AT_END = /(?:^|\s)[^\s"'<>=\/]+\s*=\s*[^\s"'<>`]+$/
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'].flatMap((t) => [t, t.toUpperCase()]))
/** elements whose content is raw text up to their end tag (PARSE_OPTIONS.blockTextElements) */
const RAW_TEXT = new Set(Object.keys(PARSE_OPTIONS.blockTextElements))

type Rule = Record<string, readonly string[]>
const both = (r: Rule): Map<string, Set<string>> => {
  const m = new Map<string, Set<string>>()
  for (const [k, v] of Object.entries(r)) {
    const s = new Set(v.flatMap((t) => [t, t.toUpperCase()]))
    m.set(k, s)
    m.set(k.toUpperCase(), s)
  }
  return m
}
const CELL_OPENERS = ['td', 'th', 'tr', 'tbody', 'tfoot']
/** open element (as written) -> start tags (as written) that close it */
const CLOSED_BY_OPENING = both({
  li: ['li'], p: ['p', 'div'], b: ['div'], td: CELL_OPENERS, th: CELL_OPENERS, tr: ['tr', 'tbody', 'tfoot'], thead: ['tbody', 'tfoot'],
  tbody: ['tbody', 'tfoot'], h1: ['h1'], h2: ['h2'], h3: ['h3'], h4: ['h4'], h5: ['h5'], h6: ['h6'], dt: ['dt', 'dd'], dd: ['dt', 'dd'],
})
const CELL_CLOSERS = ['tr', 'table', 'thead', 'tbody', 'tfoot']
/** open element (upper case) -> end tags (as written) that close it on their way */
const CLOSED_BY_CLOSING = both({
  li: ['ul', 'ol'], a: ['div'], b: ['div'], i: ['div'], p: ['div'], td: CELL_CLOSERS, th: CELL_CLOSERS, tr: ['table', 'thead', 'tbody', 'tfoot'],
  tbody: ['table'], tfoot: ['table'], dt: ['dl', 'body', 'html'], dd: ['dl', 'body', 'html'],
})
/** an open <p> is closed by its container's end tag, except these */
const P_KEPT_BY = new Set(['a', 'audio', 'del', 'ins', 'map', 'noscript', 'video'])

interface El {
  /** the tag as written; '' for the root */
  raw: string
  /** where its start tag begins: the element's identity across the two passes */
  at: number
  /** its end does something (a block ends the line, <pre> ends) */
  exit?: boolean
  done?: boolean
}

interface Events {
  open(el: El, parent: El): void
  /** el ends; `end` is where its source ends (after its own end tag, or where another tag closed it) */
  close(el: El, end: number): void
  text(start: number, end: number): void
}

/** node-html-parser's base_parse without the nodes: the elements still open at the end are returned. */
function tokenize(data: string, on: Events): El[] {
  const hasCdata = data.includes('<![CDATA[')
  const re = hasCdata ? MARKUP_CDATA : MARKUP
  re.lastIndex = 0
  const root: El = { raw: '', at: -1 }
  const stack: El[] = [root]
  const top = (): El => stack[stack.length - 1]
  const pop = (end: number): void => on.close(stack.pop() as El, end)
  let lastText = 0
  let stop = false
  for (let m = re.exec(data); m !== null; m = re.exec(data)) {
    const matchText = m[0]
    let leadingSlash = m[1]
    const tagName = m[2]
    let attributes = m[3]
    let closingSlash = m[4]
    const tagEnd = re.lastIndex
    const tagStart = tagEnd - matchText.length
    if (closingSlash && !leadingSlash && UNQUOTED_VALUE_AT_END.test(attributes) && !VOID.has(tagName)) {
      attributes += closingSlash
      closingSlash = ''
    }
    if (tagStart > lastText) on.text(lastText, tagStart)
    lastText = tagEnd
    if (hasCdata && matchText.startsWith('<![CDATA[')) {
      on.text(tagStart, tagEnd)
      continue
    }
    if (matchText[1] === '!') continue
    if (!leadingSlash) {
      if (!closingSlash) while (CLOSED_BY_OPENING.get(top().raw)?.has(tagName)) pop(tagStart)
      const el: El = { raw: tagName, at: tagStart }
      const parent = top()
      stack.push(el)
      on.open(el, parent)
      if (RAW_TEXT.has(tagName.toLowerCase())) {
        const close = data.indexOf(`</${tagName}>`, tagEnd)
        const textEnd = close === -1 ? data.length : close
        if (textEnd > tagEnd && /\S/.test(data.slice(tagEnd, textEnd))) on.text(tagEnd, textEnd)
        if (close === -1) {
          // the rest of the page is its text: nothing after it is read
          lastText = data.length + 1
          stop = true
        } else {
          lastText = re.lastIndex = close + tagName.length + 3
          leadingSlash = '/'
        }
      }
    }
    if (leadingSlash || closingSlash || VOID.has(tagName)) {
      for (;;) {
        const cur = top()
        if (cur.raw === tagName) {
          pop(stop ? data.length : re.lastIndex)
          break
        }
        if (CLOSED_BY_CLOSING.get(cur.raw.toUpperCase())?.has(tagName)) {
          pop(tagStart)
          continue
        }
        if (cur.raw.toLowerCase() === 'p' && stack.length > 1) {
          const container = stack[stack.length - 2]
          const closing = tagName.toLowerCase()
          if (container.raw.toLowerCase() === closing && !P_KEPT_BY.has(closing)) {
            pop(tagStart)
            continue
          }
        }
        break
      }
    }
    if (stop) break
  }
  if (lastText < data.length) on.text(lastText, data.length)
  return stack
}

/**
 * What node-html-parser does with the elements still open at the end (parse(), after base_parse): one
 * whose parent is not the root is dissolved (its children go to its parent; `gone`), and when that parent
 * has the same tag, its children go one level up instead, so that parent ends where the child began
 * (`endsAt`). Elements are named by where their start tag begins.
 */
function unclosedFates(open: El[]): { gone: Set<number>; endsAt: Set<number> } {
  const gone = new Set<number>()
  const endsAt = new Set<number>()
  let k = open.length - 1
  while (k >= 1) {
    const last = open[k]
    const before = open[k - 1]
    if (k - 1 >= 1) {
      gone.add(last.at)
      if (last.raw.toUpperCase() === before.raw.toUpperCase()) {
        endsAt.add(last.at)
        k -= 2
        continue
      }
    }
    k -= 1
  }
  return { gone, endsAt }
}

/** Appends the blocks of a page's source to a builder, as appendHtmlBlocks(parseHtml(html)) would. */
export function appendHtmlSourceBlocks(html: string, b: TextBuilder): void {
  const fates = unclosedFates(tokenize(html, { open() {}, close() {}, text() {} }))
  const line = new HtmlLine(b)
  /** the skipped element (or <br>) or the table being gathered, whose content is not walked */
  let held: El | null = null

  const end = (el: El, at: number): void => {
    if (el.done || fates.gone.has(el.at)) return
    el.done = true
    if (el === held) {
      held = null
      if (el.raw.toLowerCase() === 'table') appendTableSource(html.slice(el.at, at), line, b)
      return
    }
    if (held !== null || !el.exit) return
    const tag = el.raw.toLowerCase()
    if (tag === 'pre') line.preDepth--
    if (BLOCK_TAGS.has(tag)) line.flush()
  }

  const open = tokenize(html, {
    open(el, parent) {
      if (fates.endsAt.has(el.at)) end(parent, el.at)
      if (held !== null || fates.gone.has(el.at)) return
      const tag = el.raw.toLowerCase()
      if (SKIP_TAGS.has(tag) || tag === 'table') {
        if (tag === 'table') line.flush()
        held = el
        return
      }
      if (tag === 'br') {
        // the walker does not enter a <br> (a `<Br>` is not void, and can hold text that is then lost)
        line.br()
        held = el
        return
      }
      if (BLOCK_TAGS.has(tag)) line.flush()
      if (tag === 'pre') line.preDepth++
      el.exit = true
    },
    close: end,
    text(start, stop) {
      if (held !== null) return
      line.text(new TextNode(html.slice(start, stop).replace(PROLOGUE, '')).text)
    },
  })
  for (let k = open.length - 1; k >= 1; k--) end(open[k], html.length)
  line.flush()
}

/** A table's own source, parsed alone (tables are small even in a huge page). */
function appendTableSource(source: string, line: HtmlLine, b: TextBuilder): void {
  line.flush()
  const table = parse(source, PARSE_OPTIONS).childNodes.find((n): n is HTMLElement => n instanceof HTMLElement && tagOf(n) === 'table')
  if (table) appendTable(table, b)
}
