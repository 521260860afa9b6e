/**
 * Letters the recogniser reads in place of digits (a 2 as N or Z, a 0 as O, a 1 as l or I, a 5 as S, an 8
 * as B): put back only in a cell of a numeric column of an OCR'd table, where the column's other cells are
 * numbers. Elsewhere such a letter may be a letter, and is left as read.
 */

/** Letter (or mark) -> the digit it is mistaken for. */
const LOOKALIKE: Record<string, string> = {
  N: '2', Z: '2', z: '2',
  O: '0', o: '0',
  l: '1', I: '1', '|': '1',
  S: '5', s: '5',
  B: '8',
}

/** A count or amount as a table cell holds it: digits (half or full width), thousands separators, a decimal point. */
const NUMBER = /^[0-9０-９]([0-9０-９,，.]*[0-9０-９])?$/

export function isNumberCell(cell: string): boolean {
  return NUMBER.test(cell.trim())
}

/** The cell with its look-alike letters made digits, if that makes it a number; otherwise null. */
export function asDigits(cell: string): string | null {
  const t = cell.trim()
  if (t === '' || t.length > 12 || ![...t].some((ch) => ch in LOOKALIKE)) return null
  const fixed = [...t].map((ch) => LOOKALIKE[ch] ?? ch).join('')
  return NUMBER.test(fixed) ? fixed : null
}

/** At least this many other cells of the column are numbers, and more than this share of its filled ones. */
const MIN_NUMBERS = 3
const MIN_SHARE = 0.5

/**
 * The rows of an OCR'd table with look-alike letters made digits in the cells of numeric columns (header
 * cells with words in them are not numbers, so a column of counts under a heading still counts as numeric).
 * Rows may differ in length; a new array is returned, the input is left as it is.
 */
export function repairNumericColumns(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length))
  const out = rows.map((r) => [...r])
  for (let c = 0; c < width; c++) {
    const filled = rows.map((r) => (r[c] ?? '').trim()).filter((x) => x !== '')
    const numbers = filled.filter(isNumberCell).length
    for (const row of out) {
      const fixed = asDigits(row[c] ?? '')
      if (fixed === null) continue
      // the column without this cell: its other filled cells
      const others = filled.length - 1
      if (numbers >= MIN_NUMBERS && numbers > MIN_SHARE * others) row[c] = fixed
    }
  }
  return out
}
