/**
 * What mirrors and converters do to a page must not change what is read from it (issue 12, session 11's
 * scripts/mirror-probe.ts): half-width , ; : in Chinese prose, a Taiwan-vocabulary converter's 資訊 and 檔案 in
 * table labels and kinds, a mirror's pinyin after a table cell's 无. Texts written for the test.
 */
import { describe, expect, it } from 'vitest'
import { asWritten, foldHalfWidthPunctuation, makeView } from '../../src/main/extract/view'
import { cleanText } from '../../src/main/text/index'
import { extract, txtDoc, valuesOf } from './helpers'

const values = (text: string) => valuesOf(extract(txtDoc(text)))

describe('half-width marks in Chinese prose', () => {
  const doc = (sentence: string) => ['遂昌县住建局2014年政府信息公开工作年度报告', `一、主动公开情况。${sentence}`, '二、依申请公开情况。全年收到依申请公开件3件。'].join('\n')

  it('reads a total after channel counts whatever width its marks are', () => {
    const full = '全年在县政府门户网站公开信息186条，同比增长12%；在住建局网站公开信息95条；共计281条。'
    const half = '全年在县政府门户网站公开信息186条,同比增长12%;在住建局网站公开信息95条;共计281条。'
    expect(values(doc(full)).proactive_disclosures).toBe(281)
    expect(values(doc(half)).proactive_disclosures).toBe(281)
  })

  it('reads a value back as written, its half-width marks and a converter\'s words as they were', () => {
    const plain = makeView(cleanText('标题:青山县,民政局报告'))
    const at = plain.text.indexOf('青山县')
    expect(plain.text.slice(at, at + 7)).toBe('青山县，民政局')
    expect(asWritten(plain, '青山县，民政局', at, at + 7)).toBe('青山县,民政局')
    const taiwan = makeView(cleanText('政府資訊公開,年度報告'))
    expect(asWritten(taiwan, taiwan.text, 0, taiwan.text.length)).toBe('政府资讯公开,年度报告')
  })

  it('folds the marks beside Chinese only: numbers and times keep theirs', () => {
    expect(foldHalfWidthPunctuation('信息1,234条,同比增长;时间:10:30')).toBe('信息1,234条，同比增长；时间：10:30')
    expect(foldHalfWidthPunctuation('see a, b; c: d')).toBe('see a, b; c: d')
  })

  it('does not take one of a full-time and a part-time count for the staff', () => {
    const v = values(['青山县2010年政府信息公开工作年度报告', '一、概述', '2010年,我市配备了2名全职工作人员、6名兼职工作人员,设立了1个信息申请受理点。'].join('\n'))
    expect(v.staff ?? null).toBeNull()
  })
})

describe('a Taiwan-vocabulary converter\'s words', () => {
  it('reads a statistics table whose label says 政府資訊', () => {
    const v = values([
      '青山區教育局2013年政府資訊公開工作年度報告',
      '二、資訊公開情況統計',
      '表1　2013年政府資訊公開情況統計表',
      '指標\t單位\t數量',
      '（一）主動公開政府資訊數\t條\t1254',
      '（一）收到申請數\t件\t7',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(1254)
  })

  it('a count of 規範性檔案 (文件) is one kind, not the total', () => {
    const v = values(['青山縣民政局2020年政府資訊公開工作年度報告', '一、總體情況', '2020年，我局認真貫徹落實《條例》。全年主動公開規範性檔案12件。'].join('\n'))
    expect(v.proactive_disclosures ?? null).toBeNull()
  })
})

describe('a mirror\'s pinyin in a table cell', () => {
  it('reads 无(wú) as the template\'s blank', () => {
    const t4 = [
      '青山县农业农村局2019年政府信息公开工作年度报告',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t\t\t\t\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
      '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    ]
    const row = (none: string) => [...t4, `1\t${none}\t0\t0\t1\t3\t0\t0\t1\t4\t${none}\t0\t0\t0\t0`, '五、存在的主要问题及改进情况', ''].join('\n')
    expect(values(row('无')).admin_lawsuits).toBe(4)
    expect(values(row('无(wú)')).admin_lawsuits).toBe(4)
    expect(values(row('无(wú)')).admin_reconsiderations).toBe(1)
  })
})

describe('a betting brand inserted without deleting anything (pages README: p071, p072, p128)', () => {
  const BODY = ['一、总体情况', '2020年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。']

  it('a brand alone on the line above the title is not the head of the township\'s name', () => {
    const v = values(['明升体育', '青溪县大五里镇2020年政府信息公开工作年度报告', ...BODY].join('\n'))
    expect(v.agency).toBe('青溪县大五里镇')
  })

  it('still joins a place written on the line above (a title split over two lines)', () => {
    const v = values(['青溪县', '大五里镇2020年政府信息公开工作年度报告', ...BODY].join('\n'))
    expect(v.agency).toBe('青溪县大五里镇')
  })

  it('reads the name after a brand in the 来源 row, up to the row\'s next label', () => {
    const r = extract(txtDoc([
      '2020年度政府信息公开工作年度报告',
      '发布时间:2021-01-24 信息来源: 滚球体育app_188篮球比分-直播|官网:青溪县人力资源和社会保障局 编辑:青溪县人力资源和社会保障局 字体:【大 中 小】',
      ...BODY.map((l) => l.replace('我镇', '我局')),
    ].join('\n')))
    expect(r.fields.find((f) => f.field === 'agency')?.value).toBe('青溪县人力资源和社会保障局')
  })
})
