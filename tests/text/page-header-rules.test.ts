/**
 * Cleaning rules found on hand-written held-out reports: table rows and page metadata are never joined
 * as PDF-wrapped prose, a bracketed site name before the title goes, and a 首页 | … menu bar is navigation.
 */
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/main/text/index'

const clean = (raw: string): string => cleanText(raw).text

// enough lines of one printed width (88 columns) that the text looks wrapped by a PDF
const para = '根据政府信息公开条例的要求结合本单位工作实际认真做好主动公开依申请公开等各项工作'
const wrapped = Array.from({ length: 6 }, () => [para.slice(0, 44), para.slice(0, 44) + '。']).flat()

describe('lines that are never joined as wrapped prose', () => {
  it('keeps a tab-separated table row on its own line, even at the page width', () => {
    const header = '信息内容' + '\t本年新制作数量'.repeat(5)
    const row = '规章\t0\t0\t0'
    const out = clean([...wrapped, header, row].join('\n')).split('\n')
    expect(out).toContain(row)
    expect(out.some((l) => l.endsWith('本年新制作数量'))).toBe(true)
  })
  it('keeps a page title apart from the metadata line under it, and that line apart from the body', () => {
    const title = '某某县卫生健康委员会二〇一九年度政府信息公开工作年度报告全文及统计数据'
    const meta = '发布日期：2020-01-19　　信息来源：县卫健委　　作者：办公室　　所属栏目：年度报告　　'
    const body = '本报告依据新修订的条例编制本报告中所列数据的统计期限自二〇一九年一月一日起至十二月止'
    const out = clean([...wrapped, title, meta, body].join('\n')).split('\n')
    expect(out).toContain(title)
    expect(out.find((l) => l.startsWith('发布日期'))).not.toContain('本报告')
  })
  it('never joins a line to a labelled line under it (发布机构：…)', () => {
    const out = clean([...wrapped, para.slice(0, 38), '发布机构：黟县卫生健康委员会'].join('\n')).split('\n')
    expect(out).toContain(para.slice(0, 38))
  })
  it('keeps a title that reaches the page width on its own line', () => {
    const title = '关于某某县卫生健康委员会二〇二二年度全县范围内政府信息公开工作的年度报告'
    const out = clean([...wrapped, title, '本报告依据条例编制本报告中所列数据的统计期限自二〇二二年一月一日起至十二月止'].join('\n')).split('\n')
    expect(out).toContain(title)
  })
  it('still joins ordinary wrapped prose', () => {
    expect(clean(wrapped.join('\n')).split('\n')[0]).toBe(para.slice(0, 44) + para.slice(0, 44) + '。')
  })
})

describe('site furniture around a title', () => {
  it('drops a bracketed site name before a report title', () => {
    expect(clean('【隆回县人民政府】隆回县桃洪镇人民政府2023年政府信息公开工作年度报告'))
      .toBe('隆回县桃洪镇人民政府2023年政府信息公开工作年度报告')
  })
  it('keeps a bracketed word that is not a site name', () => {
    expect(clean('【通知】某县2023年政府信息公开工作年度报告')).toBe('【通知】某县2023年政府信息公开工作年度报告')
  })
  it('drops a menu bar that opens with 首页, but not a sentence that mentions it', () => {
    expect(clean('首页 | 政务公开 | 政府信息公开年报\n正文。')).toBe('正文。')
    expect(clean('首页｜机构概况｜政务公开｜互动交流｜办事服务\n正文。')).toBe('正文。')
    const sentence = '首页 | 政务公开栏目中可以查阅本机关全部主动公开的政府信息，欢迎社会各界监督，我们将认真听取意见'
    expect(clean(sentence)).toBe(sentence)
  })
})
