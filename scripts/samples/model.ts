/**
 * The report model behind every generated sample and fixture: who reports, for which year, in which
 * format, with which numbers, and how the result is dressed (script, dirt, file format). The renderers
 * turn a model into bytes; the gold is read off the same model, so text and answer cannot drift apart.
 */
import type { ReportFormat } from '../../src/shared/fields'

export type AdminLevel = 'central' | 'province' | 'prefecture' | 'county' | 'township'

export interface Agency {
  /** full name as the report writes it: 祁门县市场监督管理局 */
  name: string
  /** the place the agency belongs to, as written; null for central agencies */
  region: string | null
  level: AdminLevel
  /** who it answers to, as the prose names it: 县委、县政府 */
  parent: string
  /** how it names itself in prose: 我局 */
  self: string
  /** its line of work, for the prose: 市场监管 */
  domain: string
  /** the government web site that hosts the report: 祁门县人民政府 */
  site: string
}

/** A count stated in the prose of a free-form report. */
export type StatedCount =
  | { kind: 'count'; n: number; approx?: boolean }
  /** the text says there were none (未收到, 没有发生): gold 0 */
  | { kind: 'none' }
  /** the text does not say */
  | { kind: 'unstated' }

export interface FreeFormStats {
  proactive: StatedCount
  /** 历年累计: a running total printed next to this year's count */
  proactiveCumulative?: number
  applications: StatedCount
  /** licensing cases 受理 written inside the 依申请公开 section: a count of the wrong thing */
  licensingAccepted?: number
  /** 咨询 enquiries printed next to the requests */
  consultations?: number
  reconsiderations: StatedCount
  lawsuits: StatedCount
  fees?: StatedCount
  staff?: number
  budget?: number
}

export const T3_APPLICANTS = ['person', 'business', 'research', 'nonprofit', 'legal', 'other_org'] as const
export const T3_COLUMNS_ALL = [...T3_APPLICANTS, 'total'] as const

/** Outcome rows of table 三, in template order, per version ('other' is one row in 2019, three in 2021). */
export const T3_OUTCOMES_COMMON = [
  'granted', 'partial',
  'denied_secret', 'denied_law', 'denied_safety', 'denied_third_party',
  'denied_internal', 'denied_process', 'denied_enforcement', 'denied_query',
  'unable_no_info', 'unable_create', 'unable_unclear',
  'unprocessed_complaint', 'unprocessed_repeat', 'unprocessed_publication', 'unprocessed_mass', 'unprocessed_confirm',
] as const
export const T3_OTHER_2021 = ['other_overdue_correction', 'other_overdue_fee', 'other_rest'] as const

/** Table 三: row id -> seven numbers (six applicant columns, then total). */
export type T3Table = Record<string, number[]>

export interface T4Table {
  review: number[]
  direct: number[]
  after_review: number[]
}

/** Table 二, 2021 version. fees in 万元, may be fractional. */
export interface T2Table {
  regulations: [number, number, number]
  normative: [number, number, number]
  licensing: number
  punishment: number
  coercion: number
  fees: number
}

/** Table 二, 2019 试行 version. */
export interface T2v19Table {
  regulations: [number, number, number]
  normative: [number, number, number]
  licensing: [number, number, number]
  other_services: [number, number, number]
  punishment: [number, number, number]
  coercion: [number, number, number]
  fees: [number, number]
  /** items, amount (万元) */
  procurement: [number, number]
}

export interface StandardTables {
  t2?: T2Table
  t2v19?: T2v19Table
  t3: T3Table
  t4: T4Table
}

/** Identities of fields.md that a fixture may break on purpose. */
export type IdentityBreak = 't3-balance' | 't3-row-sum' | 't4-sum'

export type NavStyle = 'portal-trad' | 'login' | 'breadcrumb' | 'qr-trad' | 'print'

export type Output =
  | { kind: 'txt'; encoding: 'utf8' | 'gb18030' | 'big5' | 'utf16le'; crlf?: boolean; loose?: boolean }
  | { kind: 'html'; encoding: 'utf8' | 'gb18030' }
  | { kind: 'docx' }
  | { kind: 'pdf' }

export type DateStyle = 'arabic' | 'chinese-O' | 'chinese'
/** How a zero cell is printed: 0, left blank as in the official template, or a placeholder (—, /, 无). */
export type BlankStyle = 'zero' | 'blank' | 'dash' | 'slash' | 'wu'

/** Everything a report needs; the catalogue writes these by hand. */
export interface ReportSpec {
  /** file name without extension */
  name: string
  seed: number
  agency: Agency
  year: number
  format: ReportFormat
  /** the title as the report names itself; default: <agency><year>年政府信息公开工作年度报告 or a variant */
  title?: string
  /** the page's release date, printed in a 发布时间 line; null: no such line */
  publish: string | null
  /** the date under the signature; null: no date at the end */
  signed: string | null
  signedStyle?: DateStyle
  /** the agency name is written in the signature */
  signedByAgency?: boolean
  script: 'simplified' | 'traditional'
  output: Output
  /** free-form only */
  stats?: FreeFormStats
  /** standard only: the prose of 总体情况 states these */
  proactiveProse?: number
  applicationsProse?: boolean
  consultationsProse?: number
  /** standard only: 六、其他需要报告的事项 says no fee was collected */
  feesNoneProse?: boolean
  blanks?: BlankStyle
  breaks?: IdentityBreak[]
  /** standard only: last year's report of the same agency, whose carry_forward becomes this year's carried */
  carriedFrom?: ReportSpec
  dirt?: {
    pinyin?: boolean
    nav?: NavStyle[]
    /** the title line the page carried: 龙山县人民政府-<title> */
    sitePrefixTitle?: boolean
    noTitle?: boolean
    mojibake?: boolean
    /** tables lost in scraping: only runs of | remain */
    flattenTables?: boolean
    /** one sentence names the following year */
    yearConflict?: boolean
    /** pdftotext-like spaces between digits and Chinese */
    pdfSpaces?: boolean
  }
  /** table cells to score in the gold (standard formats); printed cells only */
  goldCells?: string[]
  /** the hand-written part of the gold notes; the traps from `dirt` are added automatically */
  notes?: string
}

export interface ReportModel {
  spec: ReportSpec
  title: string
  tables: StandardTables | null
}
