/**
 * Title lines the second wild harvest showed are no title (issue 12, title invented): a metadata row's cell
 * (组配分类: | 政府信息公开工作报告 |) or a wiki infobox row (中文名 | …), a title quoted in a document site's
 * sentence (《…报告 .doc》由会员分享…), a document site's numbered page marker (1、…报告…). Texts written for the tests.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const title = (...lines: string[]): unknown =>
  valuesOf(extract(txtDoc([...lines, '一、总体情况', '本年度我局认真贯彻《中华人民共和国政府信息公开条例》。', '二、其他', '无。'].join('\n')))).title

describe('rows and quotes are not the title', () => {
  it('a metadata row\'s cell gives way to the real title line below it', () => {
    expect(title('索引号: | 113304/2015-00012 | 发布机构: | 市水利局 |', '公开方式: | 主动公开 | 发文日期: | 2015-03-02 |', '组配分类: | 政府信息公开工作报告 | 文件编号: |', '柳溪市水利局2014年政府信息公开工作年度报告', '|', '||||||||')).toBe('柳溪市水利局2014年政府信息公开工作年度报告')
  })
  it('a wiki infobox row gives no title', () => {
    expect(title('中文名 | 柳溪县人民政府2011年政府信息公开年度报告 | 发布单位 | 柳溪县人民政府 |', '---|')).toBeUndefined()
  })
  it('a title quoted in a document site\'s sentence, and its numbered page marker, give no title', () => {
    expect(title('《2020某局年度信息公开工作报告 .doc》由会员分享，可在线阅读。', '1、某局年度信息公开工作报告某局年度信息公开工作报告一、概述今年，某局认真贯彻条例。')).toBeUndefined()
  })
})
