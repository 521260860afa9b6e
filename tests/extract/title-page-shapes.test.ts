/** Title lines in the shapes of issue 12's wild pages (texts written here): a label glued before the title, a page heading
 * naming no place over the report's own title, a site's column word, a title broken inside its subject, a report's
 * name that opens a sentence. */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const title = (lines: string[]) => valuesOf(extract(txtDoc(lines.join('\n')))).title ?? null
const BODY = '根据《中华人民共和国政府信息公开条例》要求，现将本机关年度报告公布如下。'

describe('the report\'s title on a page', () => {
  it('drops a metadata label glued before it', () => {
    expect(title(['信息名称:青石省教育厅2021年政府信息公开工作年度报告', '', '信息索引:qs0004-01-2022-012 发文机构:', BODY]))
      .toBe('青石省教育厅2021年政府信息公开工作年度报告')
  })

  it('a heading that names no place gives way to the report\'s own title below it, for the same year', () => {
    expect(title(['2021年政府信息公开工作年度报告', '青石县东河镇人民政府', '2021年政府信息公开工作年度报告', '一、总体情况', BODY]))
      .toBe('青石县东河镇人民政府2021年政府信息公开工作年度报告')
    expect(title(['2021年水务局政府信息公开工作年度报告', '', '发布时间:2022-01-08', '  2021年青石市水务局政府信息公开工作年度报告', BODY]))
      .toBe('2021年青石市水务局政府信息公开工作年度报告')
    expect(title(['• 部门信息公开年度报告', '  • 索引号', '    20220914-1', '', '青石市林业和草原局2021年度政府信息公开工作年度报告', BODY]))
      .toBe('青石市林业和草原局2021年度政府信息公开工作年度报告')
    // another year's title below (a link to last year's report) does not replace it
    expect(title(['2021年政府信息公开工作年度报告', BODY, '相关阅读', '青石县东河镇2020年政府信息公开工作年度报告']))
      .toBe('2021年政府信息公开工作年度报告')
    // a title that names its place keeps its place
    expect(title(['2021年东河区民政局政府信息公开工作年度报告', '青石市东河区民政局2021年政府信息公开工作年度报告', BODY]))
      .toBe('2021年东河区民政局政府信息公开工作年度报告')
  })

  it('drops the site\'s column word between the site\'s name and the title', () => {
    expect(title(['青石市人民政府门户网站 部门 青石市体育局2022年政府信息公开工作年度报告', '', '发布时间:2023-01-12 15:03', BODY]))
      .toBe('青石市体育局2022年政府信息公开工作年度报告')
  })

  it('joins a title broken after 政府 inside its subject', () => {
    expect(title(['青石新区东门街道办事处2023年度政府', '信息公开工作年度报告', BODY])).toBe('青石新区东门街道办事处2023年度政府信息公开工作年度报告')
  })

  it('a report\'s name that is the subject of the first sentence is no title line', () => {
    expect(title(['青石县2009年政府信息公开工作年度报告(以下简称年报)根据《中华人民共和国政府信息公开条例》要求编制。', '一、 概述'])).toBe(null)
  })
})
