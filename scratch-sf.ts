import { openLibrary } from './src/main/library/db'
import { listDocuments, build } from './src/main/services/list-query'
const db = openLibrary(process.argv[2], { readonly: true })
console.log(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'texts_fts_vocab'").pluck().get())
const region = (db.prepare("SELECT value FROM fields WHERE field_id = 'region' LIMIT 1").pluck().get() as string)
console.log('region', region)
const qs: Record<string, any> = {
  'search+year+status': { limit: 100, search: '行政复议', year: [2015], status: ['new'] },
  'search+year': { limit: 100, search: '行政复议', year: [2018] },
  'search+status sort agency': { limit: 100, search: '行政复议', status: ['new'], sort: 'agency' },
  'rare search+status': { limit: 100, search: '复议机关', status: ['new'] },
  'search+level': { limit: 100, search: '政府信息公开', level: ['county'] },
}
for (const [name, q] of Object.entries(qs)) {
  listDocuments(db, q)
  const ms: number[] = []; const cpu: number[] = []
  let total = 0
  for (let i = 0; i < 5; i++) { const c0 = process.cpuUsage(); const t0 = performance.now(); total = listDocuments(db, q).total; ms.push(performance.now() - t0); const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000) }
  ms.sort((a, b) => a - b); cpu.sort((a, b) => a - b)
  console.log(name.padEnd(30), 'total', total, 'median', ms[2].toFixed(1), 'ms, cpu', cpu[2].toFixed(1))
}
const b = build(db, qs['search+year+status'])
const joins = [...b.joins].map((f) => `LEFT JOIN fields fy ON fy.document_id = d.id AND fy.field_id = 'report_year'`).join(' ')
console.log(db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM documents d ${joins} WHERE ${b.where.join(' AND ')}`).all(...b.params).map((r: any) => r.detail).join('\n'))
db.close()
