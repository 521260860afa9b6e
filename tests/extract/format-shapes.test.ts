/**
 * The standard format recognised by its outline and table labels when the numbers are lost or the labels
 * are broken up (issue 12): a label wrapped inside its cell, split over cells, set one character per line;
 * table 四's result columns alone; table 二's row groups alone. Free-form prose that names the same topics
 * stays free-form. Every text is written for the test.
 */
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/main/extract/format-detect'

describe('standard format from broken-up labels', () => {
  it('table 三 labels wrapped inside their cells, numbers lost', () => {
    const t = '青禾县水务局2018年报告\n本年新收政府信息\n公开申请数量\n|\n|\n（三）不予公开 | 3.危及“三安全\n一稳定”\n|'
    expect(detectFormat(t, null).format).toBe('standard-2019')
    expect(detectFormat(t, 2022).format).toBe('standard-2021')
  })

  it('table 四 result columns set one character per line', () => {
    const vertical = (w: string): string => [...w].join('\n')
    const t = ['行政复议', vertical('结果维持'), vertical('结果纠正'), vertical('其他结果'), vertical('尚未审结'), '总计'].join(' | ')
    expect(detectFormat(t, null).format).toBe('standard-2019')
  })

  it('table 二 row groups and headers with half-width brackets, cut before the numbers', () => {
    expect(detectFormat('二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 | 本年制\n发件数 | 本年废止件数', 2021).format).toBe('standard-2021')
    expect(detectFormat('二、主动公开政府信息情况 | 第二十条第(一)项 | 第二十条第(五)项', 2020).format).toBe('standard-2019')
  })

  it('the template\'s sub-headings under the report\'s own words', () => {
    const t = '一、总体情况\n（一）坚持以公开为常态\n本局及时公开信息。\n（三）加强政府信息管理\n严格保密审查。\n（五）强化监督保障\n开展培训。'
    expect(detectFormat(t, null).format).toBe('standard-2019')
  })

  it('free-form prose on the same topics stays free-form', () => {
    const t = '一、概述\n本局全年主动公开信息120条。\n二、依申请公开情况\n全年收到申请3件，均予以公开，没有不予公开的情况。\n三、行政复议和行政诉讼情况\n未发生行政复议。'
    expect(detectFormat(t, 2017).format).toBe('free-form')
  })
})

describe('the version a standard report without table labels follows', () => {
  const text = (notice: string): string => `根据《条例》和${notice}要求，编制本报告。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分。`
  it('the notice it cites decides, not the year', () => {
    expect(detectFormat(text('国办公开办函〔2019〕60号'), 2022).format).toBe('standard-2019')
    expect(detectFormat(text('国办公开办函〔2021〕30号'), 2020).format).toBe('standard-2021')
  })
  it('no notice, or both, leaves it to the year', () => {
    expect(detectFormat(text('有关规定'), 2022).format).toBe('standard-2021')
    expect(detectFormat(text('国办公开办函〔2019〕60号和国办公开办函〔2021〕30号'), 2020).format).toBe('standard-2019')
  })
})
