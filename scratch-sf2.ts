import { openLibrary } from './src/main/library/db'
const db = openLibrary(process.argv[2], { readonly: true })
function t(name: string, sql: string, ...p: unknown[]) {
  const st = db.prepare(sql); st.all(...p)
  const cpu: number[] = []; let r: unknown
  for (let i = 0; i < 5; i++) { const c0 = process.cpuUsage(); r = st.all(...p); const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000) }
  cpu.sort((a, b) => a - b)
  console.log(name.padEnd(40), 'cpu', cpu[2].toFixed(1), JSON.stringify(r).slice(0, 60))
}
const y = '2015'
const E = '"行政复议"'
t('fts count', `SELECT count(*) FROM texts_fts WHERE texts_fts MATCH ?`, E)
t('fts rowids', `SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?`, E)
t('filter count', `SELECT count(*) FROM documents d JOIN fields fy ON fy.document_id = d.id AND fy.field_id = 'report_year' WHERE fy.value = ? AND d.status = 'new'`, y)
t('current count', `SELECT count(*) FROM documents d LEFT JOIN fields fy ON fy.document_id = d.id AND fy.field_id = 'report_year' WHERE fy.value IN (?) AND d.status IN ('new') AND (d.id IN (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?) OR d.file_name LIKE '%行政复议%')`, y, E)
t('exists per candidate', `SELECT count(*) FROM documents d LEFT JOIN fields fy ON fy.document_id = d.id AND fy.field_id = 'report_year' WHERE fy.value IN (?) AND d.status IN ('new') AND (EXISTS (SELECT 1 FROM texts_fts WHERE texts_fts MATCH ? AND rowid = d.id) OR d.file_name LIKE '%行政复议%')`, y, E)
t('fts rowid IN candidates', `SELECT count(*) FROM texts_fts WHERE texts_fts MATCH ? AND rowid IN (SELECT d.id FROM documents d JOIN fields fy ON fy.document_id = d.id AND fy.field_id = 'report_year' WHERE fy.value = ? AND d.status = 'new')`, E, y)
const rare = '"复议机关"'
t('rare: fts count', `SELECT count(*) FROM texts_fts WHERE texts_fts MATCH ?`, rare)
t('rare: current', `SELECT count(*) FROM documents d WHERE d.status IN ('new') AND (d.id IN (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?) OR d.file_name LIKE '%复议机关%')`, rare)
t('rare: exists', `SELECT count(*) FROM documents d WHERE d.status IN ('new') AND (EXISTS (SELECT 1 FROM texts_fts WHERE texts_fts MATCH ? AND rowid = d.id) OR d.file_name LIKE '%复议机关%')`, rare)
t('vocab doc of trigram', `SELECT term, doc FROM texts_fts_vocab WHERE term IN ('行政复', '政复议')`)
t('filter ids json', `SELECT json_group_array(d.id) FROM documents d JOIN fields fy ON fy.document_id = d.id AND fy.field_id = 'report_year' WHERE fy.value = ? AND d.status = 'new'`, y)
db.close()
