/**
 * The list and search cases issue 15 (point 4) names, one table for scale-bench.ts (through the services) and
 * list-search-bench.ts (read-only, on any library): a list page with each filter and sort (< 50 ms), a list
 * filtered by a search with its total and search's first page (< 100 ms), the authority list (no goal).
 * The region and agency asked for are the library's most used (the widest answer, the slowest).
 */
import type { Db } from '../../src/main/library/db'
import type { ListQuery } from '../../src/shared/contract'
import { decodeValue } from '../../src/main/library/codec'
import { generateReport } from './report-text'

export interface ViewCase { label: string; goal: number | null; list?: (i: number) => ListQuery; search?: (i: number) => string; authority?: true }

function mostUsed(db: Db, field: string): string {
  const v = db.prepare(`SELECT value FROM fields INDEXED BY fields_facet_${field} WHERE field_id = '${field}' AND value != 'null' GROUP BY value ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string | undefined
  return v === undefined ? '' : String(decodeValue(v))
}

export function listViewCases(db: Db, n: number): ViewCase[] {
  const region = mostUsed(db, 'region')
  const agency = mostUsed(db, 'agency')
  const rare = (i: number): string => {
    const g = generateReport(1 + ((i * 7919) % Math.max(1, n)))
    return `${g.agency}${g.year}年`
  }
  const L = (label: string, list: (i: number) => ListQuery, goal = 50): ViewCase => ({ label, goal, list })
  return [
    L('list: first page', () => ({ limit: 100 })),
    L('list: page 500, sort report_year desc', () => ({ limit: 100, offset: 50_000 % Math.max(1, n), sort: 'report_year', desc: true })),
    L('list: sort agency', () => ({ limit: 100, sort: 'agency' })),
    L('list: sort warnings desc', () => ({ limit: 100, sort: 'warnings', desc: true })),
    L('list: filter year + status, sort file_name', (i) => ({ limit: 100, year: [2012 + (i % 12)], status: ['new'], sort: 'file_name' })),
    L('list: filter format standard-2021', () => ({ limit: 100, format: ['standard-2021'] })),
    L('list: filter has warnings', () => ({ limit: 100, hasWarnings: true })),
    L('list: filter level county, sort region', () => ({ limit: 100, level: ['county'], sort: 'region' })),
    L(`list: filter region (${region}), sort report_year desc`, () => ({ limit: 100, region: [region], sort: 'report_year', desc: true })),
    L(`list: filter agency (${agency}), sort file_name`, () => ({ limit: 100, agency: [agency], sort: 'file_name' })),
    L('list: filter years 2015–2019, sort agency', () => ({ limit: 100, year: [2015, 2016, 2017, 2018, 2019], sort: 'agency' })),
    L('list: filter tag 1, sort status', () => ({ limit: 100, tag: [1], sort: 'status' })),
    { label: 'search: common phrase (政府信息公开), first page', goal: 100, search: () => '政府信息公开' },
    { label: 'search: rare phrase (one agency and year)', goal: 100, search: rare },
    { label: 'search: 2 characters (复议)', goal: 100, search: () => '复议' },
    { label: 'search: 1 character (诉)', goal: 100, search: () => '诉' },
    L('list: search (行政复议) with its total', () => ({ limit: 100, search: '行政复议' }), 100),
    L('list: search (政府信息公开) with its total', () => ({ limit: 100, search: '政府信息公开' }), 100),
    L('list: search rare phrase with its total', (i) => ({ limit: 100, search: rare(i) }), 100),
    L('list: search (复议) with its total', () => ({ limit: 100, search: '复议' }), 100),
    L('list: search (行政复议) + year + status', (i) => ({ limit: 100, search: '行政复议', year: [2012 + (i % 12)], status: ['new'] }), 100),
    L('list: search (政府信息公开) + level', () => ({ limit: 100, search: '政府信息公开', level: ['county'] }), 100),
    L('list: search (行政复议) + status, sort agency', () => ({ limit: 100, search: '行政复议', status: ['new'], sort: 'agency' }), 100),
    L('list: search rare phrase + status, sort agency', (i) => ({ limit: 100, search: rare(i), status: ['new'], sort: 'agency' }), 100),
    { label: 'authority list (dataset.agencies)', goal: null, authority: true },
  ]
}
