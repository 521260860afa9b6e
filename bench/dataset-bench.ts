/**
 * Dataset bench (issue 13): copies of one report and the authority list of agencies over a large library.
 * Builds a library of N generated reports straight in SQL (--docs N, default 100000; the import itself is
 * import-bench's business): agencies × years, each report ~2,500 characters of its own wording and
 * figures in the genre's shared template, 3% of them imported a second time as another format with
 * different spacing and line breaks, and agency names written in variants (traditional script,
 * 本级机关 suffix). Prints the time for `groups` and `agencies` against the goal (< 60 s each for 100,000).
 * Figures are printed, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { openLibrary } from '../src/main/library/db'
import { copyGroupOf, copyGroups, refreshCopyGroups } from '../src/main/dataset/copy-store'
import { buildAuthority } from '../src/main/dataset/authority'
import { toSimplified } from '../src/main/text'
import { makeRng } from '../scripts/samples/prng'

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}

const PLACES = '东西南北中上下前后左右新老大小长短高低平安宁远清明光华兴盛和顺永昌泰丰'
const BODIES = ['人民政府', '民政局', '财政局', '教育局', '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '农业农村局', '卫生健康委员会', '市场监督管理局', '人民政府办公室']
const WORK = ['深化政务公开', '推进决策公开', '加强政策解读', '回应社会关切', '规范依申请公开', '完善公开平台', '强化监督保障', '优化营商环境', '推进基层公开标准化', '加强人员培训']
const VERBS = ['围绕', '聚焦', '着力', '持续', '进一步', '认真', '扎实', '全面']
const OBJECTS = ['重点领域信息', '财政预决算', '重大建设项目', '公共资源配置', '社会公益事业', '行政执法信息', '民生实事', '政务服务事项', '规范性文件', '人大建议政协提案']

function reportText(r: () => number, agency: string, year: number): string {
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)]
  const parts = [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况']
  for (let i = 0; i < 24; i++) {
    parts.push(`${year}年，${agency}${pick(VERBS)}${pick(WORK)}，${pick(VERBS)}公开${pick(OBJECTS)}${Math.floor(r() * 900) + 10}条，办理${pick(OBJECTS)}${Math.floor(r() * 90)}件，${pick(WORK)}取得${pick(['新', '明显', '积极', '实际'])}成效。`)
  }
  parts.push('二、主动公开政府信息情况', `本年制发规章${Math.floor(r() * 9)}件，行政规范性文件${Math.floor(r() * 40)}件。`)
  parts.push('三、收到和处理政府信息公开申请情况', `本年新收政府信息公开申请数量${Math.floor(r() * 300)}件。`)
  parts.push('四、政府信息公开行政复议、行政诉讼情况', `行政复议${Math.floor(r() * 5)}件，行政诉讼${Math.floor(r() * 3)}件。`)
  return parts.join('\n')
}

function main(): void {
  const docs = arg('docs', 100_000)
  const years = 15
  const agencies = Math.ceil(docs / years / 1.03)
  const dir = mkdtempSync(join(tmpdir(), 'annalist-dataset-bench-'))
  const db = openLibrary(join(dir, 'bench.annalist'), { create: true })
  try {
    const rng = makeRng(13) // the sample generator's seeded PRNG: every run builds the same library
    const r = rng.next
    const t0 = performance.now()
    const insDoc = db.prepare(`INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z')`)
    const insText = db.prepare(`INSERT INTO texts (document_id, raw_text, clean_text, structure) VALUES (?, '', ?, '{}')`)
    const insField = db.prepare(`INSERT INTO fields (document_id, field_id, value, origin, updated_at) VALUES (?, ?, ?, 'auto', '2026-01-01T00:00:00Z')`)
    let n = 0
    let copies = 0
    const add = (name: string, kind: string, text: string, agency: string, year: number, code: string): void => {
      const id = Number(insDoc.run(createHash('sha256').update(`${n}:${name}`).digest('hex'), text.length * 3, name, kind).lastInsertRowid)
      insText.run(id, text)
      insField.run(id, 'agency', JSON.stringify(agency))
      insField.run(id, 'report_year', JSON.stringify(year))
      insField.run(id, 'region_code', JSON.stringify(code))
      n++
    }
    db.transaction(() => {
      for (let a = 0; a < agencies && n < docs; a++) {
        const place = PLACES[a % PLACES.length] + PLACES[Math.floor(a / PLACES.length) % PLACES.length] + PLACES[Math.floor(a / PLACES.length ** 2) % PLACES.length] + '县'
        const agency = place + BODIES[a % BODIES.length]
        const code = String(110000 + a).padStart(6, '0')
        for (let y = 2010; y < 2010 + years && n < docs; y++) {
          const text = reportText(r, agency, y)
          // some reports name their agency in a variant (a mirror's traditional script, a 本级机关 suffix)
          const written = r() < 0.05 ? agency + '(本级机关)' : r() < 0.05 ? toSimplified(agency) : agency
          add(`${agency}-${y}.txt`, 'txt', text, written, y, code)
          if (r() < 0.03 && n < docs) {
            copies++
            add(`${agency}-${y}.pdf`, 'pdf', text.replace(/，/g, ' ， ').replace(/。/g, '。\n'), agency, y, code)
          }
        }
      }
    })()
    const built = performance.now() - t0
    process.stdout.write(`library: ${n} documents (${copies} second copies), ${agencies} agencies × ${years} years, built in ${(built / 1000).toFixed(1)} s\n`)

    const t1 = performance.now()
    const groups = copyGroups(db)
    const g = (performance.now() - t1) / 1000
    const inGroups = groups.reduce((s, x) => s + x.documents.length, 0)
    process.stdout.write(`groups:   ${g.toFixed(1)} s, ${groups.length} groups holding ${inGroups} documents (expected ${copies} groups of 2)   (goal < 60 s: ${g < 60 ? 'met' : 'NOT met'})\n`)

    // the stored samples make a regrouping (after a correction of an agency or a year) cheaper than the first
    const t3 = performance.now()
    refreshCopyGroups(db, true)
    const again = (performance.now() - t3) / 1000
    process.stdout.write(`regroup:  ${again.toFixed(1)} s from the stored samples (after a correction of an agency or a year)\n`)
    const one = groups[0]?.documents[0]
    if (one !== undefined) {
      db.prepare("UPDATE fields SET value = ? WHERE document_id = ? AND field_id = 'report_year'").run('1999', one)
      const t4 = performance.now()
      copyGroupOf(db, one)
      process.stdout.write(`one correction, then the desk asks for a group: ${((performance.now() - t4) / 1000).toFixed(2)} s\n`)
      // a bulk correction of 1,000 documents' agency (the most regrouped around one change at a time)
      const some = db.prepare('SELECT id FROM documents ORDER BY id LIMIT 1000 OFFSET 5000').pluck().all() as number[]
      const setAgency = db.prepare("UPDATE fields SET value = ? WHERE document_id = ? AND field_id = 'agency'")
      const getAgency = db.prepare("SELECT value FROM fields WHERE document_id = ? AND field_id = 'agency'").pluck()
      const before = some.map((id) => getAgency.get(id) as string)
      db.transaction(() => { for (const id of some) setAgency.run(JSON.stringify(`改名${id}局`), id) })()
      const t5 = performance.now()
      copyGroups(db)
      process.stdout.write(`1,000 agencies corrected at once, then the groups are read: ${((performance.now() - t5) / 1000).toFixed(2)} s\n`)
      db.transaction(() => { some.forEach((id, i) => setAgency.run(before[i], id)) })() // as built, for the authority list below
    }

    const t2 = performance.now()
    const list = buildAuthority(db)
    const a = (performance.now() - t2) / 1000
    const multi = list.filter((x) => x.variants.length > 1).length
    process.stdout.write(`agencies: ${a.toFixed(1)} s, ${list.length} agencies (expected ${agencies}), ${multi} written in more than one way   (goal < 60 s: ${a < 60 ? 'met' : 'NOT met'})\n`)
    process.stdout.write(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`)
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main()
