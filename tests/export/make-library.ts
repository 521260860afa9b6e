/**
 * Test libraries for the export tests: a real library file (openLibrary, migrations) with documents
 * stored through the library's own insertDocument, plus status and tags set with SQL that matches the
 * schema. The samples carry what exports get wrong: Chinese text, quotes, commas, newlines, '%' in a
 * file name, two originals with the same name, approximate values, blank table cells and warnings.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { insertDocument } from '../../src/main/library/documents'
import type { DocStatus } from '../../src/shared/contract'
import type { DocumentKind, DocWarning, ExtractedField } from '../../src/shared/document'
import type { FieldValue } from '../../src/shared/fields'

export interface SampleDoc {
  fileName: string
  kind?: DocumentKind
  text: string
  /** field id -> value, or [value, approximate] */
  fields: Record<string, FieldValue | [FieldValue, boolean]>
  warnings?: DocWarning[]
  status?: DocStatus
  tags?: string[]
}

const made: string[] = []

export function tempDir(prefix = 'annalist-export-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** For afterAll: removes every folder tempDir made in this test file (close the libraries first). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export function sampleDocs(): SampleDoc[] {
  return [
    {
      fileName: '某某县人民政府2022年政府信息公开工作年度报告.txt',
      text: '某某县人民政府2022年政府信息公开工作年度报告\n本年新收申请859件。\n主动公开信息1200余条。',
      fields: {
        title: '某某县人民政府2022年政府信息公开工作年度报告',
        agency: '某某县人民政府办公室, "综合科"',
        region: '某某县',
        report_year: 2022,
        format: 'standard-2021',
        publish_date: '2023-01-20',
        proactive_disclosures: [1200, true],
        applications_received: 859,
        'fees_collected': 0,
        't3.new.person': 800,
        't3.new.business': 59,
        't3.new.total': 859,
        't3.carried.total': null,
        't4.review.total': 2,
      },
      warnings: [{ code: 'sum_mismatch', severity: 'warning', message: '表三合计与各项之和不符', message_en: 'Table 3 total differs from the sum', fields: ['t3.new.total'] }],
      status: 'verified',
      tags: ['已核对', '2022'],
    },
    {
      fileName: '年度报告.pdf',
      kind: 'pdf',
      text: '某市交通运输局\n2020年度政府信息公开工作报告',
      fields: {
        title: '标题第一行\n第二行，含逗号',
        agency: '某市交通运输局\r\n信息公开办',
        report_year: 2020,
        format: 'free-form',
        applications_received: 12,
        budget: [3.5, true],
      },
      status: 'in_review',
      tags: ['2022'],
    },
    {
      fileName: '年度报告.pdf',
      kind: 'pdf',
      text: '某区教育局 2021 年政府信息公开年度报告（另一份同名文件）',
      fields: { title: '某区教育局2021年政府信息公开年度报告', report_year: 2021, 't3.new.total': 5, 't2.regulations.issued': 1 },
      status: 'verified',
    },
    {
      fileName: '100%完成 报告.html',
      kind: 'html',
      text: '“引号”与\'单引号\'，以及 tab\t和 CRLF\r\n结尾',
      fields: { title: '  前后空格  ', region: '某省' },
    },
  ]
}

function extractedFields(fields: SampleDoc['fields'], text: string): ExtractedField[] {
  return Object.entries(fields).map(([field, v], i) => {
    const [value, approximate] = Array.isArray(v) ? v : [v, false]
    return { field, value, approximate, span: [0, Math.min(text.length, i + 1)], confidence: 0.9, rule: `test.${field}` }
  })
}

/** A fresh library file with the given documents; returns the open connection and the file path. */
export function makeLibrary(docs: readonly SampleDoc[] = sampleDocs(), dir = tempDir()): { db: Db; path: string; dir: string; ids: number[] } {
  const path = join(dir, 'library.annalist')
  const db = openLibrary(path, { create: true })
  const ids: number[] = []
  docs.forEach((d, n) => {
    const bytes = Buffer.from(d.text + `\n#${n}`, 'utf8')
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const { id } = insertDocument(db, {
      sha256, size: bytes.length, fileName: d.fileName, filePath: null, bytes,
      parsed: { kind: d.kind ?? 'txt', encoding: 'utf-8', pageCount: null, text: d.text, blocks: [], warnings: [] },
      clean: { text: d.text, map: Int32Array.from({ length: d.text.length + 1 }, (_, i) => i) },
      extraction: { extractorVersion: 'test-1', fields: extractedFields(d.fields, d.text), warnings: d.warnings ?? [] },
    })
    ids.push(id)
    if (d.status) db.prepare('UPDATE documents SET status = ? WHERE id = ?').run(d.status, id)
    for (const name of d.tags ?? []) {
      db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name)
      db.prepare('INSERT INTO document_tags (document_id, tag_id) SELECT ?, id FROM tags WHERE name = ?').run(id, name)
    }
  })
  return { db, path, dir, ids }
}
