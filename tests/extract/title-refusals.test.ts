/**
 * The title is the report's own title line, never a line about it (issue 12, title invented): a news
 * headline with a verb before the report's name, a site's name in front of it. Such a line is refused and
 * the real title line, when there is one, is taken; when there is none the title stays empty.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const title = (...lines: string[]): unknown =>
  valuesOf(extract(txtDoc([...lines, '一、总体情况', '本年度我局认真贯彻《中华人民共和国政府信息公开条例》。', '二、其他', '无。'].join('\n')))).title

describe('a line about the report is not its title', () => {
  it('a news headline with a verb before the report\'s name gives no title', () => {
    expect(title('柳溪县发布2021年政府信息公开工作年度报告', '发布时间：2022-01-20')).toBeUndefined()
    expect(title('一图读懂柳溪县2021年政府信息公开工作年度报告')).toBeUndefined()
    expect(title('柳溪县政府常务会议审议通过2021年政府信息公开工作年度报告')).toBeUndefined()
  })
  it('the real title line after a headline is taken', () => {
    expect(title('柳溪县公布2021年政府信息公开工作年度报告', '柳溪县交通运输局2021年政府信息公开工作年度报告')).toBe('柳溪县交通运输局2021年政府信息公开工作年度报告')
  })
  it('a site\'s name in front of the title is left out, alone it is no title', () => {
    expect(title('柳溪县人民政府门户网站 柳溪县交通运输局2021年政府信息公开工作年度报告')).toBe('柳溪县交通运输局2021年政府信息公开工作年度报告')
    expect(title('柳溪县人民政府门户网站政府信息公开工作年度报告')).toBeUndefined()
  })
})
