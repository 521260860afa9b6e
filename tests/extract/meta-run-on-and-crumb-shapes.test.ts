/**
 * Title, publication date and format in the shapes of the tenth wild pass (issue 12): a title run into the
 * first sentence, a breadcrumb that ends with the title over the title's own line, a posting date in
 * brackets on the title line, a year and a body's name over a nameless title line, the old Shanghai
 * metadata block under the title, and outlines that say which format without their tables.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const values = (lines: string[]) => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a title run into the first sentence', () => {
  it('glued to the sentence with no space, it is no title line', () => {
    const v = values(['青石镇2023年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》和区政府办公室的通知编制。本报告由总体情况等六部分组成。',
      '一、总体情况', '2023年，青石镇主动公开政府信息52条。'])
    expect(v.title ?? null).toBeNull()
    expect(v.report_year).toBe(2023)
  })
  it('a space between them (a PDF line join) still reads as the title line', () => {
    const v = values(['青石镇2023年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》编制本报告。', '一、总体情况'])
    expect(v.title).toBe('青石镇2023年政府信息公开工作年度报告')
  })
})

describe('a breadcrumb that ends with the title, over the title\'s own line', () => {
  it('the standalone line below is the title, not the trail', () => {
    const v = values(['青石市人民政府门户网站 青石市民政局 政府信息公开年报 青石市民政局2023年度政府信息公开工作年度报告',
      '青石市民政局2023年度政府信息公开工作年度报告', '来源：本网 时间：2024-01-10 09:00:00', '',
      '根据《中华人民共和国政府信息公开条例》规定，现公布青石市民政局2023年政府信息公开工作年度报告。', '一、总体情况'])
    expect(v.title).toBe('青石市民政局2023年度政府信息公开工作年度报告')
  })
  it('a nameless repeat of the title\'s end below a named title is not taken for it', () => {
    const v = values(['青石县民政局2023年政府信息公开工作年度报告', '2023年政府信息公开工作年度报告', '',
      '根据《中华人民共和国政府信息公开条例》规定，现将我局2023年政府信息公开工作情况报告如下。', '一、总体情况'])
    expect(v.title).toBe('青石县民政局2023年政府信息公开工作年度报告')
  })
})

describe('a posting date in brackets on the title line', () => {
  it('the title is read up to the bracket', () => {
    const v = values(['2016年青石县水务局政府信息公开年报 ( 2017年02月13日 )', '青石县水务局', '引言',
      '本年度报告是根据《中华人民共和国政府信息公开条例》要求，由青石县水务局编制。'])
    expect(v.title).toBe('2016年青石县水务局政府信息公开年报')
    expect(v.report_year).toBe(2016)
  })
})

describe('a year and a body\'s name over a nameless title line', () => {
  it('the two lines are joined (PDF spacing in the year)', () => {
    const v = values(['2012 年青石县城市管理局', '政府信息公开年度报告', '2012 年 12 月', '引 言',
      '本报告是根据《中华人民共和国政府信息公开条例》编制的青石县城市管理局2012年度政府信息公开年度报告。'])
    expect(v.title).toBe('2012年青石县城市管理局政府信息公开年度报告')
  })
})

describe('the old template\'s metadata block under the title, then 引言', () => {
  it('a dotted date in the block, 引言 run into the first sentence', () => {
    const v = values(['2016年青石区卫生局政府信息公开工作年度报告', 'QB1200001-2017-001', '主动公开', '无', '青石区卫生局', '2017.01.20',
      '引 言 本年度报告根据《中华人民共和国政府信息公开条例》要求，由青石区卫生局编制。'])
    expect(v.publish_date).toBe('2017-01-20')
  })
  it('the body and its date alone under the block, 引言 on the ninth line', () => {
    const v = values(['2011年青石区卫生局政府信息公开工作年度报告', 'QB1200001-2012-001', '主动公开', '无', '青石卫生', '2012.02.10',
      '青石区卫生局', '2012年2月10日', '引 言', '本年度报告根据《中华人民共和国政府信息公开条例》要求，由青石区卫生局编制。'])
    expect(v.publish_date).toBe('2012-02-10')
  })
})

describe('format from the outline when the tables are lost or cut', () => {
  it('top-level headings in brackets, none of the template\'s, in a 2021 report: free-form', () => {
    const v = values(['（一）总体情况', '2021年，青石县司法局认真开展政府信息公开工作。本报告中所列数据的统计期限自2021年1月1日至2021年12月31日止。',
      '（二）政府信息公开情况', '1.主动公开政府信息数量及类别。2021年，我局公开政策法规等政府信息共12条。',
      '2.依申请公开政府信息情况。2021年，我局受理依申请公开政府信息0件。', '（三）申请行政复议和提起行政诉讼情况', '2021年涉及政府信息公开行政复议0件。'])
    expect(v.format).toBe('free-form')
  })
  it('…also when its prose names table 四\'s result columns (结果维持, 尚未审结): old reports wrote them too', () => {
    const v = values(['（一）总体情况', '2021年，青石县司法局认真开展政府信息公开工作。本报告中所列数据的统计期限自2021年1月1日至2021年12月31日止。',
      '（二）政府信息公开情况', '1.主动公开政府信息数量及类别。2021年，我局公开政策法规等政府信息共12条。',
      '（三）申请行政复议和提起行政诉讼情况', '2021年涉及政府信息公开行政复议0件。其中结果维持0件；结果纠正0件；其他结果0件；尚未审结0件。'])
    expect(v.format).toBe('free-form')
  })
  it('一、总体情况 then 二、主动公开政府信息情况 in a 2023 report, section 一 in its own words: standard', () => {
    const v = values(['根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2023年1月1日至2023年12月31日。', '一、总体情况',
      '（一）强化组织领导，健全工作机制。区林业局成立政务公开工作领导小组。', '（二）聚焦核心职能，明确公开重点。梳理形成年度重点任务清单。',
      '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '一是公开内容不够全面。'])
    expect(String(v.format)).toMatch(/^standard/)
  })
  it('一、基本工作情况 opening a 2019 report, cut before section 二: the old outline, free-form', () => {
    const v = values(['青石市林业局2019年政府信息公开工作年度报告', '现将政府信息公开工作情况报告如下:', '一、基本工作情况',
      '2019年度主动公开信息126条,目前未接到信息公开申请。本报告中所列数据的统计时限自2019年1月1日起至12月31日止。', '（一）加强组织领导', '成立了局政务公开工作领导小组。'])
    expect(v.format).toBe('free-form')
  })
  it('the same headings in a 2012 report stay free-form (the old template had them too)', () => {
    const v = values(['根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2012年1月1日至2012年12月31日。', '一、总体情况',
      '（一）强化组织领导。局成立政务公开工作领导小组。', '二、主动公开政府信息情况', '2012年，我局主动公开政府信息30条。', '三、依申请公开政府信息情况', '2012年未收到申请。'])
    expect(v.format).toBe('free-form')
  })
})

describe('a news portal\'s headline marked （全文）', () => {
  it('over the report\'s own heading for the same year, the heading is the title', () => {
    const v = values(['青石省2014年政府信息公开工作报告(全文)', '', '2015年04月30日17:01 | 某某发展门户网 | 给编辑写信', '',
      '2014年度青石省政府信息公开年度报告', '', '本报告根据《中华人民共和国政府信息公开条例》要求编制。'])
    expect(v.title).toBe('2014年度青石省政府信息公开年度报告')
  })
})

describe('a page\'s metadata line run onto the title line', () => {
  const T = '青石县民政局2023年政府信息公开工作年度报告'
  const body = ['根据《中华人民共和国政府信息公开条例》规定，现将我局2023年政府信息公开工作情况报告如下。', '一、总体情况', '2023年，我局主动公开政府信息45条。']
  it('the title ends before 信息来源, 文章来源/作者 or a bracketed date', () => {
    for (const tail of [' 信息来源:青石县民政局 发布时间:2024-01-10', ' 文章来源:本站 作者:管理员 点击数:', ' [2024-01-10]']) {
      expect(values([T + tail, ...body]).title).toBe(T)
    }
  })
  it('a date run onto the title line before its 来源 is the release date', () => {
    expect(values([`${T} 2024年01月10日 来源:民政局`, ...body]).publish_date).toBe('2024-01-10')
    expect(values([`${T} [2024-01-10]`, ...body]).publish_date).toBe('2024-01-10')
  })
})

describe('the report year from a statistics period written another way', () => {
  const head = '青石县民政局政府信息公开工作年度报告'
  const rest = ['一、总体情况', '全年主动公开政府信息45条。']
  it('to the month, with dotted dates, or as the data\'s cut-off date', () => {
    for (const period of ['本报告数据统计期限为2023年1月至12月。', '统计时间：2023.1.1-2023.12.31', '本报告所列数据统计截至2023年12月31日。']) {
      expect(values([head, period, ...rest]).report_year).toBe(2023)
    }
  })
})
