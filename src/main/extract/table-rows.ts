/**
 * Table rows as the rules see them, whatever the source:
 * - the readers' TableBlocks (DOCX/HTML tables, PDF rows rebuilt from positions): exact cells, blanks kept;
 * - tab- or pipe-separated lines in a text file (cells split on the raw line, so the blank cells at a
 *   line's edges that cleaning trims are kept);
 * - a label line followed by a run of numbers, or by one number per line (blank cells leave no trace).
 *
 * `positional` says whether blank cells survived: then values can be placed by position even when some
 * are blank; otherwise a row is only usable when it has exactly as many numbers as the table has columns.
 * Every value carries its raw-text span.
 */
import type { ParsedDocument, TableBlock } from '../../shared/document'
import { foldLookalikes, toSimplified } from '../text/index'
import { parseCell } from './numbers'
import { foldTaiwanTerms, linesOf, rawSpanOf, type TextView } from './view'

export interface ValueCell {
  /** null: a blank cell (empty, —, -, /): not emitted, since blank and 0 are different facts */
  value: number | null
  /** raw-text span */
  span: [number, number]
}

export interface TableRow {
  /** the leading text cells, simplified */
  label: string
  /** raw offset of the row, for document order */
  rawStart: number
  values: ValueCell[]
  positional: boolean
  /** the whole row's text (simplified), for header recognition */
  text: string
  /** positional rows: every slot's text (simplified) and value (null for a text cell) */
  cells?: string[]
  slots?: (ValueCell | null)[]
}

const HAS_CJK = /[\u4e00-\u9fa5]/
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/gi

// template labels repeat from report to report: remember their simplified form (bounded)
const LABEL_CACHE = new Map<string, string>()

/** A label as the matcher wants it: simplified, pinyin annotations dropped. */
function labelText(s: string): string {
  // cells are raw text: fold the look-alikes (Kangxi radicals from PDF fonts: ⾏政许可) as cleaning does
  const t = foldLookalikes((s.includes('(') || s.includes('（') ? s.replace(PINYIN, '') : s).trim())
  if (!HAS_CJK.test(t)) return t
  let out = LABEL_CACHE.get(t)
  if (out === undefined) {
    // (a Taiwan-vocabulary mirror's label, 主動公開政府資訊數: read as the view reads its prose, 信息)
    out = foldTaiwanTerms(toSimplified(t))
    if (LABEL_CACHE.size > 4000) LABEL_CACHE.clear()
    LABEL_CACHE.set(t, out)
  }
  return out
}

interface RawCell { text: string; start: number }
const TAB = new Set(['\t'])
const PIPES = new Set(['|', '｜'])

const VALUE_TOKEN = '(?:[+-]?\\d+(?:\\.\\d+)?|[—–\\-－/／―─]+)'
const GLUED_VALUES = new RegExp(`^\\s*${VALUE_TOKEN}(?:\\s+${VALUE_TOKEN})+\\s*$`)
/** 1 234: a number grouped by a space, not two cells */
const THOUSANDS = /^\d{1,3}(?: \d{3})+$/

/**
 * A PDF row rebuilt from positions can glue a label and its first number into one cell
 * (`行政事业性收费 1`), a header the same way (`信息内容 上一年项目数量`), and two value cells
 * (`0 4`): split them so that the slots of header and data rows still line up.
 */
const DIGITS_CELL = /^\s*\d+\s*$/
function splitGlued(cells: RawCell[]): RawCell[] {
  const out: RawCell[] = []
  for (const c of cells) {
    // (a cell of digits alone, most of a table's, is neither glued values nor a label with its number)
    if (DIGITS_CELL.test(c.text)) { out.push(c); continue }
    if (GLUED_VALUES.test(c.text) && !THOUSANDS.test(c.text.trim())) {
      // `0 4`, `— 2`: two narrow value cells read as one (their gap was under a cell gap); read whole,
      // the spaces would be dropped and `0 4` become 4
      for (const m of c.text.matchAll(/\S+/g)) out.push({ text: m[0], start: c.start + (m.index ?? 0) })
      continue
    }
    const m = c.text.match(/^(\s*\S*[\u4e00-\u9fa5）)]\S*)\s+([+-]?\d+(?:\.\d+)?(?:万元|元)?\s*)$/) ?? c.text.match(/^(\s*信息内容)\s+(\S.*)$/)
    if (m && HAS_CJK.test(m[1])) {
      out.push({ text: m[1], start: c.start })
      out.push({ text: m[2], start: c.start + c.text.length - m[2].length })
    } else out.push(c)
  }
  return out
}

/** Leading text cells form the label; the cells after the last text cell are the values. */
function rowFromCells(rawCells: RawCell[], rawStart: number): TableRow {
  const cells = splitGlued(rawCells)
  let lastText = -1
  const slots: (ValueCell | null)[] = []
  cells.forEach((c, i) => {
    // (a mirror's pinyin after a cell's 无, 無(wú): the cell's word, as labels drop it)
    const v = parseCell(c.text.includes('(') || c.text.includes('（') ? c.text.replace(PINYIN, '') : c.text)
    if (v === null) { lastText = i; slots.push(null); return }
    const trimmed = c.text.trim()
    const s = c.start + Math.max(0, c.text.indexOf(trimmed))
    slots.push({ value: v.kind === 'number' ? v.value : null, span: [s, s + trimmed.length] })
  })
  const values = slots.slice(lastText + 1).filter((v): v is ValueCell => v !== null)
  const texts = cells.map((c, i) => (slots[i] === null ? labelText(c.text) : c.text.trim()))
  return { label: texts.slice(0, lastText + 1).join(''), rawStart, values, positional: true, text: texts.join(' '), cells: texts, slots }
}

function splitCells(line: string, start: number, sep: Set<string>): RawCell[] {
  const out: RawCell[] = []
  let s = 0
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || sep.has(line[i])) {
      out.push({ text: line.slice(s, i), start: start + s })
      s = i + 1
    }
  }
  return out
}

/** Rows of a reader's table: cells are laid out in the raw text as `a | b | c`, one row per line. */
function blockRows(b: TableBlock): TableRow[] {
  const out: TableRow[] = []
  let off = b.start
  for (const row of b.rows) {
    const cells: RawCell[] = []
    for (const c of row) {
      cells.push({ text: c, start: off })
      off += c.length + 3 // ' | '
    }
    off += 1 - 3 // the last cell has no separator; the row ends with '\n'
    out.push(rowFromCells(cells, cells.length ? cells[0].start : off))
  }
  return joinWrappedLabels(out)
}

const ROW_NUMBERING = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/
/** a label and blank value slots after it (not a header row, whose cells are all words) */
function labelOnly(r: TableRow): boolean {
  const slots = r.slots ?? []
  let last = -1
  slots.forEach((v, i) => { if (v === null) last = i })
  const after = slots.slice(last + 1)
  return r.label !== '' && after.length >= 2 && after.every((v) => v !== null && v.value === null)
}

/**
 * A label wrapped around its numbers (a PDF row whose tall label cell was cut into lines above and below
 * the line of numbers): `（二）部分公开（区分处理的，只计这一情形，不 | | …`, ` | 4 | 0 | … | 4`,
 * `计其他情形） | | …`. The numbers take the label above them, and the label-only line below when it
 * continues that label (it starts no row of its own: no （三） / 1. / 四、).
 */
function joinWrappedLabels(rows: TableRow[]): TableRow[] {
  const out: TableRow[] = []
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    const prev = out[out.length - 1]
    if (r.label === '' && r.values.some((v) => v.value !== null) && prev && labelOnly(prev)) {
      const next = rows[i + 1]
      const cont = next && labelOnly(next) && !ROW_NUMBERING.test(next.label) ? next : null
      const label = prev.label + (cont ? cont.label : '')
      out[out.length - 1] = { ...r, label, rawStart: prev.rawStart, text: `${label} ${r.text}`, cells: r.cells ? [label, ...r.cells.slice(1)] : r.cells }
      if (cont) i++
      continue
    }
    out.push(r)
  }
  return out
}

function rawLineAround(raw: string, at: number): { text: string; start: number } {
  const s = raw.lastIndexOf('\n', Math.max(0, at - 1)) + 1
  let e = raw.indexOf('\n', at)
  if (e < 0) e = raw.length
  const text = raw.slice(s, e).replace(/\r$/, '')
  return { text, start: s }
}

const DASH_CELL = /^[—－–-]+$/
function dashedCells(raw: string, at: number): { label: string; values: ValueCell[] } | null {
  const line = rawLineAround(raw, at)
  const m = /^(.*?[\u4e00-\u9fa5）)])\s+((?:(?:[+-]?\d+(?:\.\d+)?|[—－–-]+)\s+)+(?:[+-]?\d+(?:\.\d+)?|[—－–-]+))\s*$/.exec(line.text)
  if (!m) return null
  const values: ValueCell[] = []
  let off = line.start + line.text.indexOf(m[2], m[1].length)
  for (const tok of m[2].split(/(\s+)/)) {
    if (tok.trim() !== '') {
      values.push({ value: DASH_CELL.test(tok) ? null : Number(tok), span: [off, off + tok.length] })
    }
    off += tok.length
  }
  return values.some((v) => v.value === null) && values.some((v) => v.value !== null) ? { label: m[1].trim(), values } : null
}

/** `| a | b |`: the outer pipes of a drawn table are not slots */
function innerCells(cells: RawCell[], line: string): RawCell[] {
  let out = cells
  if (out.length && out[0].text.trim() === '' && /^\s*[|｜]/.test(line)) out = out.slice(1)
  if (out.length && out[out.length - 1].text.trim() === '' && /[|｜]\s*$/.test(line)) out = out.slice(0, -1)
  return out
}

const MD_RULE_CELL = /^\s*:?-{3,}:?\s*$/

/**
 * Rows right after a table row whose cells are all blank (empty, —, /): a data row the template left
 * blank (it leaves zeros blank). Cleaning drops such lines, as they hold no word or digit, so they are
 * read on the raw text, and only when they have as many cells as the row above (the same table). A
 * Markdown rule line (|---|---|) is stepped over. Their slots are blanks, never zeros.
 */
function blankRowsAfter(raw: string, line: { text: string; start: number }, tabbed: boolean, width: number, seen: Set<number>): TableRow[] {
  const out: TableRow[] = []
  let at = line.start + line.text.length
  for (;;) {
    if (raw[at] === '\r') at++
    if (raw[at] !== '\n') break
    const next = rawLineAround(raw, at + 1)
    if (next.start !== at + 1 || /[\p{L}\p{N}]/u.test(next.text)) break
    const cells = tabbed ? splitCells(next.text, next.start, TAB) : innerCells(splitCells(next.text, next.start, PIPES), next.text)
    const rule = !tabbed && cells.length > 0 && cells.every((c) => MD_RULE_CELL.test(c.text))
    if (cells.length !== width || (!rule && !cells.every((c) => parseCell(c.text)?.kind === 'blank'))) break
    if (!rule && !seen.has(next.start)) out.push(rowFromCells(cells, next.start))
    seen.add(next.start)
    at = next.start + next.text.length
  }
  return out
}

function numberRun(view: TextView, text: string, start: number): ValueCell[] {
  const out: ValueCell[] = []
  const re = /[+-]?\d+(?:\.\d+)?/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ value: Number(m[0]), span: rawSpanOf(view, start + m.index, start + m.index + m[0].length) })
  }
  return out
}

/** the unit column's cell of a statistics table, alone on its line */
const UNIT_CELL = /^\s*(?:条|件|项|个|次|人次|份|起|宗|篇|场|期|万元|元)\s*$/

/** a bracketed note on how a row counts (（不同渠道和方式公开相同信息计1条）) */
export const COUNTING_NOTE = /[（(][^（）()]*(?:计|算|包括|含)[^（）()]*[）)]/
const COUNTING_NOTE_LINE = new RegExp(`^${COUNTING_NOTE.source}$`)

const TRAILING_NUMBERS = /((?:[+-]?\d+(?:\.\d+)?)(?: [+-]?\d+(?:\.\d+)?)*)\s*$/

/** Every table-like row of a document, in document order. */
export function tableRows(view: TextView, doc: ParsedDocument): TableRow[] {
  const rows: TableRow[] = []
  const blocks = doc.blocks.filter((b): b is TableBlock => b.type === 'table')
  for (const b of blocks) rows.push(...blockRows(b))
  const inBlock = (at: number): boolean => blocks.some((b) => at >= b.start && at < b.end)
  let current: TableRow | null = null
  const seenRawLines = new Set<number>()
  let before = ''
  for (const l of linesOf(view)) {
    const t = l.text
    // (the view's line right before this one, blank or not: a label broken over two lines has nothing between)
    const prevText = before
    before = t
    if (!t.trim()) continue
    const [rs] = rawSpanOf(view, l.start, l.end)
    if (inBlock(rs)) { current = null; continue }
    if (/[|｜\t]/.test(t)) {
      current = null
      const rawLine = rawLineAround(doc.text, rs)
      if (seenRawLines.has(rawLine.start)) continue
      seenRawLines.add(rawLine.start)
      const tabbed = rawLine.text.includes('\t')
      let cells = splitCells(rawLine.text, rawLine.start, tabbed ? TAB : PIPES)
      if (!tabbed) cells = innerCells(cells, rawLine.text)
      rows.push(rowFromCells(cells, rawLine.start))
      rows.push(...blankRowsAfter(doc.text, rawLine, tabbed, cells.length, seenRawLines))
      continue
    }
    // a page number (- 3 -, 第3页, 3/12) is not a cell
    if (/^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)\s*$/.test(t)) continue
    if (/^[\s\d.+-]+$/.test(t)) {
      // a line of numbers only: more values of the row above (one cell per line, or a wrapped run)
      if (current) current.values.push(...numberRun(view, t, l.start))
      // a run under a tabbed or piped header (table 四's fifteen results on one line): a row without a label
      else rows.push({ label: '', rawStart: rs, values: numberRun(view, t, l.start), positional: false, text: t })
      continue
    }
    if (!HAS_CJK.test(t) || t.length > 120) { current = null; continue }
    // a statistics table one cell per line (三、行政复议数 / 件 / 3): the unit column's cell between a row's label and
    // its number belongs to that row, it starts none of its own
    if (current && !current.values.length && UNIT_CELL.test(t)) continue
    // (…nor does the template's counting note on a line of its own, （一）主动公开政府信息数 / （不同渠道和方式公开相同信息计1条） /
    // 1356: the label's own words, its number after them; set 52 of real pages)
    if (current && !current.values.length && COUNTING_NOTE_LINE.test(t.trim())) { current.label += t.trim(); current.text += t; continue }
    const m = t.match(TRAILING_NUMBERS)
    let label = t
    let values: ValueCell[] = []
    if (m && m.index !== undefined && m.index > 0 && HAS_CJK.test(t.slice(0, m.index))) {
      // "1.属于国家秘密" — the item number is not a value: a run must not start right after "1."
      const head = t.slice(0, m.index)
      if (!/[.、．]$/.test(head)) {
        label = head
        values = numberRun(view, m[1], l.start + m.index)
      }
    }
    // a label broken over two lines (一、本年新收政府信息公开申 / 请数量 152 24 1 0 6 4 187, a PDF's cell wrapped): the
    // values' short head continues the label of the line above, which has none
    const above = rows[rows.length - 1]
    // (only a numbered row's label: a header cell above a short row label, 信息内容 / 规章 2 1 41, is no broken label)
    if (values.length && label.trim().length <= 6 && above && !above.positional && !above.values.length && above.text.length <= 30
      && /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/.test(above.label) && !/^(?:[一二三四五六七八九十]+、|[（(])/.test(label.trim())
      && !/[。；;：:]$/.test(above.text) && prevText === above.text) {
      above.label = (above.label + label.trim()).trim()
      above.values = values
      above.text += t
      current = above
      continue
    }
    current = { label: label.trim(), rawStart: rs, values, positional: false, text: t }
    // cells split by spaces with blanks written — (一、本年新收…数量 49 5 — — 2 — 56): the view squeezes the spaces between
    // the dashes, so the row is read again on its raw line, each dash a blank cell
    const dashed = /[—－–]/.test(t) ? dashedCells(doc.text, rs) : null
    if (dashed) Object.assign(current, { label: dashed.label, values: dashed.values, positional: true })
    rows.push(current)
  }
  for (const r of rows) if (!r.positional && r.values.length >= 2) withPipeLineBlanks(doc.text, r)
  return rows.sort((a, b) => a.rawStart - b.rawStart)
}

/**
 * A row set one cell per line between lines that are only a bar (label / | / 35 / | / 2 / | / | / | / 1 / …): the view
 * drops the bar lines, so the numbers come without their blank cells. Read again on the raw lines, each bar closes a
 * cell, the empty ones blank: the row's values in their columns (session-12 blind batch; pages README: one cell per line).
 */
function withPipeLineBlanks(raw: string, r: TableRow): void {
  let at = raw.indexOf('\n', r.rawStart)
  if (at < 0) return
  const cells: (ValueCell | null)[] = []
  let cell: ValueCell | null | undefined
  let bars = 0
  while (at >= 0 && at < raw.length) {
    const end = raw.indexOf('\n', at + 1)
    const line = raw.slice(at + 1, end < 0 ? raw.length : end)
    const t = line.trim()
    if (t === '|' || t === '｜') {
      if (bars > 0) cells.push(cell ?? null)
      cell = undefined
      bars++
    } else if (/^[+-]?\d+(?:\.\d+)?$/.test(t) && cell === undefined) {
      const off = at + 1 + line.indexOf(t)
      cell = { value: Number(t), span: [off, off + t.length] }
    } else if (t !== '') break
    at = end
  }
  const filled = cells.filter((c): c is ValueCell => c !== null)
  if (bars < 3 || filled.length !== r.values.length || filled.some((c, i) => c.value !== r.values[i].value)) return
  r.values = cells.map((c) => c ?? { value: null, span: [r.rawStart, r.rawStart] })
  r.positional = true
}

/**
 * A table flattened into pipes with nothing left in it: raw lines of 8+ `|` with no number in any cell.
 * Read on the raw text, as cleaning folds such runs away. Returns raw offsets.
 */
export function lostTableLines(raw: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let s = 0
  for (const line of raw.split('\n')) {
    const pipes = (line.match(/[|｜]/g) ?? []).length
    if (pipes >= 8) {
      const numeric = line.split(/[|｜]/).filter((c) => { const v = parseCell(c); return v !== null && v.kind === 'number' }).length
      if (numeric === 0) out.push({ start: s, end: s + line.length })
    }
    s += line.length + 1
  }
  return out
}
