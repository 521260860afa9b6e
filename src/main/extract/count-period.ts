/**
 * Whether a count read from prose belongs to the report's own year, judged from the words before it (issue
 * 12): another year named (2019年… in a 2020 report), the year before or part of the year (上年, 上半年), a
 * change on another period (较上年减少5件), a count since an earlier start (2016年以来, 自《条例》实施以来) or
 * up to now (截至目前). Shared by the proactive count, requests received, reconsiderations and lawsuits.
 */

/** a change on another period (较上年增加35条): a difference, not a count */
export const DIFFERENCE = /(比|较|同比|环比)[^，,。；]{0,8}(增加|增长|减少|下降|提高|多)/
/** the year before, part of the year (上年主动公开…, 上半年…, 第四季度…) */
export const OTHER_PERIOD = /(上年|去年|上一年|前年|上半年|下半年|季度)/

/** a year other than the report's named in `near`, and the report's own not named */
export function otherYearNamed(near: string, reportYear: number | null): boolean {
  if (reportYear === null) return false
  const years = [...near.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]))
  return years.length > 0 && !years.includes(reportYear)
}

/** the clause before a count speaks of another period than the report's year */
export function anotherPeriod(near: string, reportYear: number | null): boolean {
  return DIFFERENCE.test(near) || OTHER_PERIOD.test(near) || otherYearNamed(near, reportYear)
}

/** 截至目前 / 截止到现在: up to the day of writing, a running total */
const UP_TO_NOW = /(?:截至|截止)(?:到)?(?:目前|现在|当前|今天|今日|发稿|成稿)/
/** what comes before 以来 when the span is the report's own year (今年以来, 2020年以来 in a 2020 report) */
// 长期以来/一直以来 are idioms (all along), not a start
// (一年以来, the past year: the report's own; set 41 of real pages)
const SINCE_THIS_YEAR = /(今年|本年|本年度|年初|开年|长期|一直|一年)$/

/**
 * The sentence up to a count runs from an earlier start: 以来 after anything but the report's year
 * (自《条例》实施以来, 2016年以来, 建站以来), or 截至目前. The clause rule alone misses these when a comma
 * separates them from the count (2016年以来，我局主动公开…).
 */
export function sinceEarlierStart(head: string, reportYear: number | null): boolean {
  // 截至目前，2014年度主动公开…: the report's year named after it scopes the count to the year
  const now = UP_TO_NOW.exec(head)
  if (now && !namesYear(head.slice(now.index + now[0].length), reportYear)) return true
  for (const m of head.matchAll(/([^，,。；;]{0,16}?)以来/g)) {
    const before = m[1].replace(/\s+/g, '')
    if (SINCE_THIS_YEAR.test(before)) continue
    const y = before.match(/(\d{4})年(?:度|\d{1,2}月份?(?:\d{1,2}日)?)?$/)
    if (y && reportYear !== null && Number(y[1]) === reportYear) continue
    // (《条例》施行以来 in a report on 2008, the 条例's first year: its own reporting period, 1 May to 31 December)
    if (reportYear === 2008 && /条例》?(?:正式)?(?:施行|实施)$/.test(before)) continue
    return true
  }
  return false
}

/** `text` names the report's year (2014年, 2014 年度) */
function namesYear(text: string, reportYear: number | null): boolean {
  if (reportYear === null) return false
  for (const m of text.matchAll(YEAR_WORD)) if (Number(m[1]) === reportYear) return true
  return false
}
const YEAR_WORD = /(\d{4})\s*年/g

/** a year opening the sentence, after an enumerator (2020年，区政府办公室共收到…; （一）2019年我局…) */
const OPENING_YEAR = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(\d{4})\s*年/

/**
 * The sentence opens with a year before the report's and does not name the report's year before the
 * count: its counts are that year's (2020年，…共收到申请26件 in a 2022 report), even when a comma separates
 * the year from the count's clause, which the clause rules do not see.
 */
export function openedByAnotherYear(head: string, reportYear: number | null): boolean {
  const m = OPENING_YEAR.exec(head)
  // an earlier year only: a later one opens a plan (2013年，我局将…) or says the report year was misread
  if (m && reportYear !== null && Number(m[1]) < reportYear && !new RegExp(`${reportYear}\\s*年`).test(head)) return true
  return yearClauseBefore(head, reportYear)
}

/** a year standing alone as a clause inside the sentence (…有效提升,2020年,区政府办公室共收到…) */
const YEAR_CLAUSE = /(?:^|[，,。；;:：])\s*(\d{4})\s*年度?\s*[，,]/g

/** the last year-clause before the count is an earlier year than the report's, and the report's is not named after it */
function yearClauseBefore(head: string, reportYear: number | null): boolean {
  if (reportYear === null) return false
  let last: RegExpExecArray | null = null
  YEAR_CLAUSE.lastIndex = 0
  for (let c = YEAR_CLAUSE.exec(head); c; c = YEAR_CLAUSE.exec(head)) last = c
  if (!last || Number(last[1]) >= reportYear) return false
  return !new RegExp(`${reportYear}\\s*年`).test(head.slice(last.index))
}

const MONTH = '(\\d{1,2}|[一二三四五六七八九十]{1,3})'
/** a span of months (1—11月, 1月1日至11月30日, 一至十月, 6月—12月), the end's year optional */
const MONTH_SPAN = new RegExp(`(?<!\\d)${MONTH}\\s*(?:月份?(?:\\s*\\d{1,2}\\s*日)?)?\\s*[—–\\-~至到]\\s*(?:\\d{4}\\s*年\\s*)?${MONTH}\\s*月`, 'g')
/** up to a month's end or a day of it (截至11月底, 截止到2021年10月31日) */
const UP_TO_MONTH = new RegExp(`(?:截至|截止)(?:到)?\\s*(?:\\d{4}\\s*年\\s*)?${MONTH}\\s*月`, 'g')
/** a part of the year named by its half or quarter, anywhere before the count */
const PART_NAMED = /(上半年|下半年|前三季度|第[一二三四1-4]季度)/g

function month(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  const cn = '一二三四五六七八九十'
  if (s === '十') return 10
  if (s.startsWith('十')) return 10 + cn.indexOf(s[1]) + 1
  return cn.indexOf(s[0]) + 1
}

/**
 * The words before a count name a part of the year (1—11月, 截至11月底, 上半年, 第三季度): the count is of
 * those months, not the year's, even when a comma separates them from the count's clause.
 */
export function partOfTheYear(head: string): boolean {
  if (!head.includes('月') && !head.includes('半年') && !head.includes('季度')) return false
  // a part named before another count is that count's when a whole year is named after it (上半年…600条，
  // 全年共…1356条); without one it dates the counts that follow too (1月至10月，…申请26件，…复议2起)
  const ownCount = (end: number): boolean => {
    const rest = head.slice(end)
    // the part opens a clause of its own (1—3月开展专项检查，全年共…): it dates that clause, not the count
    const comma = rest.search(/[，,；;]/)
    if (comma > 3) return false
    let last = -1
    for (const c of rest.matchAll(COUNT_IN)) last = c.index + c[0].length
    return last < 0 || !/(全年|本年|今年|年度|\d{4}\s*年)/.test(rest.slice(last))
  }
  for (const m of head.matchAll(PART_NAMED)) if (ownCount(m.index + m[0].length)) return true
  for (const m of head.matchAll(MONTH_SPAN)) {
    const a = month(m[1]), b = month(m[2])
    // (2008年5月至12月: the whole of the first reporting year, the 条例 having come into force on 1 May 2008)
    const firstYear = a === 5 && b === 12 && /2008\s*年\s*$/.test(head.slice(Math.max(0, m.index - 8), m.index))
    if (a >= 1 && b <= 12 && a < b && (a > 1 || b < 12) && !firstYear && ownCount(m.index + m[0].length)) return true
  }
  for (const m of head.matchAll(UP_TO_MONTH)) if (month(m[1]) < 12 && ownCount(m.index + m[0].length)) return true
  return false
}
const COUNT_IN = /\d(?:余|多)?(?:条|件|项|篇|则|个|份|宗|起)/g
