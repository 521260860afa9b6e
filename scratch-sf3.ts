import { openLibrary } from './src/main/library/db'
const db = openLibrary(process.argv[2], { readonly: true })
function cpuOf(f: () => unknown): string { f(); const cs: number[] = []; let r: unknown; for (let i = 0; i < 5; i++) { const c0 = process.cpuUsage(); r = f(); const c = process.cpuUsage(c0); cs.push((c.user + c.system) / 1000) } cs.sort((a, b) => a - b); return `${cs[2].toFixed(1)} ms ${String(Array.isArray(r) ? r.length : r).slice(0, 30)}` }
const E = '"行政复议"'
const fts = db.prepare('SELECT rowid FROM texts_fts WHERE texts_fts MATCH ? ORDER BY rowid').pluck()
const ftsRaw = db.prepare('SELECT rowid FROM texts_fts WHERE texts_fts MATCH ? ORDER BY rowid').pluck().raw
console.log('fts pluck', cpuOf(() => fts.all(E)))
const F = db.prepare(`SELECT d.id FROM documents d JOIN fields fy ON fy.document_id = d.id AND fy.field_id = 'report_year' WHERE fy.value = ? AND d.status = 'new' ORDER BY d.id`).pluck()
console.log('filter year+status pluck', cpuOf(() => F.all('2015')))
const F2 = db.prepare(`SELECT d.id FROM documents d WHERE d.status = 'new' ORDER BY d.id`).pluck()
console.log('filter status pluck', cpuOf(() => F2.all()))
const F3 = db.prepare(`SELECT d.id FROM documents d WHERE d.id IN (SELECT document_id FROM fields WHERE field_id = 'admin_level' AND value IN ('"county"')) ORDER BY d.id`).pluck()
console.log('filter level pluck', cpuOf(() => F3.all()))
function inter(a: number[], b: number[]): number[] { const o: number[] = []; let i = 0, j = 0; while (i < a.length && j < b.length) { if (a[i] === b[j]) { o.push(a[i]); i++; j++ } else if (a[i] < b[j]) i++; else j++ } return o }
const s = fts.all(E) as number[]; const f = F.all('2015') as number[]
console.log('intersect', cpuOf(() => inter(s, f)))
const J = db.prepare(`SELECT count(*) FROM documents d JOIN fields fy ON fy.document_id = d.id AND fy.field_id = 'report_year' WHERE fy.value = ? AND d.status = 'new' AND d.id IN (SELECT value FROM json_each(?))`).pluck()
console.log('json IN', cpuOf(() => J.get('2015', JSON.stringify(s))))
console.log(db.prepare(`EXPLAIN QUERY PLAN SELECT d.id FROM documents d WHERE d.id IN (SELECT document_id FROM fields WHERE field_id = 'admin_level' AND value IN ('"county"')) ORDER BY d.id`).all().map((r: any) => r.detail).join(' | '))
console.log(db.prepare("SELECT value, count(*) FROM fields WHERE field_id='admin_level' GROUP BY value").all())
db.close()
