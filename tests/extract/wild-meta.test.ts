/** Publication date, format and title in the shapes of issue 12's wild set: a metadata table's cell bars, an old outline in a 2019 report, a title broken after the name. */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

describe('publication date in a flattened metadata table', () => {
  it('a bar between the label and the date', () => {
    const text = ['索引号: | 1133000000/2016-00012 | 公开方式: | 主动公开 |', '文号: | 公开日期: | 2016-04-12 09:30 | |', '发布单位: | 青石镇 |',
      '2015年度青石镇政府信息公开年度报告 | ||', '现将2015年我镇政府信息公开年度报告如下。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).publish_date).toBe('2016-04-12')
    const meta = ['发布机构 | 市政府办 | 发文日期 | 2019-02-26 |', '根据《中华人民共和国政府信息公开条例》规定，现公布某市人民政府2018年政府信息公开工作年度报告。'].join('\n')
    expect(valuesOf(extract(txtDoc(meta))).publish_date).toBe('2019-02-26')
  })
})

describe('format of a 2019 report written the old way', () => {
  it('an old outline in the preamble and first heading, cut before section 二, is free-form', () => {
    const text = ['根据修订后的《中华人民共和国政府信息公开条例》，现公布青石县人民政府2019年政府信息公开工作年度报告。全文包括政府信息公开工作的基本情况，主动公开政府信息的情况，依申请公开政府信息和不予公开政府信息的情况，政府信息公开收费及减免的情况等方面。',
      '一、本年度政府信息公开工作的基本情况', '2019年，全县各级各部门平稳推进政府信息公开工作。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).format).toBe('free-form')
  })
})

describe('a title broken after the body\'s name, its second line naming no year', () => {
  it('the name and the title line are joined', () => {
    const text = ['青石市林业和草原局', '政府信息公开工作年度报告', '为做好政府信息公开工作，现将我局2020年政务公开工作报告如下。', '一、总体情况'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).title).toBe('青石市林业和草原局政府信息公开工作年度报告')
  })
})

describe('a title whose name line a betting brand replaced', () => {
  it('gives no title, not its nameless second line', () => {
    const text = ['888bet体育_888BET官网_足球投注平台人民政府外事办公室', '2023年政府信息公开工作年度报告', '本年度报告根据《中华人民共和国政府信息公开条例》编制。', '一、总体情况'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).title ?? null).toBeNull()
  })
})
