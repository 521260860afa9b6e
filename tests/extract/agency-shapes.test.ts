/**
 * General shapes in which a report states its publishing body and its place (issue 12, generalising the agency
 * and region rules beyond the development half of ../shared/corpus/pages). Every text is written for the test.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (text: string): ReturnType<typeof valuesOf> => valuesOf(extract(txtDoc(text)))
const BODY = '\n根据《条例》规定，现将有关情况报告如下。\n一、总体情况\n我局认真贯彻落实《条例》。'

describe('the agency in the title, announcement and metadata lines', () => {
  it('a site name glued before the title\'s agency is not part of the name', () => {
    const r = v('青山县人民政府网 青山县财政局2020年政府信息公开工作年度报告' + BODY)
    expect(r.agency).toBe('青山县财政局')
    expect(r.region).toBe('青山县')
  })

  it('a title broken inside the agency\'s name over two lines', () => {
    const r = v('龙山县自然资源\n局2020年政府信息公开工作年度报告' + BODY)
    expect(r.agency).toBe('龙山县自然资源局')
    expect(r.region).toBe('龙山县')
  })

  it('the body that releases the report to the public (向社会发布), without 社会 taken for a 会', () => {
    expect(v('龙山县财政局向社会发布2020年度政府信息公开工作年度报告。').agency).toBe('龙山县财政局')
  })

  it('a sentence that opens 本报告是… before the body\'s name', () => {
    const r = v('本报告是龙山县财政局根据《条例》要求编制的2020年度政府信息公开工作年度报告。')
    expect(r.agency).toBe('龙山县财政局')
    expect(r.region).toBe('龙山县')
  })

  it('a metadata table flattened into cells with bars: 发布单位 | name', () => {
    expect(v('索引号 | 001/2021 | 发布单位 | 龙山县财政局\n2020年政府信息公开工作年度报告\n根据《条例》规定编制本报告。').agency)
      .toBe('龙山县财政局')
  })

  it('a national body\'s local office: the agency whole, the region the place after the national name', () => {
    const r = v('国家税务总局龙山县税务局2020年政府信息公开工作年度报告' + BODY)
    expect(r.agency).toBe('国家税务总局龙山县税务局')
    expect(r.region).toBe('龙山县')
  })
})

describe('a report that speaks for the whole place', () => {
  const aggregate = (scope: string, site: string): string =>
    `本年度报告根据《条例》要求编制，全文包括概述等部分。本年度报告电子版可在${site}人民政府门户网站下载。\n一、概述\n2013年，${scope}各级行政机关认真贯彻落实《条例》，政府信息公开工作取得新进展。`

  it('province-wide: the province whose government the text names', () => {
    const r = v(aggregate('全省', '四川省'))
    expect(r.agency).toBe('四川省')
    expect(r.region).toBe('四川省')
  })

  it('city-wide: the city, not the province its address names; nothing for a body\'s own report', () => {
    const r = v(aggregate('全市', '昆明市') + '如有疑问请与昆明市人民政府办公厅联系（地址：云南省昆明市呈贡区）。')
    expect(r.agency).toBe('昆明市')
    // nothing where the report speaks as one body (我局), or the scope word and the government disagree
    expect(v(aggregate('全市', '昆明市') + '我局将继续做好有关工作。').agency).toBeUndefined()
    expect(v(aggregate('全省', '昆明市')).agency).toBeUndefined()
  })
})

describe('a township\'s region carries its county', () => {
  it('a signature without the county, the title with it; not a county from the prose', () => {
    const r = v('龙山县石牌镇2020年政府信息公开工作年度报告\n根据《条例》规定，现将有关情况报告如下。\n一、总体情况\n我镇认真贯彻落实。\n石牌镇人民政府\n2021年1月20日')
    expect(r.agency).toBe('石牌镇人民政府')
    expect(r.region).toBe('龙山县石牌镇')
    // a county named only in the prose (a superior, an address) is not added
    const prose = v('2020年政府信息公开工作年度报告\n根据《条例》规定，现将有关情况报告如下。\n' + '一、总体情况\n我镇在龙山县委的领导下认真贯彻落实。\n'.repeat(30) + '龙山县石牌镇党委书记来信地址。\n' + '二、主动公开\n'.repeat(20) + '石牌镇人民政府\n2021年1月20日')
    expect(prose.agency).toBe('石牌镇人民政府')
    expect(prose.region).toBe('石牌镇')
  })
})

describe('names read around spam and short forms', () => {
  it('a spam brand inserted inside the compiler\'s name is read around; a brand in place of the name gives nothing', () => {
    const r = v('引言\n本报告是根据《条例》要求，由龙山县滚球体育app_188比分-直播|官网:发展和改革局编制的2008年度政府信息公开年度报告。\n一、概述\n我局认真贯彻。')
    expect(r.agency).toBe('龙山县发展和改革局')
    expect(r.region).toBe('龙山县')
    expect(v('引言\n本报告是根据《条例》要求，由新葡京博彩官网:发展和改革局编制的2008年度政府信息公开年度报告。').agency).toBeUndefined()
  })

  it('a city-wide report that names no government: the city its sentences name most', () => {
    const r = v('一、概述\n在党中央、国务院和湖南省委、省政府的正确领导下，我市紧紧围绕中心工作，统筹部署。\n2015年5月，我市印发了《2015年长沙市推进政府信息公开工作要点》，对全市政府信息公开工作进行了统筹部署。在长沙市政务服务网开设专栏。')
    expect(r.agency).toBe('长沙市')
    expect(r.region).toBe('长沙市')
  })

  it('a place\'s title over the account of its office, written short as the subject: the office in full', () => {
    const office = '青山市2009年政府信息公开工作年度报告\n市财政局：\n根据有关文件精神，市政府办公厅于2008年1月印发了《青山市人民政府办公厅关于做好准备工作的通知》。'
      + '2009年度，市政府办公厅按照国务院、省政府的有关文件精神，积极开展政府信息公开工作。\n一、加强组织领导\n为确保《条例》的贯彻实施，市政府办公厅成立了领导小组。'
    expect(v(office).agency).toBe('青山市人民政府办公厅')
    // a city-wide report whose office organises the work stays the city's
    const cityWide = '青山市2009年政府信息公开工作年度报告\n2009年，全市各级行政机关认真贯彻落实《条例》。市政府办公厅按照要求做好统筹。市政府办公厅积极开展培训。《青山市人民政府办公厅关于做好工作的通知》'
    expect(v(cityWide).agency).toBe('青山市')
  })
})

describe('the kind of body the report calls itself', () => {
  const ours = '\n2020年，我局认真贯彻落实《条例》，现将有关情况报告如下。\n一、总体情况\n我局共主动公开信息120条。'

  it('a site\'s name over a nameless title, or a 来源 line, naming a government where the text says 我局: not the body', () => {
    const header = v('龙山县人民政府' + '\n2020年政府信息公开工作年度报告' + ours)
    expect(header.agency).toBeUndefined()
    expect(header.title).toBe('2020年政府信息公开工作年度报告')
    expect(v('2020年政府信息公开工作年度报告\n来源：龙山县人民政府 发布时间：2021-01-20' + ours).agency).toBeUndefined()
    // the same lines naming a body of the kind the text calls itself are the body
    expect(v('龙山县财政局' + '\n2020年政府信息公开工作年度报告' + ours).agency).toBe('龙山县财政局')
    expect(v('2020年政府信息公开工作年度报告\n来源：龙山县财政局 发布时间：2021-01-20' + ours).agency).toBe('龙山县财政局')
    expect(v('2020年政府信息公开工作年度报告\n来源：龙山县石牌镇人民政府\n2020年，我镇认真贯彻落实《条例》。').agency).toBe('龙山县石牌镇人民政府')
  })
})

describe('more of the head of a report', () => {
  it('a title whose year is written in Chinese numerals (二〇二〇年度)', () => {
    const r = v('龙山县财政局二〇二〇年度政府信息公开工作年度报告' + BODY)
    expect(r.agency).toBe('龙山县财政局')
  })

  it('a report that calls itself 我局 and names itself only as the contact (its office): the body', () => {
    const head = '2020年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。'
    const mine = v(head + '如对本报告有任何疑问，请与龙山县财政局办公室联系（地址：龙山县民主路1号；电话：0743-1234567）。\n一、总体情况\n2020年，我局认真贯彻落实《条例》。我局共主动公开信息120条。')
    expect(mine.agency).toBe('龙山县财政局')
    expect(mine.region).toBe('龙山县')
    // a contact of another kind (the government's disclosure office) is not the 局
    expect(v(head + '如对本报告有任何疑问，请与龙山县人民政府信息公开办公室联系。\n2020年，我局认真贯彻落实《条例》。').agency).toBeUndefined()
  })
})

describe('a central body\'s report re-posted by a local portal', () => {
  it('the ministry heading the title, not the portal its 来源 or 发布机构 line names', () => {
    const text = '来源：青山市人民政府 浏览次数：123\n水利部2020年政府信息公开工作年度报告\n根据《条例》规定，现将有关情况报告如下。'
    expect(v(text).agency).toBe('水利部')
    expect(v(text).region).toBeUndefined()
  })
})

describe('names the sentence and metadata rules had passed over', () => {
  it('a ministry\'s short name in the announcing sentence (现公布2013年外交部…报告)', () => {
    expect(v('来源：外交部网站\n根据《条例》有关要求，现公布2013年外交部政府信息公开工作年度报告。').agency).toBe('外交部')
  })

  it('a place alone as the page\'s 来源, before the page\'s print and share buttons', () => {
    const r = v('发布日期: 2021-01-29  来源:东河镇 字体: 打印 分享至:\n一、总体情况\n2020年，我镇通过不同渠道主动公开政务信息共217条。')
    expect(r.agency).toBe('东河镇')
    expect(r.region).toBe('东河镇')
  })

  it('a report compiled from a place\'s parts (汇总2014年度东河镇的…报告编制而成): the place', () => {
    expect(v('本年度报告根据《条例》要求，汇总2014年度东河镇的政府信息公开年度报告编制而成。\n一、概述\n2014年，我镇认真贯彻落实《条例》。').agency).toBe('东河镇')
  })
})

describe('a mirror written with Taiwan vocabulary', () => {
  it('釋出機構 is the page\'s 发布机构 row, 請聯絡 its contact line', () => {
    const meta = v('釋出時間：2021-01-20\n釋出機構：龍山縣財政局\n2020年政府資訊公開工作年度報告\n根據《條例》規定，現將有關情況報告如下。')
    expect(meta.agency).toBe('龙山县财政局')
    const contact = v('龍山縣石牌鎮2022年政府資訊公開工作年度報告\n一、總體情況\n2022年，我鎮認真落實《條例》。\n如有疑問，請聯絡龍山縣石牌鎮政府。地址：石牌大街1號')
    expect(contact.agency).toBe('龙山县石牌镇政府')
  })
})
