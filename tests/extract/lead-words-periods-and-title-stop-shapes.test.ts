/**
 * Title, agency, region, year and release date in the shapes an eleventh wild pass taught (issue 12, wrong values
 * first): 本年度 before the body in the announcing sentence, and 结合 before a department's name, are a sentence's
 * words, not the head of the name or a place (本年度温州…, 结合市 were read as names and places); a year opening the
 * account with no comma before the township; a statistics period with hyphenated dates; the year's last day a figure
 * runs to; a title line closed with a full stop; a date opening the page's metadata line under the title. Every text is
 * written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a sentence\'s words before the body\'s name', () => {
  it('reads 青岚市临港新区管委会 after 特向社会公布本年度', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》（以下简称《条例》），特向社会公布本年度青岚市临港新区管委会政府信息公开工作年度报告。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。如对本报告有任何疑问，请与青岚市临港新区管委会办公室联系。',
      '一、基本概况', '2017年，青岚市临港新区管委会高度重视政府信息公开工作。', '二、主动公开政府信息的情况', '截止到2017年底，我管委会主动公开政府信息数41条。')
    expect(r.agency).toBe('青岚市临港新区管委会')
    expect(r.region).toBe('青岚市临港新区')
  })

  it('reads 市市场监督管理局 after 结合, and no place 结合市', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》《石湾市人民政府办公室关于印发2020年政务公开工作要点的通知》等有关要求，结合市市场监督管理局政府信息公开年度工作情况和有关统计数据编制本报告。本报告中所列数据统计期限为2020年1月1日至12月31日。',
      '一、总体情况', '2020年，市市场监管局坚持以公开为常态、不公开为例外，认真贯彻落实《条例》。', '（一）切实加强组织领导。', '局主要领导主持召开会议研究部署政务公开工作。')
    expect(r.agency).toBe('市市场监督管理局')
    expect(r.region ?? null).toBeNull()
  })
})

describe('a metadata row\'s label before the title\'s name', () => {
  it('reads no 标题县 out of 标   题 县政府办2022年度…报告', () => {
    const r = v('索引号 bgs01/2023-00011 发文字号', '成文日期 2023-01-18 发布日期 2023-01-18', '标   题 县政府办2022年度政府信息公开工作年度报告',
      '发布机构 县政府办公室 公文时效 有效', '县政府办2022年度政府信息公开工作年度报告', '',
      '本报告根据《中华人民共和国政府信息公开条例》规定编制。', '一、总体情况', '2022年，青岗县人民政府办公室认真贯彻落实《条例》，本年度共公开政府信息1030条。')
    expect(String(r.agency)).not.toMatch(/^标题/)
    expect(r.region).toBe('青岗县')
  })
})

describe('the compiler in the sentence that makes the report', () => {
  it('reads 青岗市司法局 from 根据2023年青岗市司法局信息公开工作实际编制而成', () => {
    const r = v('本年报按照《中华人民共和国政府信息公开条例》要求，根据2023年青岗市司法局信息公开工作实际编制而成。本年报所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '一、总体情况', '（一）主动公开', '我局在门户网站主动公开政府信息126条。')
    expect(r.agency).toBe('青岗市司法局')
    expect(r.region).toBe('青岗市')
  })

  it('takes no zone alone from 结合2019年高新区政府信息公开工作实际编制而成', () => {
    const r = v('本年报根据《中华人民共和国政府信息公开条例》，结合2019年高新区政府信息公开工作实际编制而成。本年报中所列数据统计时间截至2019年12月31日。',
      '一、总体情况', '2019年，青岗国家高新区（新材料科技城）管委会办公室政务公开工作按照年初下发的工作要点，进一步加强领导、完善机制。')
    expect(r.agency).not.toBe('高新区')
  })

  it('reads 青岗市人民政府办公室 from 编制形成2021年青岗市人民政府办公室政府信息公开年度报告', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》等相关规定，编制形成2021年青岗市人民政府办公室政府信息公开年度报告。报告内容包括总体情况等六个部分，所列数据统计期限为2021年1月1日至2021年12月31日。',
      '一、总体情况', '2021年，我办坚持以公开为常态、不公开为例外。')
    expect(r.agency).toBe('青岗市人民政府办公室')
  })
})

describe('the body as the owner of the year\'s disclosure work', () => {
  it('reads 青岗县人民政府办公室 from 2022年度，青岗县人民政府办公室政务公开工作本着…', () => {
    const r = v('一、总体情况', '2022年度，青岗县人民政府办公室政务公开工作本着“公开为常态、不公开为例外”的原则，不断优化公开平台建设，现将工作总结如下：',
      '（一）主动公开情况。青岗县人民政府办公室依托县政府门户网站为主要公开平台，全年主动公开政府信息318条。')
    expect(r.agency).toBe('青岗县人民政府办公室')
    expect(r.region).toBe('青岗县')
  })
})

describe('a township opening the year\'s account', () => {
  it('reads 青塘街道 from 2017年青塘街道根据…, with no comma after the year', () => {
    const r = v('本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。如对本报告有任何疑问，请与街道党政办公室联系（电话：0000-7654321）。',
      '一、政府信息公开工作的推进情况', '2017年青塘街道根据《中华人民共和国政府信息公开条例》和区有关文件精神，扎实开展政府信息公开工作。', '（一）强化组织，完善信息公开工作机制')
    expect(r.agency).toBe('青塘街道')
    expect(r.region).toBe('青塘街道')
  })

  it('keeps the title\'s 青岭区青石街街道办事处 over a street\'s short name after the year (2024年青石街严格按照…)', () => {
    const r = v('青岭区青石街街道办事处', '2024年政府信息公开工作年度报告', '根据《中华人民共和国政府信息公开条例》规定，现发布《青岭区青石街街道办事处2024年政府信息公开工作年度报告》，本报告统计数据从2024年1月1日至12月31日。',
      '一、总体情况', '（一）主动公开。2024年青石街严格按照区委、区政府有关工作要求，及时准确公开政府信息。通过区政府网站主动公开信息52条。')
    expect(r.agency).toBe('青岭区青石街街道办事处')
  })
})

describe('the year a report covers', () => {
  it('reads a statistics period written with hyphens (自2015-1-1起至2015-12-31止)', () => {
    const r = v('本报告由石湾县民政局根据《中华人民共和国政府信息公开条例》规定编制。本报告中所列数据的统计期限自2015-1-1起至2015-12-31止。',
      '一、概述', '我局在县政府信息公开领导小组的指导下，加强信息公开队伍建设。', '二、主动公开政府信息的情况', '全局在政府网站共主动公开信息88条。')
    expect(r.report_year).toBe(2015)
  })

  it('reads the year\'s last day a figure runs to when nothing else names a year', () => {
    const r = v('本年度报告是根据《政府信息公开条例》的要求，由石湾市统计局编制。全文包括概述、主动公开政府信息情况等内容。',
      '一、概述', '一年来，我局扎实做好政府信息公开工作。到2016年12月31日止，全局已发布信息512条，现将主要情况报告如下：')
    expect(r.report_year).toBe(2016)
  })
})

describe('the title and the release date at the head of a page', () => {
  it('reads a title line closed with a full stop, not a sentence that compiles the report', () => {
    const r = v('选择搜索类型', '石湾省人民政府2018年政府信息公开工作年度报告。', '根据《中华人民共和国政府信息公开条例》的规定，现公布石湾省人民政府2018年政府信息公开工作年度报告。',
      '一、全省政府信息公开工作推进情况', '2018年，我省各级行政机关全面推进政务公开。')
    expect(r.title).toBe('石湾省人民政府2018年政府信息公开工作年度报告')
    const s = v('石湾县民政局编制了2018年政府信息公开工作年度报告。', '一、概述', '2018年，我局认真做好政府信息公开工作。')
    expect(s.title ?? null).toBeNull()
  })

  it('reads the date that opens the metadata line under the title (2024-01-23 16:45 稿件作者: 浏览量:)', () => {
    const r = v('青塘区教育局政府信息公开工作年度报告', '', '2024-01-23 16:45  稿件作者:   浏览量:- 【浏览字体: 】    分享到:', '',
      '一、总体情况', '2023年，区教育局累计主动公开政府信息64条。')
    expect(r.publish_date).toBe('2024-01-23')
  })

  it('reads that date under a title whose line above is a site\'s search box, not a byline', () => {
    const r = v('选择搜索类型', '请输入搜索', '青禾县民政局2016年政府信息公开工作年度报告', '2017-02-10 09:30  稿件作者:   浏览量:-',
      '一、概述', '2016年，我局加强信息公开队伍建设。')
    expect(r.publish_date).toBe('2017-02-10')
  })
})

describe('a body named short or only in its contact', () => {
  it('reads 区教育局 from 2023年度区教育局通过门户网站…, the year with no comma, its district from the platform', () => {
    const r = v('本年度报告根据《中华人民共和国政府信息公开条例》规定编制，所列数据的统计时限自2023年1月1日起至2023年12月31日止。',
      '一、总体情况', '（一）主动公开', '2023年度区教育局通过门户网站及时、主动公开发布各类信息86条，规范青溪区人民政府网站教育板块信息公开内容。',
      '（二）依申请公开', '2023年我局未受理依申请公开。')
    expect(r.agency).toBe('区教育局')
  })

  it('reads 青坪街道 from a contact under the city\'s government (青岭市人民政府青坪街道办事处) in a text that says 我街', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》要求，现公布2022年政府信息公开工作年度报告。所列数据统计时限为2022年1月1日至2022年12月31日。公众如需进一步咨询了解相关信息，请与青岭市人民政府青坪街道办事处联系（电话：0000-2490001）。',
      '一、总体情况', '（一）主动公开情况。按照《条例》规定和要求，青坪街道通过市人民政府网、公开栏等形式面向社会公开了各类信息。',
      '（二）依申请公开情况。2022年我街未接到群众主动要求公开政府信息的申请。')
    expect(r.agency).toBe('青坪街道')
    expect(['青坪街道', '青岭市青坪街道']).toContain(r.region)
  })

  it('reads 青岭旗青坪镇 from the outline 全文包括青岭旗青坪镇政府信息公开总体情况 (政府 belongs to 政府信息公开)', () => {
    const r = v('本年度报告根据《中华人民共和国政府信息公开条例》制作。全文包括青岭旗青坪镇政府信息公开总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的问题及改进情况，其他需要报告的事项。所列数据统计期限为2025年1月1日至2025年12月31日。',
      '一、总体情况', '（一）主动公开情况。', '主动向社会公开发布政务信息，对我镇需主动公开的信息进行梳理。', '（二）依申请公开情况。', '2025年全年未收到政府信息公开申请。')
    expect(r.agency).toBe('青岭旗青坪镇')
    expect(r.region).toBe('青岭旗青坪镇')
  })

  it('does not take a 来源 row\'s street short name (来源: 青源街) in a text that says 我街道', () => {
    const r = v('发布时间: 2021-01-18 来源: 青源街 浏览次数:-', '', '一、总体情况',
      '2020年，我街道认真贯彻落实《条例》及上级相关文件的精神，切实加强组织领导。', '二、主动公开政府信息情况', '全年主动公开政府信息共52条。')
    expect(r.agency).not.toBe('青源街')
  })
})
