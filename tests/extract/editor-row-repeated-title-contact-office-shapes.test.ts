/**
 * Agency and region in the shapes a twelfth wild pass taught (issue 12, wrong values first): a page row 编辑: naming
 * a body longer than a person's name (the furniture rule cut it inside the name and left 局 glued to the 来源 before
 * it: …保障局局); 本年度 opening the sentence whose subject is the body (本年度市发改委 was read as the name, 本年度市 as
 * the region); the title repeated on the next line without its unit word (丽阳镇… / 丽阳…, read as a list of two
 * bodies' reports, so no title was the report's own); the report's contact naming the body's disclosure office
 * (X局政府信息公开领导小组办公室); a short body opening a part after its label (依申请公开情况：市发改局不断…). Every text
 * is written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/main/text/index'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a page row 编辑: naming a body', () => {
  it('keeps the 来源 name whole: 青禾区人力资源和社会保障局, not …局局', () => {
    const r = v('青禾区人力资源和社会保障局-信息公开', '2015年度政府信息公开年报',
      '发布时间:2016-01-20 信息来源: 青禾区人力资源和社会保障局 编辑:青禾区人力资源和社会保障局 字体:【  ',
      '2015年，在区委、区政府的正确领导下，区人力资源和社会保障局切实加强政府信息公开工作。',
      '一、领导重视', '我局高度重视政府信息公开工作。2015年，共主动公开政府本级信息72条。')
    expect(r.agency).toBe('青禾区人力资源和社会保障局')
    expect(r.region).toBe('青禾区')
  })

  it('still drops an editor\'s own name from the line', () => {
    const out = cleanText('发布时间:2016-01-20 编辑:王小明 字体:【大 中 小】\n正文').text
    expect(out).not.toContain('王小明')
  })
})

describe('the year\'s word before the body\'s name', () => {
  it('reads the commission, not 本年度市发改委, nor a region 本年度市', () => {
    const r = v('根据《政府信息公开条例》规定编制本年度报告。报告中的数据统计时限为2022年1月1日至12月31日。如对本年度报告有疑问，请与青江市发展和改革委员会政府信息公开办公室联系（地址：青江市湖东路12号，电话：0592-1234567）。',
      '一、总体情况', '本年度市发改委按照全市政务公开工作主要任务分解表要求，重点围绕提高政策公开质量深化政务公开。', '（一）主动公开', '一是做好重大决策预公开工作，全年共开展5期调查征集。')
    // (the contact's city is invented, so the divisions data cannot give the full name its place: the kind is enough)
    expect(String(r.agency)).toMatch(/发展和改革委员会$/)
    expect(String(r.agency)).not.toMatch(/^本年/)
    expect(r.region ?? null).not.toBe('本年度市')
  })
})

describe('the title repeated on the next line without its unit', () => {
  it('reads 石桥镇 from 石桥镇2022年度… over 石桥2022年度…', () => {
    const r = v('青川区政府网 | 市政府门户网站 | 网站无障碍 | 关怀版', '当前位置: 首页 > 石桥镇 > 政府信息公开年报 > 2022年', '',
      '石桥镇2022年度政府信息公开工作年度报告', '', '石桥2022年度政府信息公开工作年度报告', '',
      '本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有任何疑问，请与石桥镇人民政府党政办联系。',
      '一、总体情况', '2022年，我镇在区委、区政府的正确领导下，持续推进政务公开。')
    expect(r.agency).toBe('石桥镇')
    expect(r.region).toBe('石桥镇')
  })

  it('reads 石岭镇人民政府 from 石岭镇人民政府2022年度… over 石岭镇2022年度…', () => {
    const r = v('当前位置: 首页 > 政府信息公开年报 > 2022年', '', '石岭镇人民政府2022年度政府信息公开工作年度报告', '', '石岭镇2022年度政府信息公开工作年度报告', '',
      '本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有任何疑问，请与石岭镇人民政府党政办联系。',
      '一、总体情况', '2022年，我镇在区委、区政府的正确领导下，持续推进政务公开。')
    expect(r.agency).toBe('石岭镇人民政府')
    expect(r.region).toBe('石岭镇')
  })

  it('still reads two bodies\' titles in a run as links, not as the report\'s title', () => {
    const r = v('石桥镇2022年度政府信息公开工作年度报告', '青川区民政局2022年度政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》，编制本报告。', '一、总体情况', '2022年，我局认真贯彻落实《条例》。')
    expect(r.agency ?? null).toBeNull()
  })
})

describe('the contact naming the body\'s disclosure office', () => {
  it('reads 青湾区财政局 from 请与青湾区财政局政府信息公开领导小组办公室联系', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》，特向社会公布2014年度本单位信息公开年度报告。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止，如对本报告有任何疑问，请与青湾区财政局政府信息公开领导小组办公室联系（地址：湖滨路61号；电话：5720000）。',
      '一、概述', '按照《条例》要求，2014年本局政府信息公开工作在组织机构建设等方面取得了新的进展。', '（一）组织机构建设情况', '本单位的政府信息公开工作领导小组，由局长担任组长。')
    expect(r.agency).toBe('青湾区财政局')
    expect(r.region).toBe('青湾区')
  })

  it('still takes no body from a township government\'s own office in that sentence', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》，特向社会公布2014年度本单位信息公开年度报告。如对本报告有任何疑问，请与两溪镇人民政府党政办公室联系。',
      '一、概述', '2014年，我办认真落实政府信息公开工作。')
    expect(r.agency).not.toBe('两溪镇人民政府')
  })
})

describe('a short body opening a part after its label', () => {
  it('reads 市发改局 from 依申请公开情况：市发改局不断提升…, and its city from the portal', () => {
    const r = v('2022年政府信息公开工作年度报告', '一、总体情况',
      '2022年，我局认真贯彻落实中央、省市有关政务公开工作的决策部署。现将2022年政府信息公开工作汇报如下：',
      '依申请公开情况：市发改局不断提升和改进依申请公开工作的答复质量，通过青州市人民政府门户网站及时发布各类政府信息。2022年，我局共收到政府信息公开申请共9件。')
    expect(r.agency).toBe('市发改局')
    expect(r.region).toBe('青州市')
  })
})

describe('a place a template wrote twice before the name', () => {
  it('reads 青岗市东禾区民政局 from 由青岗市东禾区青岗市东禾区民政局编制', () => {
    const r = v('本报告是根据《中华人民共和国政府信息公开条例》要求，由青岗市东禾区青岗市东禾区民政局编制的2013年度政府信息公开年度报告。',
      '全文包括概述，主动公开政府信息的情况，依申请公开政府信息的情况。', '本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。如对报告有任何疑问，请与青岗市东禾区民政局联系。',
      '一、概述', '根据《条例》规定，本局完善了信息公开的制度机制。')
    expect(r.agency).toBe('青岗市东禾区民政局')
    expect(r.region).toBe('青岗市东禾区')
  })
})

describe('a zone\'s kind alone with its place in brackets', () => {
  it('reads 石岭街道 from 现公布开发区(石岭街道)2009年…', () => {
    const r = v('索引号: | 11330723000000000E/2021-100001 | 发布机构: | 石岭街道 | ||', '文号: | 公开日期: | 2015-07-10 13:41 |',
      '根据《中华人民共和国政府信息公开条例》的规定，现公布开发区(石岭街道)2009年政府信息公开工作年度报告。本报告由本年度政府信息公开工作的基本情况、主动公开政府信息的情况等六部分组成。如对本报告有任何疑问，请与开发区(石岭街道)联系。',
      '一、基本情况', '2009年，开发区(石岭街道)认真贯彻落实《条例》。')
    expect(r.agency).toBe('石岭街道')
    expect(r.region).toBe('石岭街道')
  })
})

describe('a district written without its unit before a street', () => {
  it('reads the region 青禾区石桥街道 where the title writes 青禾石桥街道办事处 and a row 青禾区石桥街道办事处', () => {
    const r = v('| 标题: | 青禾石桥街道办事处2018年政府信息公开工作年度报告 | ||', '| 发文日期: | 2019-02-15 | 发布机构: | 青禾区石桥街道办事处 |',
      '青禾石桥街道办事处2018年政府信息公开工作年度报告',
      '本年报是根据《中华人民共和国政府信息公开条例》要求，由石桥街道办事处编制的2018年度政府信息公开年度报告。', '一、概述', '2018年，我街道认真贯彻落实《条例》。')
    expect(r.region).toBe('青禾区石桥街道')
  })
})

describe('a street under its city\'s government whose name opens with a unit character', () => {
  it('reads the region 青川市县前街道 from 青川市人民政府县前街道办事处', () => {
    const r = v('青川市人民政府县前街道办事处 2016年政府信息公开工作年度报告',
      '县前街道办事处根据《中华人民共和国政府信息公开条例》规定，特编制2016年度县前街道办事处政府信息公开工作年度报告。', '一、概述', '2016年，我办认真贯彻落实《条例》。')
    expect(r.region).toBe('青川市县前街道')
  })
})
