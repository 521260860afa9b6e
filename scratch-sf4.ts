import { openLibrary } from './src/main/library/db'
import { searchAmongFiltered } from './src/main/services/search-list'
const db = openLibrary(process.argv[2], { readonly: true })
function cpuOf(f: () => unknown): string { f(); const cs: number[] = []; let r: unknown; for (let i = 0; i < 5; i++) { const c0 = process.cpuUsage(); r = f(); const c = process.cpuUsage(c0); cs.push((c.user + c.system) / 1000) } cs.sort((a, b) => a - b); return `${cs[2].toFixed(1)} ms ${String(Array.isArray(r) ? r.length : r).slice(0, 30)}` }
const sql = `SELECT d.id, d.file_name LIKE ? ESCAPE '\\' FROM documents d WHERE d.id IN (SELECT document_id FROM fields WHERE field_id = ? AND value IN (?)) ORDER BY d.id`
console.log(db.prepare('EXPLAIN QUERY PLAN ' + sql).all('%行政复议%', 'admin_level', '"county"').map((r: any) => r.detail).join(' | '))
console.log('filtered rows', cpuOf(() => db.prepare(sql).raw().all('%行政复议%', 'admin_level', '"county"')))
console.log('among', cpuOf(() => searchAmongFiltered(db, '政府信息公开', { sql, params: ['admin_level', '"county"'] })))
console.log('fts', cpuOf(() => db.prepare('SELECT rowid FROM texts_fts WHERE texts_fts MATCH ? ORDER BY rowid').pluck().all('"政府信息公开"')))
db.close()
