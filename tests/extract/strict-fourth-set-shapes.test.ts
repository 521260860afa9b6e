/**
 * Shapes the strict fourth wild set taught (issue 12, wrong values first): a sentence's words ending in 部 (费用全部)
 * are no ministry; the body's own office in brackets after its name (…行政公署（行署办公室）) is a gloss, not a
 * second name; a township opening the year's account with 以来 (2022年以来，X乡在…); a government's counsellors'
 * office (参事室) is a body; a zone's committee by its kind alone (开发区管委会), a street office named only in its
 * own sub-site's name, a body named only in the staff sentence are taken as written; 府 may stand in a place's own
 * name (上府区, 天府新区), 政府 never. Every text is written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { regionOf } from '../../src/main/extract/region-name'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a sentence ending in 部 is no body', () => {
  it('leaves the agency empty for 工作经费全部在…列支 in a report that names no body', () => {
    const r = v('一、总体情况', '2017年度，全县税务机关主动公开各类信息128条。安排1名工作人员承担信息公开工作。工作经费全部在财政拨付的办公经费中列支。未产生相关费用。',
      '二、主动公开政府信息情况', '本年主动公开政府信息128条。')
    expect(r.agency ?? null).toBeNull()
  })
})

describe('the body\'s own office in brackets after its name', () => {
  it('reads 青河地区行政公署 from 现就青河地区行政公署（行署办公室）2013年度…报告如下', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》的有关要求，现就青河地区行政公署（行署办公室）2013年度政府信息公开工作情况报告如下。',
      '一、概述', '2013年，青河地区大力开展政府信息公开工作。')
    expect(r.agency).toBe('青河地区行政公署')
    expect(r.region).toBe('青河地区')
    // (…but a second name that is another body is kept: …发展和改革委员会（青山市粮食局）)
    const k = v('现将青山市发展和改革委员会（青山市粮食局）2020年政府信息公开工作年度报告公布如下。', '一、总体情况', '2020年，我委主动公开政府信息56条。')
    expect(k.agency).toBe('青山市发展和改革委员会（青山市粮食局）')
  })
})

describe('a township opening the year\'s account with 以来', () => {
  it('reads 石桥乡 from 2021年以来，石桥乡在县委县政府的正确领导下…', () => {
    const r = v('一、总体情况', '2021年以来，石桥乡在县委县政府的正确领导下，扎实推进政务公开工作。石桥乡坚持把政府信息公开工作作为重要举措。',
      '二、主动公开政府信息情况', '本年度我乡未收到政府信息公开申请。')
    expect(r.agency).toBe('石桥乡')
    expect(r.region).toBe('石桥乡')
  })
})

describe('a counsellors\' office named in its title', () => {
  it('reads 青江省参事室 from the title line', () => {
    const r = v('青江省参事室2012年政府信息公开工作年度报告', '', '根据《中华人民共和国政府信息公开条例》，现将2012年度信息公开工作情况报告如下。',
      '一、基本情况', '2012年，我室进一步加大政府信息公开工作力度。')
    expect(r.agency).toBe('青江省参事室')
    expect(r.region).toBe('青江省')
  })
})

describe('a zone\'s committee named by its kind alone', () => {
  it('reads 开发区管委会 as written, its region empty, from 2021年，开发区管委会政务信息工作紧紧围绕…', () => {
    const r = v('一、总体情况', '2021年，开发区管委会政务信息工作紧紧围绕区委区政府中心工作，积极有效开展各项工作。',
      '（一）领导高度重视。开发区对信息公开工作一直重视，坚持按规定程序公开信息。', '二、主动公开政府信息情况', '本年度未收到政府信息公开申请。')
    expect(r.agency).toBe('开发区管委会')
    expect(r.region ?? null).toBeNull()
  })
})

describe('a street office named only in its own sub-site\'s name', () => {
  it('reads 青山区人民政府白沙街道办事处 and its region from 我街道通过…子网站主动公开', () => {
    const r = v('一、总体情况', '本年度报告结合2021年度本街道政府信息公开工作情况编制而成。',
      '（一）主动公开情况', '2021年我街道通过青山区人民政府白沙街道办事处子网站主动公开政策文件3条，预决算信息2条。',
      '（二）依申请公开办理情况', '2021年我街道未收到政府信息公开申请。', '（四）平台建设', '依托青山区人民政府白沙街道办事处子网站，开设了政府信息公开专栏。')
    expect(r.agency).toBe('青山区人民政府白沙街道办事处')
    expect(['白沙街道', '青山区白沙街道']).toContain(r.region)
    // (…but not a district government's site: no township's body)
    const d = v('一、总体情况', '2021年我街道通过青山区人民政府网站主动公开政策文件3条。', '2021年我街道未收到政府信息公开申请。')
    expect(d.agency ?? null).toBeNull()
  })
})

describe('a body named only in the sentence on its disclosure staff', () => {
  it('reads 青河县林业局 from 安排2名工作人员承担青河县林业局政府信息公开工作', () => {
    const r = v('一、总体情况', '2015年度，全县林业系统主动通过政府网站发布信息，主动发布各类信息86条。安排2名工作人员承担青河县林业局政府信息公开工作。',
      '办公所需费用全部在财政拨付的行政办公经费中列支。', '二、主动公开政府信息情况', '本年主动公开政府信息86条。')
    expect(r.agency).toBe('青河县林业局')
    expect(r.region).toBe('青河县')
    // (…but none from staff who carry a whole county's work)
    const c = v('一、总体情况', '2015年度，安排2名工作人员负责全县政府信息公开工作。办公所需费用全部在行政经费中列支。')
    expect(c.agency ?? null).toBeNull()
  })
})

describe('a place whose own name holds 府', () => {
  it('reads 上府区 from 2024年，上府区在区委、区政府的统一领导下…, and 天府新区 as a zone, but no place in 人民政府网青山县', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》，结合上府区2024年工作实际，编制本报告。', '一、总体情况',
      '2024年，上府区在区委、区政府的统一领导下，持续深化政务公开工作。2024年主动公开信息41条。', '2024年，我区未收到政府信息公开申请。')
    expect(r.agency).toBe('上府区')
    expect(r.region).toBe('上府区')
    expect(regionOf('天府新区管委会')).toBe('天府新区')
    expect(regionOf('人民政府网青山县财政局')).toBeNull()
    // (…nor a government's tail after a line break inside its name: 青山区人民政 / 府白沙街道办事处)
    expect(regionOf('府白沙街道办事处')).toBeNull()
  })
})
