// The raw-text layout rule: blocks are spans of the text, tables one line per row, cells joined by ' | '.
import { describe, expect, it } from 'vitest'
import { TextBuilder } from '../../src/main/ingest/text-builder'

describe('TextBuilder', () => {
  it('lays out paragraphs and a ragged table with every block a span of the text', () => {
    const b = new TextBuilder()
    b.paragraph('  标题  ')
    b.paragraph('')
    b.table([['', ''], ['a', 'b', 'c'], ['单元格\n换行'], ['', '', '']])
    b.paragraph('第一行\n\n第二行', 2)
    const text = b.build()
    expect(text).toBe('标题\na | b | c\n单元格 换行 |  | \n |  | \n第一行\n第二行')
    expect(b.blocks).toHaveLength(4)
    const table = b.blocks[1]
    // the blank row above the table's first text is layout; the blank row after it is a data row left blank
    expect(table.type === 'table' && table.rows).toEqual([['a', 'b', 'c'], ['单元格 换行', '', ''], ['', '', '']])
    expect(text.slice(table.start, table.end)).toBe('a | b | c\n单元格 换行 |  | \n |  | ')
    expect(b.blocks[3]).toMatchObject({ text: '第二行', page: 2 })
    for (const blk of b.blocks) if (blk.type === 'paragraph') expect(text.slice(blk.start, blk.end)).toBe(blk.text)
  })

  it('adds nothing for an empty table', () => {
    const b = new TextBuilder()
    b.table([['', ''], []])
    expect(b.build()).toBe('')
    expect(b.blocks).toEqual([])
  })
})
