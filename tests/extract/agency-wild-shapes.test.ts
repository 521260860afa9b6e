/**
 * Agency and region in the shapes a new set of real pages taught (issue 12, points 2 and 7: the "wild" set,
 * pages nobody here had seen). Every text is written for the test, with invented places and numbers:
 * a verb phrase is not a place, a zone's kind alone is not a region, a metadata label glued to the title,
 * a body's second name in brackets, a bare 公布 and a template's （机关）, the report's own contact sentence,
 * a short form as the year's subject, one body written in full and short, a township's own disclosure work,
 * a title split over lines under a name line.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('what is not a place', () => {
  it('a verb phrase before a short form (认真做好市政府办公室…) is neither an agency nor a region', () => {
    const r = v('一、概述', '二是加强制度建设，认真做好市政府办公室主动公开信息的发布工作。', '二、主动公开政府信息情况', '全年发布信息35件。')
    expect(r.agency).toBeUndefined()
    expect(r.region).toBeUndefined()
  })
  it('a sentence\'s words before a short form (内容涵盖区政府办公室…) are no place either', () => {
    const r = v('一、概述', '2020年，区政府办公室认真贯彻《条例》。', '本报告由概述等六部分组成，内容涵盖区政府办公室2020年1月1日至12月31日期间的政府信息公开工作情况。')
    expect(r.region).toBeUndefined()
  })
  it('a preposition or an alias note before a name opens no place (由青禾区…, 以下简称市政府办公室): no such suggestion', () => {
    const r = extract(txtDoc(['根据《条例》，公布青禾市人民政府办公室（以下简称市政府办公室）2014年政府信息公开工作年度报告。', '本年报由青禾区行政服务管理办公室编制，如有疑问请联系。'].join('\n')))
    const names = (r.candidates ?? []).filter((c) => c.field === 'agency').map((c) => String(c.value))
    expect(names.filter((n) => /^(由|以下简称)/.test(n))).toEqual([])
  })
  it('a zone\'s kind without its name heads the body\'s name but gives no region', () => {
    const r = v('经济技术开发区商务局2022年政府信息公开工作年报', '一、总体情况', '2022年，我局认真贯彻落实《条例》。')
    expect(r.agency).toBe('经济技术开发区商务局')
    expect(r.region).toBeUndefined()
    const named = v('青岭经济技术开发区商务局2022年政府信息公开工作年报', '一、总体情况', '2022年，我局认真贯彻落实《条例》。')
    expect(named.region).toBe('青岭经济技术开发区')
  })
})

describe('names in the page\'s furniture and the report\'s sentences', () => {
  it('a metadata label glued to the title (标题禾山区石湾乡2022年…) is not part of the name', () => {
    const r = v('索引号000011111/2023-00001', '文号是否有效', '标题禾山区石湾乡2022年政府信息公开工作年度报告', '', '一、总体情况', '2022年，我乡认真落实《条例》。')
    expect(r.title).toBe('禾山区石湾乡2022年政府信息公开工作年度报告')
    expect(r.agency).toBe('禾山区石湾乡')
    expect(r.region).toBe('禾山区石湾乡')
  })
  it('a body\'s second name in brackets is kept as written, for the compiler and in the title', () => {
    const r = v('本年报是根据《条例》要求，由青禾区行政服务中心（公共资源交易中心）编制的2018年度政府信息公开工作年度报告。', '一、概述', '2018年我中心主动公开信息120条。')
    expect(r.agency).toBe('青禾区行政服务中心（公共资源交易中心）')
    expect(r.region).toBe('青禾区')
    const t = v('青禾市发展和改革委员会（青禾市粮食和物资储备局）2021年政府信息公开工作年度报告', '一、总体情况', '2021年，我委认真贯彻《条例》。')
    expect(t.agency).toBe('青禾市发展和改革委员会（青禾市粮食和物资储备局）')
  })
  it('a bare 公布 after the rules, with the alias note after the name', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》的规定，公布青禾市人民政府办公室（以下简称市政府办公室）2014年政府信息公开工作年度报告。', '一、概述', '本年度工作平稳。')
    expect(r.agency).toBe('青禾市人民政府办公室')
  })
  it('a template\'s note after the name (特向社会公布2019年度石湾镇政府（机关）…) is dropped', () => {
    const r = v('根据《条例》，特向社会公布2019年度石湾镇政府（机关）信息公开年度报告。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。', '一、总体情况', '我镇高度重视政府信息公开工作。')
    expect(r.agency).toBe('石湾镇政府')
    expect(r.region).toBe('石湾镇')
  })
  it('the report\'s own contact sentence names the body the text calls 我局 once', () => {
    const r = v('本报告根据《条例》编制。如对本年度报告有任何疑问，请与青禾县文化和旅游局联系。联系电话：0000-1234567。', '一、总体情况', '2021年，我局积极推进政府信息公开工作。')
    expect(r.agency).toBe('青禾县文化和旅游局')
    expect(r.region).toBe('青禾县')
    const colon = v('本报告根据《条例》编制。如对本年度报告有疑问，请联系：青禾市石岗区人民政府南湖街道办事处；联系电话：0000-7654321。', '一、总体情况', '2023年，本街道认真贯彻《条例》。')
    expect(colon.agency).toBe('青禾市石岗区人民政府南湖街道办事处')
    // another kind of body (the county's office for a township's report) is not the agency
    const other = v('如对报告有任何疑问，请与青禾县人民政府办公室联系。', '一、总体情况', '2021年，我镇积极推进政府信息公开工作。')
    expect(other.agency).toBeUndefined()
  })
  it('a contact that is an office of the body (…镇人民政府党政办公室) gives not the government, whose office may write', () => {
    const r = v('本报告由青禾县石湾镇党政办公室编写。如对本报告有任何疑问，请与石湾镇人民政府党政办公室联系。', '一、总体情况', '在县委的领导下，我镇认真落实政务公开工作要点。')
    expect(r.agency).not.toBe('石湾镇人民政府')
  })
  it('a sentence\'s words before a short form (…1名工作人员负责市政府办公室…) are no place\'s name', () => {
    const r = v('一、概述', '2019年，市政府办公室认真贯彻落实《条例》。', '本办配备2名工作人员负责市政府办公室信息公开的日常工作。')
    expect(r.agency).toBeUndefined()
    expect(r.region).toBeUndefined()
  })
})

describe('the body that compiles its own report', () => {
  it('a short clause and 本单位 between the body and 编制 (…局结合单位实际，编制本单位2022年度…报告)', () => {
    const r = v('根据青禾县人民政府办公室《关于做好2022年政府信息公开年度报告的通知》要求，青禾县林业局结合单位实际，编制本单位2022年度政务公开工作年度报告。', '一、总体情况', '2022年，我局按照统一部署推进公开工作。')
    expect(r.agency).toBe('青禾县林业局')
    expect(r.region).toBe('青禾县')
  })
})

describe('the body as the subject of the year\'s account', () => {
  it('a short form opening the year, its full name written elsewhere in the text', () => {
    const r = v('一、总体情况', '2023年，市水务局认真贯彻落实市委市政府信息公开工作要求。', '（一）主动公开', '印发《青禾市水务局信息公开工作机制》，发布信息210条。')
    expect(r.agency).toBe('青禾市水务局')
    expect(r.region).toBe('青禾市')
  })
  it('one body written in full and short as subjects is one body: the full name', () => {
    const r = v('一、总体情况', '2024年，青禾经济技术开发区管委会坚持公开为常态。', '（一）主动公开情况。青禾经开区管委会始终将主动公开作为重点，全年主动公开信息52条。')
    expect(r.agency).toBe('青禾经济技术开发区管委会')
    expect(r.region).toBe('青禾经济技术开发区')
  })
  it('a township\'s own disclosure work opening the year names the township', () => {
    const r = v('一、总体情况', '2022年，石湾乡政府信息公开工作在县委、县政府的正确领导下有序开展。现将我乡2022年度政府信息公开工作报告如下。')
    expect(r.agency).toBe('石湾乡')
  })
  it('a name line over a split title names the subject with its county', () => {
    const r = v('2022年政府信息公开工作年度报告', '青禾县石湾镇人民政府', '2022年政府信息公开工作年度报告', '一、总体情况', '2022年，石湾镇人民政府认真贯彻落实《条例》，全年主动公开政府信息18条。我镇未收到申请。')
    expect(r.agency).toBe('青禾县石湾镇人民政府')
  })
})
