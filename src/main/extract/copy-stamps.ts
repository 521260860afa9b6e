/**
 * A copy's stamp taken for the report's release date (pages README: "mirror timestamps are ignored"). Reports are
 * released within months of their year (every gold of the dev sets: 0–4 months after it closed), so on a page that
 * shows it is a copy a date more than half a year later is the copying site's own posting (2019-07-22 on a 2014
 * report, 作者：九游会 发布时间：2023-09-14 on a 2022 one). A copy shows itself by its script (traditional: mainland
 * sites publish in simplified), a betting brand in its source or author row, or a 来源 saying it was gathered from
 * the web (网络整理). An official site may post an old report late (rs18d: 2015 for 2010), so a page with none of
 * these keeps its date. A page that says it reposts the report (本文转自…) has no date of the report's release.
 */
import type { ExtractedField } from '../../shared/document'
import { hasTraditional, toSimplified } from '../text/index'
import { namesSpamBrand } from './agency-names'
import { COPIED_FROM } from './profile-fields'

/** a page's source or author row and its value */
const SOURCE_ROW = /(?:来源|作者|发布者|编辑)\s*[:：]\s*([^\s　|｜]{2,30})/g
/** traditional-only characters in a page's head, past which the page is a converted copy (a 繁體 link has one or two) */
const MIRROR_CHARS = 12
const HEAD = 3000
const MAX_LAG_MONTHS = 6
/** an official metadata block's index number row */
const INDEX_ROW = /索\s*引\s*[号號]/

function traditionalCount(s: string): number {
  let n = 0
  for (const c of s) if (hasTraditional(c)) n++
  return n
}

/** the page's head says it is a copy */
function looksCopied(raw: string): boolean {
  const head = raw.slice(0, HEAD)
  if (traditionalCount(head) >= MIRROR_CHARS) return true
  const simple = toSimplified(head)
  if (COPIED_FROM.test(simple)) return true
  for (const m of simple.matchAll(SOURCE_ROW)) if (namesSpamBrand(m[1])) return true
  // (a betting brand on a line of its own over the page: 太阳城集团)
  return simple.split('\n').slice(0, 6).some((l) => l.trim().length <= 30 && namesSpamBrand(l))
}

/** the page says it reposts the report (（本文转自某区人民政府门户网站…）): its dates are the repost's (read in either script
 * on the raw text: converting the whole head and tail of every page to simplified cost a tenth of the extraction) */
const REPOSTED = /本文[转轉]自|文章[转轉]自|[转轉][载載]自|原文[转轉]自|原文[来來]源[:：]/

export function isCopyStamp(raw: string, date: ExtractedField, reportYear: number | null): boolean {
  if (typeof date.value !== 'string') return false
  if (REPOSTED.test(raw.slice(0, HEAD)) || REPOSTED.test(raw.slice(-HEAD))) return true
  if (reportYear === null) return false
  // the official page's own metadata block, carried over by a converter (索引號 … 公開日期: 2015-07-27): the official site's
  // posting of the report, however late, not the copying site's stamp (real page, session 13)
  if (date.span && INDEX_ROW.test(raw.slice(Math.max(0, date.span[0] - 300), date.span[0]))) return false
  const [y, m] = date.value.split('-').map(Number)
  return (y - reportYear - 1) * 12 + m > MAX_LAG_MONTHS && looksCopied(raw)
}
