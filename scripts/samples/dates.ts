/**
 * Dates and numbers as Chinese reports write them: 2018年3月6日, 二〇一八年三月六日, and the scraped
 * variant with a Latin letter O for zero (二O一一年一月十日); heading ordinals 一、二、三.
 */
import type { DateStyle } from './model'

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1..99 in Chinese numerals: 十, 十一, 二十, 三十一 */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`
}

/** 'YYYY-MM-DD' -> the date as the signature writes it. */
export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (style === 'arabic') return `${y}年${m}月${d}日`
  const zero = style === 'chinese-O' ? 'O' : '〇'
  const year = String(y).split('').map((c) => (c === '0' ? zero : DIGITS[Number(c)])).join('')
  return `${year}年${chineseNumber(m)}月${chineseNumber(d)}日`
}
