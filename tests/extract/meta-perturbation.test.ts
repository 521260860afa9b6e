/**
 * Title, report year and publication date under perturbation (issue 12, scripts/meta-perturb.ts): page
 * furniture, crawler headers, a flattened page, a title naming two years and a period's end must not give a
 * wrong value (worse than none). Texts written for the test.
 */
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/main/text/index'
import { extract, txtDoc, valuesOf } from './helpers'

const BODY = [
  '一、总体情况',
  '2020年，青山县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1200条，收到政府信息公开申请15件。',
  '二、存在的主要问题及改进情况',
  '公开内容还不够全面，下一步将加强培训。',
]
const TITLE = '青山县2020年政府信息公开工作年度报告'
const values = (lines: string[]) => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('title', () => {
  it('never takes a crawler header row naming the column (栏目:政府信息公开年报)', () => {
    const v = values(['发布时间: 2021-01-20 00:00', '栏目: 政府信息公开年报', '原文链接: https://example.invalid/a.htm', ...BODY])
    expect(v.title ?? null).toBeNull()
  })

  it('never takes a breadcrumb whose arrows were lost into the title', () => {
    // an archive crawler's text: the whole page flattened onto the breadcrumb's line
    const v = values([`当前位置： 首页政务公开政府信息公开年度报告专栏 ${TITLE} 来源：青山县人民政府办公室 时间：2021-01-20 ${BODY.join(' ').repeat(4)}`])
    expect([TITLE, null]).toContain(v.title ?? null)
  })

  it('reads a title once when a flattened page runs the page title and the heading together', () => {
    const v = values([`${TITLE} ${TITLE} 根据《中华人民共和国政府信息公开条例》要求，编制本报告。`, ...BODY])
    expect(v.title).toBe(TITLE)
  })

  it('reads a title followed on its line by 本年度报告…', () => {
    const v = values([`${TITLE} 本年度报告根据《中华人民共和国政府信息公开条例》要求编制。`, ...BODY])
    expect(v.title).toBe(TITLE)
  })
})

describe('a list of other years\' reports (a sidebar)', () => {
  const LIST = ['青山县2019年政府信息公开工作年度报告', '青山县2018年政府信息公开工作年度报告']

  it('takes neither its titles nor its years for the report\'s, above the report\'s own title', () => {
    const v = values([...LIST, '', '正文', TITLE, '本报告根据《中华人民共和国政府信息公开条例》编制。', ...BODY])
    expect(v.title).toBe(TITLE)
    expect(v.report_year).toBe(2020)
  })

  it('leaves the title empty when only the list names reports', () => {
    const v = values(['一、总体情况', '我县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1200条。', '相关文章', ...LIST])
    expect(v.title ?? null).toBeNull()
    expect(v.report_year ?? null).toBeNull()
  })
})

describe('title heading broken after the name', () => {
  it('joins the name to a second line that names no one, its year without 年 or with none', () => {
    expect(values(['青山县商务局', '政府信息公开工作2020年度报告', ...BODY]).title).toBe('青山县商务局政府信息公开工作2020年度报告')
    expect(values(['青山县商务局', '2020政府信息公开工作年度报告', ...BODY]).title).toBe('青山县商务局2020政府信息公开工作年度报告')
  })

  it('joins a title wrapped inside its subject words (青山县2020年政府信息 / 公开工作年度报告)', () => {
    expect(values(['青山县2020年政府信息', '公开工作年度报告', ...BODY]).title).toBe(TITLE)
    expect(values(['青山县2020年', '政府信息公开工作年度报告', ...BODY]).title).toBe(TITLE)
  })

  // (session 13: a wiki infobox's rows are never the title, as the pages README says of p045's 中文名: line; a real
  // page whose only title was its infobox row is gold null)
  it('takes no title from a wiki infobox row (中文名:), only from the title\'s own line', () => {
    expect(values([`中文名:${TITLE}`, ...BODY]).title).toBeUndefined()
    expect(values([TITLE, '基本介绍', `中文名:${TITLE}`, ...BODY]).title).toBe(TITLE)
  })
})

describe('report year', () => {
  it('takes no year from a title naming two (2020—2021年度): the statistics period decides', () => {
    const v = values(['青山县2020—2021年度政府信息公开工作年度报告', '本报告统计期限自2020年1月1日起至2020年12月31日止。', ...BODY])
    expect(v.report_year).toBe(2020)
  })

  it('gives no year from the later end of a span even when nothing else names one', () => {
    const v = values(['青山县2020至2021年政府信息公开工作年度报告', '一、总体情况', '我县认真贯彻落实《中华人民共和国政府信息公开条例》。'])
    expect(v.report_year === null || v.report_year === undefined).toBe(true)
  })
})

describe('report year from the body', () => {
  const UNTITLED = ['一、总体情况', '我委认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息320条。']

  it('reads a statistics period whose end leaves its year unsaid (2017年1月1日到12月31日止)', () => {
    expect(values([...UNTITLED, '本年度报告中所列数据统计期限从2017年1月1日到12月31日止。']).report_year).toBe(2017)
  })

  it('takes no year from last year\'s report that the text cites (针对《2019年度…年度报告》)', () => {
    const v = values([...UNTITLED, '针对《2019年度政府信息公开工作年度报告》中发现的问题，我们认真进行了整改。', '2020年，我委共收到政府信息公开申请3件。'])
    expect(v.report_year).toBe(2020)
    // the report announcing itself (现将《…》公布) still names its year
    expect(values(['现将《青山县2020年度政府信息公开工作年度报告》公布如下。', ...UNTITLED]).report_year).toBe(2020)
  })

  it('takes the year before a page date only when the date falls in the reporting season (January to April)', () => {
    const page = (date: string) => values(['青山县政府信息公开工作年度报告', `发布时间：${date}`, ...UNTITLED]).report_year ?? null
    expect(page('2021-02-10')).toBe(2020)
    expect(page('2021-09-10')).toBeNull()
  })

  it('takes no year from a sentence about the next year\'s plans', () => {
    const v = values([...UNTITLED, '二、下一步工作', '2018年，我们将进一步加强政府信息公开工作。'])
    expect(v.report_year ?? null).toBeNull()
  })
})

describe('publication date', () => {
  it('reads a release date the page prints in its footer, past the head', () => {
    const long = Array.from({ length: 45 }, (_, k) => `（${k + 1}）第${k + 1}项工作按计划推进。`)
    const v = values([TITLE, ...BODY, ...long, '【打印本页】【关闭窗口】  浏览次数：356', '发布时间：2021-01-25'])
    expect(v.publish_date).toBe('2021-01-25')
  })

  it('reads a page date set in brackets before the page\'s 来源', () => {
    expect(values([TITLE, '【2021-01-15】  来源：青山县人民政府办公室', ...BODY]).publish_date).toBe('2021-01-15')
  })

  it('reads a bare date over the page\'s 来源 line as the page date (its bullet gone)', () => {
    const v = values([TITLE, '• 听全文', '• 2021-01-22', '• 来源:青山县人民政府办公室', '• 分享到', ...BODY])
    expect(v.publish_date).toBe('2021-01-22')
  })

  it('does not read the end of a period after a 时间 label as the release date', () => {
    const v = values([TITLE, '时间：2020年12月31日止，本机关共编制政府信息公开目录一部。', ...BODY])
    expect(v.publish_date ?? null).toBeNull()
    expect(v.report_year).toBe(2020)
    // a release date with its time is still one
    expect(values([TITLE, '发布时间：2021-01-25 09:30  来源：青山县人民政府办公室', ...BODY]).publish_date).toBe('2021-01-25')
  })

  it('keeps a page date and a title that opens with its year on two lines', () => {
    const lines = ['首页 > 政务公开 > 年度报告', '发布时间：2021-01-25  浏览次数：1234  【打印本页】【关闭窗口】', '2020年青山县政府信息公开工作年度报告', ...BODY]
    expect(cleanText(lines.join('\n')).text).toContain('2021-01-25\n2020年青山县')
    const v = values(lines)
    expect(v.title).toBe('2020年青山县政府信息公开工作年度报告')
    expect(v.publish_date).toBe('2021-01-25')
  })
})

describe('format by the outline', () => {
  const head = ['青山县民政局2016年政府信息公开工作年度报告', '一、总体情况', '2016年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。']

  it('reads an older report whose 一、总体情况 is followed by 二、主动公开 with parts of its own as free-form', () => {
    const v = values([...head, '二、主动公开政府信息情况', '（一）主动公开政府信息的数量', '全年主动公开政府信息320条。', '（二）主动公开政府信息的主要形式', '1.门户网站。'])
    expect(v.format).toBe('free-form')
  })

  it('reads a section 一 whose parts are not the template\'s ((二)回应解读情况) as free-form', () => {
    const v = values([...head, '（一）主动公开政府信息的情况', '全年主动公开政府信息320条。', '（二）回应解读情况', '全年解读政策5件。'])
    expect(v.format).toBe('free-form')
    // the template's own parts under 一、总体情况 still say standard
    const std = values([...head, '（一）主动公开', '全年主动公开政府信息320条。', '（二）依申请公开', '全年收到申请5件。'])
    expect(std.format).toMatch(/^standard/)
  })
})
