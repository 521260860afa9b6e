/** A page's release date with no label beside it (page-dates.ts): shapes of issue 12's wild pages, in texts written here. */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const publish = (lines: string[]) => valuesOf(extract(txtDoc(lines.join('\n')))).publish_date ?? null
const BODY = '根据《中华人民共和国政府信息公开条例》要求，现公布本报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。'

describe('a release date not set beside its label', () => {
  it('a bracketed cell label before the bar', () => {
    expect(publish(['[ 成文日期 ] | 2022-03-01 | [ 公开日期 ] | 2022-03-09 | [ 有 效 性 ] | 有效 |', '青石县水利局2021年政府信息公开工作年度报告', BODY])).toBe('2022-03-09')
  })
  it('a definition list: the label on one line, the date on the next', () => {
    expect(publish(['青石县水利局2021年政府信息公开工作年度报告', '  • 发布机构', '    青石县水利局', '  • 发布日期', '    2022-01-19', '  • 时效性', '    有效', BODY])).toBe('2022-01-19')
    // the statistics period's end under a label of its own is not the release date
    expect(publish(['青石县水利局2021年政府信息公开工作年度报告', '  • 统计截止日期', '    2021-12-31', BODY])).toBe(null)
  })
})

describe('a date by the title', () => {
  it('ends the title line', () => {
    expect(publish(['青石县东河镇2021年政府信息公开工作年度报告 2022-01-28', '', '青石县东河镇', BODY])).toBe('2022-01-28')
  })
  it('a byline under the title: the posting body with its date, either way round', () => {
    expect(publish(['青石县人民政府2021年政府信息公开工作年度报告', '青石县人民政府办公室  2022/3/8', BODY])).toBe('2022-03-08')
    expect(publish(['青石县人民政府2021年政府信息公开工作年度报告', '2022-3-8    青石县人民政府办公室', BODY])).toBe('2022-03-08')
  })
  it('a byline above the title, under a headline', () => {
    expect(publish(['每日简报 | 青石省2021年政务公开报告', '青石省人民政府办公厅 2022-04-11', '青石省2021年度政府信息公开工作报告', BODY])).toBe('2022-04-11')
  })
  it('a date in brackets under the body\'s name under the title', () => {
    expect(publish(['2021年青石市卫生健康委员会政府信息公开工作年度报告', '青石市卫生健康委员会', '（2022年1月30日）', BODY])).toBe('2022-01-30')
  })
  it('not a line that says more than a name and a date, nor a statistics period', () => {
    expect(publish(['青石县人民政府2021年政府信息公开工作年度报告', '青石县人民政府办公室于2022年3月8日印发', BODY])).toBe(null)
    expect(publish(['青石县人民政府2021年政府信息公开工作年度报告', '（统计期限：2021年1月1日至2021年12月31日）', BODY])).toBe(null)
  })
})

describe('a date alone on the page\'s first line', () => {
  it('is the page\'s date; a date alone further down is not', () => {
    expect(publish(['2022年3月13日', '引 言', '本年报由青石区人民政府办公室编制。', BODY])).toBe('2022-03-13')
    expect(publish(['引 言', '本年报由青石区人民政府办公室编制。', '2022年3月13日', BODY])).toBe(null)
  })
})
