/** Agency keys: the ways one body is written (issue 13) give one key; different bodies never share one. */
import { describe, expect, it } from 'vitest'
import { agencyKey, agencyParts, cleanAgencyName, refoldAgencyKey } from '../../src/main/dataset/agency-key'

describe('agencyKey', () => {
  it('folds script, look-alikes, inline pinyin and spacing', () => {
    expect(agencyKey('海關總署')).toBe(agencyKey('海关总署'))
    expect(agencyKey('龍山縣民政局')).toBe(agencyKey('龙山县民政局'))
    expect(agencyKey('龍(lóng)山縣民政局')).toBe(agencyKey('龙山县民政局'))
    expect(agencyKey('龙山县 民政局')).toBe(agencyKey('龙山县民政局'))
    expect(agencyKey('⻰山县⺠政局')).toBe(agencyKey('龙山县民政局'))
  })

  it('drops a "the body itself" suffix, in brackets or not, and folds 人民政府 / 政府', () => {
    expect(agencyKey('海关总署(本级机关)')).toBe(agencyKey('海关总署'))
    expect(agencyKey('海关总署（本级）')).toBe(agencyKey('海关总署'))
    expect(agencyKey('某省财政厅机关本级')).toBe(agencyKey('某省财政厅'))
    expect(agencyKey('北京市政府办公厅')).toBe(agencyKey('北京市人民政府办公厅'))
  })

  it('keeps the General Office apart from its government, and one place apart from another', () => {
    expect(agencyKey('北京市人民政府办公厅')).not.toBe(agencyKey('北京市人民政府'))
    expect(agencyKey('龙山县人民政府办公室')).not.toBe(agencyKey('龙山县人民政府'))
    expect(agencyKey('龙山县民政局')).not.toBe(agencyKey('永顺县民政局'))
  })

  it('folds a place standing for its own government: with or without the organ word it is one agency (session 17)', () => {
    expect(agencyKey('大洲乡人民政府')).toBe(agencyKey('大洲乡'))
    expect(agencyKey('大洲乡政府')).toBe(agencyKey('大洲乡'))
    expect(agencyKey('桃源街道办事处')).toBe(agencyKey('桃源街道'))
    expect(agencyKey('高邑县人民政府')).toBe(agencyKey('高邑县'))
    expect(agencyKey('茅山旅游度假区管委会')).toBe(agencyKey('茅山旅游度假区'))
    expect(agencyKey('青山县人民政府、青山县财政局')).toBe(agencyKey('青山县财政局、青山县'))
    // never the place's other bodies, nor its parents, nor a bare 市政府 with no place
    expect(agencyKey('高邑县人民政府办公室')).not.toBe(agencyKey('高邑县'))
    expect(agencyKey('高邑县财政局')).not.toBe(agencyKey('高邑县'))
    expect(agencyKey('平江县大洲乡人民政府')).not.toBe(agencyKey('大洲乡'))
    expect(agencyKey('市政府')).toBe('市政府')
  })

  it('refolds a key stored by an earlier version, and leaves a split name\'s key alone', () => {
    expect(refoldAgencyKey('大洲乡政府')).toBe(agencyKey('大洲乡'))
    expect(refoldAgencyKey('青山县政府、青山县财政局')).toBe(agencyKey('青山县财政局、青山县人民政府'))
    expect(refoldAgencyKey('龙山县民政局')).toBe('龙山县民政局')
    expect(refoldAgencyKey('\u0001大洲乡人民政府')).toBe('\u0001大洲乡人民政府')
    expect(refoldAgencyKey('')).toBe('')
  })

  it('treats joint bodies as a set, whatever joins them', () => {
    const a = '北京市统计局、国家统计局北京调查总队'
    expect(agencyKey('国家统计局北京调查总队•北京市统计局')).toBe(agencyKey(a))
    expect(agencyKey('北京市统计局·国家统计局北京调查总队')).toBe(agencyKey(a))
    expect(agencyParts(a)).toEqual(['北京市统计局', '国家统计局北京调查总队'])
    expect(agencyKey(a)).not.toBe(agencyKey('北京市统计局'))
  })

  it('strips a betting brand injected before the name, never a name that only contains a separator', () => {
    expect(cleanAgencyName('uedbet体育_uedbet官网@:龙山县民政局')).toBe('龙山县民政局')
    expect(cleanAgencyName('滚球体育app_188篮球比分-直播|官网:遂溪县北坡镇人民政府')).toBe('遂溪县北坡镇人民政府')
    expect(cleanAgencyName('老虎机游戏:太平乡政府')).toBe('太平乡政府')
    expect(cleanAgencyName('某市体育局')).toBe('某市体育局')
    expect(cleanAgencyName('来源：某市体育局')).toBe('来源:某市体育局') // NFKC folds the full-width colon; nothing is cut
  })

  it('gives an empty key for a name with nothing in it', () => {
    expect(agencyKey(' 、• ')).toBe('')
  })
})
