// DOCX through mammoth: paragraphs, headings, and tables with merged cells expanded to a full grid.
import { describe, expect, it } from 'vitest'
import { makeDocx } from '../../scripts/lib/docx-writer'
import { parseDocument } from '../../src/main/ingest'
import type { TableBlock } from '../../src/shared/document'
import { REPORT_TITLE } from './fixtures'

describe('DOCX reader', () => {
  it('reads paragraphs and a table with merged cells', async () => {
    const docx = await makeDocx([
      { p: REPORT_TITLE, style: 'Title' },
      { p: '一、总体情况', style: 'Heading1' },
      { p: '本年度共受理申请12件。\n其中当面申请3件。' },
      {
        table: [
          [{ text: '本年度办理结果', colSpan: 2 }, '数量'],
          [{ text: '予以公开', vMerge: 'restart' }, '全部公开', '6'],
          [{ text: '', vMerge: 'continue' }, '部分公开', '2'],
          ['不予公开', '', '4'],
        ],
      },
      { p: '二、其他需要报告的事项' },
    ])
    const doc = await parseDocument(docx, '年报.docx')
    expect(doc.kind).toBe('docx')
    expect(doc.encoding).toBeNull()
    expect(doc.warnings).toEqual([])
    const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table')
    expect(tables).toHaveLength(1)
    expect(tables[0].rows).toEqual([
      ['本年度办理结果', '', '数量'],
      ['予以公开', '全部公开', '6'],
      ['', '部分公开', '2'],
      ['不予公开', '', '4'],
    ])
    expect(doc.text).toBe(
      [
        REPORT_TITLE,
        '一、总体情况',
        '本年度共受理申请12件。',
        '其中当面申请3件。',
        '本年度办理结果 |  | 数量',
        '予以公开 | 全部公开 | 6',
        ' | 部分公开 | 2',
        '不予公开 |  | 4',
        '二、其他需要报告的事项',
      ].join('\n'),
    )
    for (const b of doc.blocks) if (b.type === 'paragraph') expect(doc.text.slice(b.start, b.end)).toBe(b.text)
    expect(doc.text.slice(tables[0].start, tables[0].end).split('\n')).toHaveLength(4)
  })
})
