/**
 * A library of many documents for the scale test, written through the library's own insert function
 * (real SQLite file, real schema, real full-text index). Each document is a short synthetic report
 * with a few automatic fields, so the list has agencies, regions, years and formats to show and sort.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { insertDocument } from '../../src/main/library/documents'
import { cleanText } from '../../src/main/text'
import type { ExtractedField } from '../../src/shared/document'
import { startServer, type Server } from './server'

const PLACES = ['青石县', '白河市', '东林区', '南山镇', '西岭县', '北川市', '云台县', '石门区']
const BODIES = ['交通运输局', '教育局', '生态环境局', '卫生健康委员会', '自然资源局', '人民政府办公室']

export function writeBigLibrary(path: string, count: number): void {
  const db = openLibrary(path, { create: true })
  try {
    db.transaction(() => {
      for (let i = 1; i <= count; i++) {
        const place = PLACES[i % PLACES.length]
        const agency = `${place}${BODIES[(i >> 3) % BODIES.length]}`
        const year = 2008 + (i % 16)
        const text = `${agency}${year}年政府信息公开工作年度报告\n编号 ${i}\n全年共收到政府信息公开申请${i % 97}件。`
        const bytes = Buffer.from(text)
        const field = (f: string, value: string | number, at: string): ExtractedField => {
          const s = text.indexOf(at)
          return { field: f, value, span: [s, s + at.length], confidence: 0.9, rule: 'scale-test' }
        }
        insertDocument(db, {
          sha256: createHash('sha256').update(bytes).digest('hex'),
          size: bytes.length,
          fileName: `${agency}${year}年报告-${i}.txt`,
          filePath: null,
          bytes,
          parsed: { kind: 'txt', encoding: 'utf-8', pageCount: null, text, blocks: [], warnings: [] },
          clean: cleanText(text),
          extraction: {
            extractorVersion: 'scale-test',
            fields: [
              field('agency', agency, agency),
              field('region', place, place),
              field('report_year', year, String(year)),
              { field: 'format', value: year >= 2021 ? 'standard-2021' : 'free-form', span: null, confidence: 0.8, rule: 'scale-test' },
            ],
            warnings: [],
          },
        })
      }
    })()
  } finally {
    db.close()
  }
}

/** A fresh big library in a temporary folder, served: `close` stops the server and removes the folder. */
export async function serveBigLibrary(rows: number, prefix: string): Promise<{ server: Server; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const lib = join(dir, 'big.sqlite')
  writeBigLibrary(lib, rows)
  const server = await startServer(lib)
  return {
    server,
    close: async () => {
      await server.stop({ keepLibrary: true })
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
