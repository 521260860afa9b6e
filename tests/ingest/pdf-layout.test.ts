// Line, cell and paragraph rebuilding from positioned text, on hand-placed items.
import { describe, expect, it } from 'vitest'
import { buildLines, layoutPage, type PositionedText } from '../../src/main/ingest/pdf-layout'

const S = 10
/** one item per string; CJK full width, ASCII half */
function item(str: string, x: number, y: number): PositionedText {
  const width = [...str].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? S / 2 : S), 0)
  return { str, x, y, width, size: S }
}

describe('buildLines', () => {
  it('groups items by baseline, orders by x, joins close items and splits at wide gaps', () => {
    const lines = buildLines([
      item('第二行', 50, 680),
      item('年度', 90, 700.5),
      item('2017', 70, 700),
      item('报告', 200, 700),
    ])
    expect(lines).toHaveLength(2)
    expect(lines[0].segments.map((s) => s.text)).toEqual(['2017年度', '报告'])
    expect(lines[1].segments.map((s) => s.text)).toEqual(['第二行'])
  })

  it('puts a space where a small gap separates two items', () => {
    const [line] = buildLines([item('2017', 50, 700), item('年度', 50 + 20 + 3, 700)])
    expect(line.segments.map((s) => s.text)).toEqual(['2017 年度'])
  })
})

describe('layoutPage', () => {
  it('makes a table of aligned multi-cell lines with numbers, filling missing cells', () => {
    const lines = buildLines([
      item('项目', 50, 700), item('新收', 150, 700), item('结转', 250, 700),
      item('自然人', 50, 680), item('12', 150, 680), item('3', 250, 680),
      item('法人', 50, 660), item('4', 250, 660),
      item('合计说明在表外', 50, 630),
    ])
    const blocks = layoutPage(lines)
    expect(blocks).toEqual([
      { type: 'table', rows: [['项目', '新收', '结转'], ['自然人', '12', '3'], ['法人', '', '4']] },
      { type: 'paragraph', text: '合计说明在表外' },
    ])
  })

  it('does not make a table of one line with two words', () => {
    const blocks = layoutPage(buildLines([item('发布时间：2018-02-07', 50, 700), item('来源：本局', 300, 700)]))
    expect(blocks).toEqual([{ type: 'paragraph', text: '发布时间：2018-02-07 来源：本局' }])
  })

  it('joins a wrapped line with its unindented continuation, but not an indented new paragraph', () => {
    const full = '根'.repeat(40)
    const blocks = layoutPage(
      buildLines([item(full, 70, 700), item('续行。', 50, 685), item('新段落开始', 70, 670), item('短行', 50, 655)]),
      470,
    )
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([`${full}续行。`, '新段落开始', '短行'])
  })
})
