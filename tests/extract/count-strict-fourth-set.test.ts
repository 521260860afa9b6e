/**
 * Count shapes learnt from a fourth strictly labelled set of real pages (issue 12): a count up to the report
 * year's last day in a report before the 2019 template is the year's unless the words say it runs since an
 * earlier start or its parts add up to another figure.
 * Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const run = (...lines: string[]): ExtractionResult => extract(txtDoc(lines.join('\n')))
const field = (name: string, ...lines: string[]) => run(...lines).fields.find((f) => f.field === name)
const proactive = (...lines: string[]) => field('proactive_disclosures', ...lines)

describe('a count up to the report year\'s last day, before the 2019 template', () => {
  const head = ['青川市河道局2012年政府信息公开工作年度报告', '本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。', '二、主动公开政府信息情况', '（一）公开主要内容']
  it('共主动公开…17条 followed by its parts in the next sentence: the total, not its last part', () => {
    expect(proactive(...head, '1、按照《条例》的要求，截至2012年12月31日，共主动公开政府信息17条。其中：机构职能4条；规划计划5条；其它公开信息8条。')?.value).toBe(17)
  })
  it('with 累计, or parts adding up to another figure: no value', () => {
    expect(proactive(...head, '1、截至2012年12月31日，累计主动公开政府信息17条。')).toBeUndefined()
    expect(proactive(...head, '1、截至2012年12月31日，我局主动公开政府信息170条，其中，网站90条；公开栏40条；简报26条。')).toBeUndefined()
  })
})

describe('the parts of a running total in the next sentence, opened by 其中', () => {
  const head = ['青川市河道局2012年政府信息公开工作年度报告', '二、主动公开政府信息情况', '（一）公开主要内容']
  it('累计…17条。其中：…其它公开信息8条: no value, not the last part', () => {
    expect(proactive(...head, '1、截至2012年12月31日，累计主动公开政府信息17条。其中：机构职能4条；规划计划5条；其它公开信息8条。')).toBeUndefined()
    expect(proactive(...head, '1、自2008年以来，共主动公开政府信息170条。其中：机构职能40条；规划计划50条；其它公开信息80条。')).toBeUndefined()
  })
  it('a count in the next sentence that opens otherwise is still read', () => {
    expect(proactive(...head, '1、自2008年以来，共主动公开政府信息170条。2012年新公开信息80条。')?.value).toBe(80)
  })
})
