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

  it('cuts a run of small tables with their own grids at the caption lines between them', () => {
    // two 2019-style tables, columns at different x, with a caption line between: one grid would glue
    // '行政许可' and '46' into one cell
    const lines = buildLines([
      item('信息内容', 50, 700), item('本年新制作数量', 300, 700), item('对外公开总数量', 400, 700),
      item('规章', 50, 680), item('0', 300, 680), item('3', 400, 680),
      item('第二十条第（五）项', 50, 660),
      item('信息内容', 50, 640), item('上一年项目数量', 120, 640), item('本年增/减', 230, 640), item('处理决定数量', 300, 640),
      item('行政许可', 50, 620), item('46', 120, 620), item('-3', 230, 620), item('1287', 300, 620),
    ])
    expect(layoutPage(lines)).toEqual([
      { type: 'table', rows: [['信息内容', '本年新制作数量', '对外公开总数量'], ['规章', '0', '3']] },
      { type: 'paragraph', text: '第二十条第（五）项' },
      { type: 'table', rows: [['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '46', '-3', '1287']] },
    ])
  })

  it('keeps one table when one grid fits the run, caption lines as rows', () => {
    const lines = buildLines([
      item('信息内容', 50, 700), item('本年制发件数', 200, 700), item('现行有效件数', 350, 700),
      item('规章', 50, 680), item('1', 200, 680), item('9', 350, 680),
      item('第二十条第（五）项', 50, 660),
      item('行政许可', 50, 640), item('1523', 200, 640),
    ])
    expect(layoutPage(lines)).toEqual([
      { type: 'table', rows: [['信息内容', '本年制发件数', '现行有效件数'], ['规章', '1', '9'], ['第二十条第（五）项', '', ''], ['行政许可', '1523', '']] },
    ])
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
