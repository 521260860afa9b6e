/**
 * What “is a report” means for a web page found in an archive (issue 14): its text names a government
 * information disclosure annual report (政府信息公开 … 年度报告 / 年报, simplified or traditional) AND the
 * extractor found at least one count in it (a number field other than the year). A crawl's list pages
 * name the reports in their links but hold no counts; the report page itself states them.
 */
import type { ExtractionResult } from '../../../shared/document'

const NAMES_DISCLOSURE = /(信息|資訊|资讯)公[开開]/
const NAMES_REPORT = /年度?[报報]告|年[报報]/

export function pageIsReport(text: string, extraction: ExtractionResult | null): boolean {
  if (!NAMES_DISCLOSURE.test(text) || !NAMES_REPORT.test(text)) return false
  return (extraction?.fields ?? []).some((f) => typeof f.value === 'number' && f.field !== 'report_year')
}

export const NOT_A_REPORT_PAGE = 'web page that is not an annual report: no report title or no counts (网页不是年度报告)'
