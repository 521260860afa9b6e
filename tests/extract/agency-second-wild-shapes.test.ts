/**
 * Agency and region in the shapes a second set of real pages taught (issue 12, points 2 and 7: the second
 * "wild" set, harvested after the first round's rules). Every text is written for the test, with invented
 * places and numbers: a township-level 街, a township name ending in 和, a second verb before the announced
 * name, a zone's party committee or bare kind as the subject.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'
import { regionOf } from '../../src/main/extract/region-name'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('township names', () => {
  it('a township-level 街 (Tianjin writes its 街道 so) heads the title and the 来源 line', () => {
    const r = v('当前位置:柳堤街> 政务公开> 最新文件', '柳堤街2021年政府信息公开工作年度报告', '发布日期: 2022-01-19 09:30      来源: 柳堤街',
      '一、总体情况', '2021年我街主动公开文件26份，依申请公开3件。')
    expect(r.agency).toBe('柳堤街')
    expect(r.region).toBe('柳堤街')
    // …unless the text names its office in full (柳堤街道办事处2021年度…工作): that office
    const office = v('柳堤街2021年政府信息公开工作年度报告', '发布日期: 2022-01-26 08:59      来源: 柳堤街', '一、总体情况',
      '柳堤街道办事处2021年度政府信息公开工作依托区政务网开展。2021年全年主动公开政府信息23件。')
    expect(office.agency).toBe('柳堤街道办事处')
    expect(office.region).toBe('柳堤街道')
    // …but a street in an address (…区柳堤街津沽路8号) is no township
    const address = v('一、总体情况', '如有疑问请联系我局办公室（地址：青禾区柳堤街津沽路8号）。', '2021年，我局认真贯彻《条例》。')
    expect(address.region).toBeUndefined()
  })
  it('a township whose name ends in 和 (永和镇) is read whole after its county', () => {
    const r = v('青禾县永和镇2022年政府信息公开工作年度报告', '根据《条例》要求，编制本报告。', '一、总体情况', '2022年，我镇主动公开政府信息86条。')
    expect(r.agency).toBe('青禾县永和镇')
    expect(r.region).toBe('青禾县永和镇')
    // (…but words joined by 和 before a unit character are no name: 交通和|县域)
    expect(regionOf('交通和县域经济发展局')).toBeNull()
    // (公开乡村振兴: 乡 opens the word 乡村, no township 公开乡 among the suggestions)
    const withWord = extract(txtDoc(['青禾县永和镇2022年政府信息公开工作年度报告', '一、总体情况', '2022年，我镇公开乡村振兴、产业发展等信息96条。'].join('\n')))
    expect((withWord.candidates ?? []).map((c) => String(c.value))).not.toContain('公开乡')
  })
})

describe('the report\'s sentences', () => {
  it('a second verb after 编制 (特编制并向社会公布X…报告) does not hide the announced name', () => {
    const r = v('2015年以来，根据《条例》和区政府的有关文件精神，结合青禾区统计局2015年工作实际，特编制并向社会公布青禾区统计局2015年度政府信息公开年度报告如下：',
      '一、工作开展情况', '2015年，我局多次召开专题会议。')
    expect(r.agency).toBe('青禾区统计局')
    expect(r.region).toBe('青禾区')
  })
  it('a zone\'s party committee or its bare kind as the subject names no body and no place', () => {
    const r = v('2022年，开发区坚持以习近平新时代中国特色社会主义思想为指导，深化信息公开内容。', '一、总体情况', '（一）主动公开',
      '开发区党工委高度重视政府信息公开工作，努力提高政府信息公开工作的质量和水平。', '（二）依申请公开', '本年度未收到任何要求公开政府信息的申请。')
    expect(r.agency).toBeUndefined()
    expect(r.region).toBeUndefined()
  })
})

describe('zones and townships named in the page\'s furniture or the contact', () => {
  it('a title naming a zone short against a 信息来源 naming its committee in full: the committee, the region as titled', () => {
    const r = v('青岭高新区2020年度政府信息公开工作报告', '信息来源:青岭高新技术产业开发区管理委员会 发布时间:2021-01-28 浏览次数:',
      '2020年，高新区深入贯彻落实《条例》。现将2020年度政府信息公开工作情况报告如下：', '一、总体情况', '2020年主动公开政府信息300余条。')
    expect(r.agency).toBe('青岭高新技术产业开发区管理委员会')
    expect(r.region).toBe('青岭高新区')
  })
  it('a zone\'s second name in brackets inside its committee office\'s name, as the subject of the year\'s work', () => {
    const r = v('本年报结合2019年高新区政府信息公开工作实际编制而成。', '一、总体情况',
      '2019年，青岭国家高新区（新材料科技城）管委会办公室政务公开工作按照年初下发的工作要点，进一步加强领导。',
      '（一）加强组织领导。管委会办公室作为高新区政务公开工作领导小组常设办公室，全面负责全区政务公开工作。')
    expect(r.agency).toBe('青岭国家高新区（新材料科技城）管委会办公室')
    expect(r.region).toBe('青岭国家高新区')
  })
  it('a township named only in its contact, an office under the district\'s government: the township', () => {
    const r = v('本报告根据《条例》要求，综合全区各镇（街办）、各部门2019年政府信息公开工作情况编制。',
      '如对报告有任何疑问，请与青禾区人民政府石湾镇办公室联系，联系电话：0797-1234567。', '一、总体情况',
      '2019年，我镇高度重视政府信息公开工作，全年主动公开政府信息120条。')
    expect(r.agency).toBe('石湾镇')
    expect(r.region).toBe('石湾镇')
  })
})

describe('a place\'s title and its government in the page\'s 来源 row', () => {
  it('the title names the township, the 来源 row its government: the government, the township its region', () => {
    const r = v('青禾县石湾镇人民政府', '青禾县石湾镇2023年政府信息公开工作年度报告', '发布时间:2024-01-19 11:04 来源:青禾县石湾镇人民政府 字体:[ ]',
      '一、总体情况', '2023年我镇政府信息公开平台累计发布各类信息316条。', '2023年，我镇未收到依申请公开政府信息。')
    expect(r.agency).toBe('青禾县石湾镇人民政府')
    expect(r.region).toBe('青禾县石湾镇')
    // (a zone's or a county's government in that row is as often the portal that posted the page: the place stays)
    const zone = v('青岭综合实验区2020年政府信息公开工作年度报告', '发布时间:2021-01-20 来源:青岭综合实验区人民政府', '一、总体情况', '2020年，实验区主动公开政府信息120条。')
    expect(zone.agency).toBe('青岭综合实验区')
  })
})

describe('a compiler\'s name read whole', () => {
  it('a section after the office (…街道党政办公室综合科编制) ends the compiler\'s name: no office cut out of it, the 街道 the subject names', () => {
    const r = v('本年度报告根据《条例》和区政府办公室的通知要求，由青禾市石湾区人民政府柳塘街道党政办公室综合科编制。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '一、总体情况', '2023年，柳塘街道在区委、区政府的领导下，不断规范政府信息公开内容。', '（一）主动公开情况。2023年，柳塘街道全年主动公开信息42条。')
    expect(r.agency).toBe('柳塘街道')
    expect(r.region).toBe('柳塘街道')
  })
})

describe('one office with and without its places', () => {
  it('a 来源 row naming the 街道办事处 under its district\'s government over the compiling sentence\'s short name: the fuller name', () => {
    const r = v('青禾市东河区柳塘街道2019年政府信息公开工作年度报告', '发布时间:2020-02-25 13:10      来源:青禾市东河区人民政府柳塘街道办事处',
      '本年度报告根据《条例》有关规定，由柳塘街道办事处结合自身工作实际，对全年信息公开工作进行编制。报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。',
      '一、总体情况', '2019年，柳塘街按照《条例》规定，贯彻政府信息公开各项措施。')
    expect(r.agency).toBe('青禾市东河区人民政府柳塘街道办事处')
    expect(r.region).toBe('青禾市东河区柳塘街道')
  })
})
