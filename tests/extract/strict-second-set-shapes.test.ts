/**
 * Agency, region, title, date and year in the shapes where the second strictly labelled wild set (wild-final2) and
 * the tool disagreed (issue 12), and two wrong values of earlier sets: a county-level city since made a district, a
 * document library's heading with a two-digit year, a body named only by its kind and level (省交通厅, 县林业局) as
 * the subject of the year's work, the platform it publishes on, a flattened page's list markers and search box
 * before the title, a 时间: label on the title's line, requests carried into the next year, 编制发布 before the
 * name, a document number's 号 above a township's title. Every text is written for the test; the places are
 * invented except where the divisions data must know them (a former city, a platform's county).
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a county-level city since made a district (江都市 → 江都区)', () => {
  it('reads 由江都市人民政府编制 in a 2010 report as the agency, 江都市 as the region (都市 alone is no place)', () => {
    const r = v('发文机关:江都市人民政府信息中心 | 主题词:年度报告 |', '标题:江都市2010年政府信息公开年度报告 | |',
      '本年报是根据《中华人民共和国政府信息公开条例》要求,由江都市人民政府编制的2010年度政府信息公开年度报告。',
      '一、概 述', '2010年,我市认真贯彻《条例》,设立了2个信息申请受理点。')
    expect(r.agency).toBe("江都市人民政府")
    expect(r.region).toBe("江都市")
  })
})

describe('a document library\'s heading opening with the year\'s last two digits', () => {
  it('reads 青江市 from 12青江市政府信息公开报告', () => {
    const r = v('12青江市政府信息公开报告', '二是统一全市新闻发布制度。2012年,市政府信息公开办规范了全市新闻发布,全年组织新闻发布会31次。')
    expect(r.title).toBe('12青江市政府信息公开报告')
    expect(r.agency).toBe('青江市')
    expect(r.region).toBe('青江市')
  })
})

describe('a body named by its kind and level as the subject of the year\'s work', () => {
  it('reads 县林业局 after 自《条例》实施以来, its county from the portal it publishes on', () => {
    const r = v('一、政府信息公开工作概述',
      '自《条例》实施以来,县林业局高度重视政府信息公开工作,将其摆上重要议事日程。',
      '二、政府信息主动公开情况',
      '2013年度县林业局共主动公开政府信息27条。可以通过闽清县人民政府公众信息网站首页的“政府信息公开”栏目查询。',
      '三、依申请公开政府信息办理情况', '2013年,我局未收到政府信息公开申请。')
    expect(r.agency).toBe('县林业局')
    expect(r.region).toBe('闽清县')
  })
  it('reads 省交通厅 working through a portal (借助), the province never named: no region', () => {
    const r = v('2013年,省交通厅借助省政府门户网站信息公开系统,进一步健全了政府信息公开工作制度。',
      '一、主动公开政府信息情况', '2013年,厅网站共公开政府信息412条。',
      '二、依申请公开政府信息情况', '2013年,省交通厅收到3宗政府信息公开申请。')
    expect(r.agency).toBe('省交通厅')
    expect(r.region ?? null).toBeNull()
  })
})

describe('page furniture around the title', () => {
  it('drops a flattened page\'s list markers and search box before the title (3. 高级检索 …)', () => {
    const r = v('•', '1.', '2.', '3. 高级检索 青山市商务局2016年政府信息公开工作年度报告 本报告根据《中华人民共和国政府信息公开条例》要求编制。')
    expect(r.title).toBe('青山市商务局2016年政府信息公开工作年度报告')
  })
  it('reads the release date from 时间: after the report\'s name on its line', () => {
    const r = v('青山市民政局2024年政府信息公开工作年度报告 时间:2025-01-21',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求,由青山市民政局编制。')
    expect(r.publish_date).toBe('2025-01-21')
    // (a 报告时间 label of a period is still not a release date)
    const period = v('青山市民政局政府信息公开工作年度报告', '报告时间:2024-01-01', '本年度报告由青山市民政局编制。')
    expect(period.publish_date ?? null).toBeNull()
  })
})

describe('a year implied only by requests carried into the next', () => {
  it('reads 2023 from 余5件转2024年度办理', () => {
    const r = v('依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。', '一、总体情况',
      '全年受理政府信息公开申请61件,办理完成56件,余5件转2024年度办理。')
    expect(r.report_year).toBe(2023)
  })
})

describe('words of a sentence before the name', () => {
  it('reads 青江市体育局 after 编制发布 (no 并 between the verbs)', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》要求,编制发布青江市体育局2021年政府信息公开工作年度报告。',
      '本报告包括总体情况、主动公开政府信息情况等6个部分。')
    expect(r.agency).toBe('青江市体育局')
    expect(r.region).toBe('青江市')
  })
  it('does not join a document number\'s 号 to a township\'s title below it', () => {
    const r = v('东政﹝2011﹞6号', '东河乡2010年度政府信息公开工作年度报告', '县政府办:',
      '本报告根据《青山县人民政府办公室关于做好2010年度政府信息公开工作年度报告有关事项的通知》编制。')
    expect(r.agency).toBe('东河乡')
    expect(r.region).toBe('东河乡')
  })
})

describe('a township that calls itself 我镇 and names itself once', () => {
  it('reads 青禾镇 from 进一步健全完善青禾镇信息公开工作机制', () => {
    const r = v('一、总体情况', '(一)主动公开', '我镇认真贯彻《中华人民共和国政府信息公开条例》精神,主动公开政府信息58条。',
      '(二) 依申请公开', '2023年度我镇未收到依申请公开政府信息。', '(三) 政府信息管理',
      '认真落实《条例》相关规定,进一步健全完善青禾镇信息公开工作机制,我镇成立由镇长负责的政务公开领导小组。')
    expect(r.agency).toBe('青禾镇')
    expect(r.region).toBe('青禾镇')
    // (a township the text does not call itself, 我局 reporting on 青禾镇's rules, is not read)
    const other = v('2023年,我局进一步健全完善青禾镇信息公开工作机制,主动公开政府信息58条。')
    expect(other.agency ?? null).toBeNull()
  })
})

describe('a short-named body\'s county from the county government whose rules it follows', () => {
  it('reads 闽清县 from 闽清县政府《关于…的通知》 for 县卫生局', () => {
    const r = v('2012年,县卫生局政府信息公开工作在县委、县政府的领导下,全面贯彻落实《条例》和闽清县政府《关于做好政府信息公开工作的通知》,现将我局2012年度政府信息公开工作年度报告如下:',
      '在主动公开信息工作中,我局认真落实《条例》,主动公开政府信息120条。')
    expect(r.agency).toBe('县卫生局')
    expect(r.region).toBe('闽清县')
    // (a cited document's name, 《闽清县人民政府办公室关于…的通知》, is not read so)
    const cited = v('根据《条例》和《闽清县人民政府办公室关于做好2012年度政府信息公开工作年度报告编制工作的通知》要求,现将2012年度政府信息公开工作情况报告如下:',
      '2012年,县统计局通过政府网站主动公开信息73条。')
    expect(cited.region ?? null).toBeNull()
  })
})

describe('a zone and the district sharing its government, written as one', () => {
  it('reads 高新区(东湖区) of the title as agency and region, not the district alone', () => {
    const r = v('2021年高新区(东湖区)政府信息公开工作年度报告', '高新区(东湖区)政府2021年信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》规定,现将2021年政府信息公开工作情况汇报如下:', '一、总体情况',
      '2021年,我区认真贯彻落实《条例》,全区主动公开政府信息1201条。')
    expect(r.agency).toBe('高新区(东湖区)')
    expect(r.region).toBe('高新区(东湖区)')
  })
})

describe('a province-wide report naming no body, speaking of the province\'s disclosure work as a whole', () => {
  it('reads 甘肃省 from its portal and coordinating office, with 全省政府信息公开工作 as its scope', () => {
    const r = v('本报告根据《中华人民共和国政府信息公开条例》编制。本报告电子版可从甘肃省人民政府网站下载。如对本报告有疑问,请与甘肃省人民政府信息公开办公室联系。',
      '一、概述', '2016年,围绕政策解读回应和载体建设,全省政府信息公开工作取得新突破。')
    expect(r.agency).toBe('甘肃省')
    expect(r.region).toBe('甘肃省')
  })
})

describe('a ministry that calls itself 我部 and names itself once', () => {
  it('reads 水利部 from a document it submitted, and nothing where two ministries are named', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》有关要求,现公布2011年我部政府信息公开工作年度报告。', '一、概述',
      '2011年,我部认真贯彻落实《条例》,加强了干部职工的公开意识。我部按要求上报《水利部落实政府信息公开条例自查情况报告》。')
    expect(r.agency).toBe('水利部')
    expect(r.region ?? null).toBeNull()
    const two = v('2011年,我部认真贯彻落实《条例》,会同水利部、商务部开展联合检查。')
    expect(two.agency ?? null).toBeNull()
  })
})

describe('the report naming itself as compiled, over sentences about another year', () => {
  it('reads 2016 from 编制了《青山市气象局2016年…年度报告》 though the sentences speak of 2015', () => {
    const r = v('一、概述', '根据市政府的工作部署,编制了《青山市气象局2016年政府信息公开工作年度报告》(以下简称年报)。',
      '2015年,我局每日制作天气预报。', '2015年,我局未接收到政府信息公开申请。', '2015年,我局未有行政复议和诉讼情况。')
    expect(r.report_year).toBe(2016)
  })
})
