/**
 * Agency, region, date and year in the shapes where the third strictly labelled wild set (wild-final3) and the tool
 * disagreed (issue 12): an autonomous region's office written without its name, a body titled under its city's
 * urban area, a compiled report's name without book-title marks against a period copied from the year before, the
 * Beijing template's period-end date over 引言, a portal column's byline under the title, a township named only in
 * its preamble's outline, a science park calling itself 我委. Every text is written for the test; the places are
 * invented except where the divisions data must know them (an autonomous region, a city and its district).
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('an office written with its unit word alone (自治区人民政府办公厅)', () => {
  it('reads the region as the autonomous region the head writes in full, never the bare unit word', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》,宁夏回族自治区形成了《2017年政府信息公开年度报告》。本报告由自治区人民政府办公厅汇总各市、各部门情况编制而成,数据统计期限为2017年1月1日至2017年12月31日。',
      '一、概述', '2017年,全区各级行政机关认真贯彻落实条例。')
    expect(r.agency).toBe('自治区人民政府办公厅')
    expect(r.region).toBe('宁夏回族自治区')
  })
  it('leaves the region empty when the head writes no such place', () => {
    const r = v('本报告由自治区人民政府办公厅汇总编制而成,数据统计期限为2017年1月1日至2017年12月31日。', '一、概述', '2017年,全区工作平稳。')
    expect(r.region ?? null).toBeNull()
  })
})

describe('a body titled under its city\'s urban area (X市区Y局)', () => {
  it('reads the one district of that city the head writes', () => {
    const r = v('大同市区水务局2022年政府信息公开工作年度报告', '本报告由平城区水务局编制。统计期限自2022年1月1日起至2022年12月31日止。',
      '一、总体情况', '2022年,制定《大同市平城区2022年防汛工作方案》并在区政府网站公布。')
    expect(r.region).toBe('大同市平城区')
  })
})

describe('the report naming itself as compiled, without book-title marks', () => {
  it('reads its year over a statistics period copied from the year before', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》,青禾市林业局编制了2023年政府信息公开年度报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
      '一、总体情况', '2023年,青禾市林业局按照省、市关于政务公开工作的相关要求,积极推进政务公开各项工作。', '全年主动公开政府信息120条。')
    expect(r.report_year).toBe(2023)
  })
})

describe('unlabelled dates at the page\'s head', () => {
  it('does not take the template\'s period end (（2014年12月31日） over 引言) for a release date', () => {
    const r = v('(2014年12月31日)', '引言', '本报告是根据《条例》要求,由青禾市东岭区民政局编制的2014年度政府信息公开年度报告。', '一、概述', '本局政府信息公开工作运行正常。')
    expect(r.publish_date ?? null).toBeNull()
  })
  it('does not take a year-end date ending the title\'s line for a release date', () => {
    const r = v('青禾市东岭区民政局2014年政府信息公开工作年度报告 2014年12月31日', '本报告由青禾市东岭区民政局编制。', '一、概述', '本局政府信息公开工作运行正常。')
    expect(r.publish_date ?? null).toBeNull()
  })
  it('reads a portal column\'s byline under the title (青禾省信息公开  2016/3/25)', () => {
    const r = v('青禾省人民政府2015年政府信息公开工作报告', '青禾省信息公开  2016/3/25', '', '本报告综合各市政府信息公开工作年度报告而成。')
    expect(r.publish_date).toBe('2016-03-25')
  })
})

describe('a township named only in its preamble\'s outline', () => {
  it('reads 全文包括X信息公开总体情况 as the body, with 我镇 in the text', () => {
    const r = v('本年度报告根据《中华人民共和国政府信息公开条例》制作。全文包括青禾区石湾镇人民政府信息公开总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况。所列数据统计期限为2024年1月1日至2024年12月31日。',
      '一、总体情况', '今年以来,我镇持续加大主动公开力度,全年主动公开政府信息310条。')
    expect(r.agency).toBe('青禾区石湾镇人民政府')
    expect(r.region).toBe('青禾区石湾镇')
  })
})

describe('a science park calling itself 我委', () => {
  it('reads the park as the text calls itself, from the 发布单位 row naming it with its town in brackets', () => {
    const r = v('发布单位 | 青禾科技城(石湾镇) | 发布日期 | 2020-03-20 |', '2019年政府信息公开工作年度报告',
      '根据《条例》要求,青禾科技城以深化政务公开为主线,现将我委政务公开工作汇报如下。', '2019年1月1日至12月31日,我委共主动公开政府信息210条。')
    expect(r.agency).toBe('青禾科技城')
    expect(r.region).toBe('青禾科技城')
  })
  it('keeps the row as written where the text never writes the park alone', () => {
    const r = v('发布单位 | 青禾科技城(石湾镇) | 发布日期 | 2020-03-20 |', '2019年政府信息公开工作年度报告',
      '现将我委政务公开工作汇报如下。', '2019年1月1日至12月31日,我委共主动公开政府信息210条。')
    expect(r.agency).toBe('青禾科技城(石湾镇)')
  })
})
