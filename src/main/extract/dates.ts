/**
 * Dates as reports write them → ISO `YYYY-MM-DD`: 2018-02-07, 2018/2/7, 2018.02.07, 2018年3月6日,
 * 二O一一年一月十日, 二〇二三年元月十日 (元月 is January), 20231月1日 (年 dropped before the month's 月). A date whose parts do not make a real
 * calendar day gives null: scraping sometimes drops digits (`201711日`), and no date is better than a
 * wrong one. Dates written to the month only are found apart (findYearMonths): a date field never gets
 * an invented day.
 */
import { parseChineseInt } from './numbers'

export interface FoundDate {
  iso: string
  year: number
  month: number
  day: number
  /** offsets in the searched string */
  start: number
  end: number
}

const CN = '〇零一二两三四五六七八九十OoＯ○◯'
const pad = (n: number): string => String(n).padStart(2, '0')

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1949 || year > 2100) return null
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (!Number.isInteger(day) || day < 1 || day > dim) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

function num(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  // 元月: January, as signatures often write it
  if (s === '元') return 1
  return parseChineseInt(s)
}

// Digits separated by -, /, . (optionally with a time after); 年月日 with Arabic or Chinese numerals.
const PATTERNS: RegExp[] = [
  /(?<![\d.])(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d.])/g,
  // (a time glued to the day, the space between lost: 2021-03-2918:26; real page, session 13)
  /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?=\d{1,2}:\d{2})/g,
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
  new RegExp(`([${CN}]{4})\\s*年\\s*([${CN}]{1,3}|元)\\s*月\\s*([${CN}]{1,3})\\s*[日号]`, 'g'),
  /(?<!\d)(\d{4})\s*年\s*(元)\s*月\s*(\d{1,2})\s*[日号]/g,
  // the 年 dropped, its year glued to the month (发布时间：20261月20日, 自20231月1日起: pages p050 reads 2023年1月1日)
  /(?<!\d)((?:19|20)\d{2})(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
]

/** Every date in `s`, in order of position. */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = []
  for (const re of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const y = num(m[1]), mo = num(m[2]), d = num(m[3])
      if (y === null || mo === null || d === null) continue
      const iso = isoDate(y, mo, d)
      if (iso) out.push({ iso, year: y, month: mo, day: d, start: m.index, end: m.index + m[0].length })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** A date written to the month only (2020年1月, 二〇二〇年元月, 2020.01): a real fact, but not a calendar day. */
export interface FoundYearMonth {
  /** `YYYY-MM` */
  ym: string
  year: number
  month: number
  start: number
  end: number
}

// a 日 with no digits before it is a day the writer left blank (2020年1月  日)
const YEAR_MONTH_PATTERNS: RegExp[] = [
  /(?<![\d.\-/])(\d{4})\s*[-/.]\s*(\d{1,2})(?![\d.\-/])/g,
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2}|元)\s*月(?:\s*[日号])?/g,
  new RegExp(`([${CN}]{4})\\s*年\\s*([${CN}]{1,3}|元)\\s*月(?:\\s*[日号])?`, 'g'),
]

/**
 * Every year-and-month in `s` that is not part of a full date, in order of position. Callers decide where
 * such a span may stand for a date (a signature line, a release-date label); read anywhere, `2020.01`
 * is as likely a number.
 */
export function findYearMonths(s: string): FoundYearMonth[] {
  const full = findDates(s)
  const out: FoundYearMonth[] = []
  for (const re of YEAR_MONTH_PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const start = m.index, end = m.index + m[0].length
      if (full.some((d) => d.start < end && start < d.end)) continue
      const y = num(m[1]), mo = num(m[2])
      // the 1st of the month only to test that year and month are real; the day is not claimed
      if (y === null || mo === null || isoDate(y, mo, 1) === null) continue
      out.push({ ym: `${y}-${pad(mo)}`, year: y, month: mo, start, end })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** The single date a string holds (surrounding whitespace allowed), or null. */
export function parseDate(s: string): string | null {
  const t = s.trim()
  const found = findDates(t)
  if (found.length !== 1) return null
  const f = found[0]
  return f.start === 0 && f.end === t.length ? f.iso : null
}

/** A year written in Arabic or Chinese digits (2017, 二〇一七, 二O一七) → number, or null. */
export function parseYear(s: string): number | null {
  const v = num(s.trim().replace(/\s+/g, ''))
  return v !== null && v >= 1949 && v <= 2100 ? v : null
}
