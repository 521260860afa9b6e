/**
 * Agency and region in the shapes the tenth wild pass taught (issue 12, wrong values first): a breadcrumb's last
 * word (首页) on the line above a township's title is not the head of its name; a division's unit character that
 * opens a common word (重点区域, 县域) does not end a place inside a body's name; a byline under the title that
 * writes the body with its city (上海市…局 under 2015年…区…局…报告) is the body's signature line, not another line
 * naming the report: the title's form is kept. Every text is written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))
const tail = ['一、总体情况', '2021年我乡认真做好政府信息公开工作。', '二、主动公开政府信息情况', '全年主动公开政府信息共37条。']

describe('a breadcrumb word above a township\'s title', () => {
  it('reads 青溪乡, not 首页青溪乡, under 您所在位置: 首页', () => {
    const r = v('您所在位置: 首页', '返回', '青溪乡2021年政府信息公开年度报告', '2022-01-20 09:30来源: 青溪乡', '',
      '青溪乡2021年政府信息公开年度报告', '', '根据《中华人民共和国政府信息公开条例》有关要求，结合我乡实际，特编制青溪乡2021年信息公开工作年度报告。', ...tail)
    expect(r.agency).toBe('青溪乡')
    expect(r.region).toBe('青溪乡')
  })
})

describe('a unit character opening a common word inside a body\'s name', () => {
  it('reads the region of 青江市东禾区重点区域建设推进中心 as 青江市东禾区', () => {
    const r = v('青江市东禾区重点区域建设推进中心2020年政府信息公开工作年度报告', '', '来源:东禾区重点区域建设推进中心 日期:2021年01月14日',
      '一、总体情况', '2020年，我中心认真贯彻执行《中华人民共和国政府信息公开条例》。', '二、主动公开政府信息情况', '全年主动公开政府信息共58条。')
    expect(r.agency).toBe('青江市东禾区重点区域建设推进中心')
    expect(r.region).toBe('青江市东禾区')
  })
})

describe('a byline under the title adding the city', () => {
  it('keeps the title\'s 东禾区民政局 against 青江市东禾区民政局 and a date on the lines under it', () => {
    const r = v('2015年东禾区民政局政府信息公开工作年度报告', '', '青江市东禾区民政局', '', '2016年2月16日', '',
      '本年度报告是根据《中华人民共和国政府信息公开条例》要求，由青江市东禾区民政局编制。',
      '一、概述', '2015年，东禾区民政局积极深入开展政府信息公开工作。', '二、主动公开政府信息情况', '本局2015年主动公开政府信息116条。')
    expect(r.agency).toBe('东禾区民政局')
    // (the same place with or without its city is one region: eval's convention)
    expect(['东禾区', '青江市东禾区']).toContain(r.region)
  })
})

describe('a township named only in its own disclosure group\'s or rules\' name', () => {
  const body = ['（二）主动公开政府信息情况', '截至2019年12月30日，我苏木主动公开98条信息。', '（三）依申请公开政府信息情况', '2019年，未接到依申请公开事项。']
  it('reads 我苏木成立青格勒苏木政府信息公开领导小组 as 青格勒苏木', () => {
    const r = v('一、总体情况', '（一）政府信息公开工作机构和人员设置情况', '根据《中华人民共和国政府信息公开条例》和自治区有关规定，我苏木成立青格勒苏木政府信息公开领导小组，专人负责信息公开工作。', ...body)
    expect(r.agency).toBe('青格勒苏木')
    expect(r.region).toBe('青格勒苏木')
  })
  it('reads 《青禾乡信息公开保密审查机制》 in a 我乡 report as 青禾乡', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》的有关要求，我乡紧紧围绕党委、政府重要工作，推进重点领域信息公开，现将2020年政府信息公开工作报告如下：',
      '（一）机构建设方面。成立了由乡长任组长的领导小组，制定了《青禾乡信息公开保密审查机制》等政务公开工作制度。', '（二）信息公开方面。2020年，我乡未收到公众申请。')
    expect(r.agency).toBe('青禾乡')
  })
  it('leaves a 我镇 report empty when its groups name two townships', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》，我镇成立青禾镇政府信息公开领导小组。', '参照《白沙镇信息公开保密审查制度》，我镇完善了各项制度。', '2020年，我镇未收到政府信息公开申请。')
    expect(r.agency ?? null).toBeNull()
  })
})

describe('a body named short as the subject after its superiors\' guidance or a year\'s clause', () => {
  it('reads 2020年，在区委、区政府的正确领导下，区国资委贯彻落实… as 区国资委', () => {
    const r = v('', '一、总体情况', '2020年，在区委、区政府的正确领导下，区国资委贯彻落实《中华人民共和国政府信息公开条例》，及时主动公开国企改革发展等相关信息。',
      '根据人员情况及时调整政务公开领导小组成员，由办公室负责统筹、组织、协调政务公开工作。', '二、主动公开政府信息情况', '全年主动公开政府信息共26条。')
    expect(r.agency).toBe('区国资委')
    expect(r.region ?? null).toBeNull()
  })
  it('reads …的原则，2014年，省人社厅通过网站… as 省人社厅', () => {
    const r = v('根据相关要求，现将我厅2014年政府信息公开工作情况报告如下：', '一、政府信息公开重点工作落实情况',
      '本着“公开是原则，不公开是例外”的原则，2014年，省人社厅通过网站、报纸、杂志等渠道主动公开政府信息。', '二、依申请公开情况', '全年共收到政府信息公开申请3件。')
    expect(r.agency).toBe('省人社厅')
  })
})
