/**
 * Extraction rules found on hand-written held-out reports (tests/fixtures/heldout): prose that names the
 * tables' subjects does not open a table, an all-blank table 四 row, 未经复议 as a column header, counts in
 * 万, central bodies without a place, column names and bracketed site names around titles, and channel
 * counts with a total that checks.
 */
import { describe, expect, it } from 'vitest'
import { isCentralBody } from '../../src/main/extract/profile-fields'
import { regionOf } from '../../src/main/extract/region-name'
import { parseNumber, toYuan } from '../../src/main/extract/numbers'
import { findDates } from '../../src/main/extract/dates'
import { extract, txtDoc, valuesOf } from './helpers'

const tabs = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n')

const T2 = tabs([
  ['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '0', '0', '3'], ['行政规范性文件', '4', '1', '9'],
  ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '1206'],
  ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '87'], ['行政强制', '2'],
  ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '0'],
])
const T4_HEADER = [
  ['行政复议', '', '', '', '', '行政诉讼'],
  ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉'],
  Array.from({ length: 3 }, () => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat(),
]

function standardText(overview: string, t4: string): string {
  return [
    '青山市交通运输局2021年政府信息公开工作年度报告',
    '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
    '一、总体情况', overview,
    '二、主动公开政府信息情况', T2,
    '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3',
    '四、政府信息公开行政复议、行政诉讼情况', t4,
    '五、存在的主要问题及改进情况', '无。',
    '青山市交通运输局', '2022年1月18日',
  ].join('\n')
}

describe('standard tables in text', () => {
  it('reads table 二 after a sentence that mentions 行政复议 and 行政诉讼 (prose opens no table)', () => {
    const text = standardText('全年主动公开政府信息215条，未发生因政府信息公开引起的行政复议、行政诉讼。', tabs([...T4_HEADER, Array(15).fill('0')]))
    const v = valuesOf(extract(txtDoc(text)))
    expect(v['t2.regulations.in_force']).toBe(3)
    expect(v['t2.licensing.decisions']).toBe(1206)
    expect(v['t2.punishment.decisions']).toBe(87)
    expect(v['t4.review.total']).toBe(0)
  })
  it('reads a table 四 data row left all blank (only tabs) as no case, never as written zeros', () => {
    const r = extract(txtDoc(standardText('全年主动公开政府信息215条。', tabs([...T4_HEADER, Array(15).fill('')]))))
    const v = valuesOf(r)
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
    expect(r.fields.find((f) => f.field === 'admin_lawsuits')?.rule).toBe('headline.t4-blank-block')
    expect(Object.keys(v).filter((k) => k.startsWith('t4.'))).toEqual([])
  })
  it('leaves both counts empty when table 四 lost its data row (未经复议直接起诉 is a header, not a none)', () => {
    const v = valuesOf(extract(txtDoc(standardText('全年主动公开政府信息215条。', tabs(T4_HEADER)))))
    expect(v.admin_reconsiderations).toBeUndefined()
    expect(v.admin_lawsuits).toBeUndefined()
  })
})

describe('counts in 万', () => {
  it('multiplies an Arabic count by 万 and marks it approximate; 万元 stays a unit', () => {
    expect(parseNumber('1.2万条')).toEqual({ value: 12000, approximate: true, unit: '条' })
    expect(parseNumber('3万余件')).toEqual({ value: 30000, approximate: true, unit: '件' })
    const money = parseNumber('3.5万元')!
    expect(money).toEqual({ value: 3.5, approximate: false, unit: '万元' })
    expect(toYuan(money)).toBe(35000)
  })
  it('reads 发布信息1.2万条 in the proactive-disclosure section', () => {
    const text = ['某市水务局2012年政府信息公开工作年度报告', '一、主动公开政府信息情况',
      '2012年，通过门户网站发布信息1.2万条，其中规范性文件等信息2800余条。', '二、依申请公开情况', '全年受理申请5件。'].join('\n')
    const r = extract(txtDoc(text))
    const f = r.fields.find((x) => x.field === 'proactive_disclosures')
    expect(f?.value).toBe(12000)
    expect(f?.approximate).toBe(true)
  })
})

describe('titles and agencies', () => {
  it('takes a central body from the title, with no region', () => {
    const v = valuesOf(extract(txtDoc('中华人民共和国水利部\n水利部2012年政府信息公开工作年度报告\n时间：2013年03月29日\n一、概述\n正文。')))
    expect(v.agency).toBe('水利部')
    expect(v.region).toBeUndefined()
  })
  it('tells central bodies from local ones', () => {
    for (const s of ['水利部', '审计署', '海关总署', '文化和旅游部', '住房和城乡建设部', '农业农村部', '国家市场监督管理总局', '国家林业局', '国务院国有资产监督管理委员会']) expect(isCentralBody(s), s).toBe(true)
    for (const s of ['县委宣传部', '市委组织部', '本部', '县规划部', '龙山县城市管理局', '某县人民政府办公室', '常州市自然资源和规划局']) expect(isCentralBody(s), s).toBe(false)
  })
  it('reads no place in a central body whose name has 市场 in it', () => {
    expect(regionOf('国家市场监督管理总局')).toBeNull()
    expect(regionOf('祁门县市场监督管理局')).toBe('祁门县')
    expect(regionOf('中国民用航空局')).toBeNull()
    // a place the divisions data does not know still reads by its unit, 民政局 after it or not
    expect(regionOf('青山市民政局')).toBe('青山市')
  })
  it('never takes a column name from a menu bar as the title', () => {
    const v = valuesOf(extract(txtDoc('湖南省交通运输厅\n政务公开 | 政府信息公开年报\n湖南省交通运输厅2021年政府信息公开工作年度报告\n正文。')))
    expect(v.title).toBe('湖南省交通运输厅2021年政府信息公开工作年度报告')
  })
  it('drops a bracketed site name before the title', () => {
    const v = valuesOf(extract(txtDoc('【隆回县人民政府】隆回县桃洪镇人民政府2023年政府信息公开工作年度报告\n正文。')))
    expect(v.title).toBe('隆回县桃洪镇人民政府2023年政府信息公开工作年度报告')
  })
})

describe('channel counts with a total', () => {
  const doc = (sentence: string): string =>
    ['某镇人民政府2023年政府信息公开工作年度报告', '一、总体情况', sentence, '二、其他需要报告的事项', '无。'].join('\n')
  it('takes the total when the channels add up to it', () => {
    const v = valuesOf(extract(txtDoc(doc('2023年，通过政府网站公开信息156条，通过政务公开栏公开信息48条，共计204条。'))))
    expect(v.proactive_disclosures).toBe(204)
  })
  it('takes nothing when they do not', () => {
    const v = valuesOf(extract(txtDoc(doc('2023年，通过政府网站公开信息156条，通过政务公开栏公开信息48条，共计210条。'))))
    expect(v.proactive_disclosures).toBeUndefined()
  })
})

describe('held-out batch 2', () => {
  it('reads 元月 as January, in Chinese and Arabic numerals', () => {
    expect(findDates('二〇二三年元月十日').map((d) => d.iso)).toEqual(['2023-01-10'])
    expect(findDates('2023年元月8日').map((d) => d.iso)).toEqual(['2023-01-08'])
    expect(findDates('元月份')).toEqual([])
  })
  it('counts 受理依申请公开事项N件 as requests, but not 许可事项', () => {
    const doc = (s: string): string => ['某市国土资源局2015年政府信息公开年报', '三、依申请公开政府信息情况', s].join('\n')
    expect(valuesOf(extract(txtDoc(doc('全年共受理依申请公开事项21件，均已办结。')))).applications_received).toBe(21)
    expect(valuesOf(extract(txtDoc(doc('全年共受理行政许可事项152件，均已办结。')))).applications_received).toBeUndefined()
  })
})

describe('held-out batch 3', () => {
  it('reads a title with its year in parentheses, and a government named before 政府信息公开', () => {
    const v = valuesOf(extract(txtDoc('镇江市人民政府政府信息公开工作年度报告（2013年度）\n发布时间：2014年3月31日　来源：市政府办公室\n一、概述\n正文。')))
    expect(v.title).toBe('镇江市人民政府政府信息公开工作年度报告（2013年度）')
    expect(v.agency).toBe('镇江市人民政府')
    expect(v.region).toBe('镇江市')
    expect(v.report_year).toBe(2013)
  })
  it('still reads 龙山县政府信息公开… as the county, not 龙山县政府', () => {
    const v = valuesOf(extract(txtDoc('龙山县政府信息公开工作2017年度报告\n来源：龙山县城市管理行政执法局 发布时间：2018-03-05\n正文。')))
    expect(v.agency).toBe('龙山县城市管理行政执法局')
  })
  it('takes an unlabelled page date followed by the page metadata, and nothing else unlabelled', () => {
    const head = (line: string): string => `国家统计局2023年政府信息公开工作年度报告\n${line}\n一、总体情况\n正文。`
    expect(valuesOf(extract(txtDoc(head('2024-01-19 来源：国家统计局办公室')))).publish_date).toBe('2024-01-19')
    expect(valuesOf(extract(txtDoc(head('2024-01-19 10:05 浏览次数：12')))).publish_date).toBe('2024-01-19')
    expect(valuesOf(extract(txtDoc(head('2024年1月19日召开专题会议，研究部署公开工作。')))).publish_date).toBeUndefined()
  })
  it('never counts reconsiderations the agency handled as the review body', () => {
    const text = ['某县司法局2016年政府信息公开工作年度报告', '一、工作情况',
      '一是主动公开政府信息418条；二是收到政府信息公开申请共计6件；三是全年办理行政复议案件8件。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).admin_reconsiderations).toBeUndefined()
    const other = text.replace('三是全年办理行政复议案件8件。', '三是审理12件行政复议。')
    expect(valuesOf(extract(txtDoc(other))).admin_reconsiderations).toBeUndefined()
  })
  it('reads a clause of an enumeration with the subject its line gives it', () => {
    const text = ['某县林业局2018年政府信息公开工作年度报告', '一、工作开展情况',
      '一是主动公开政府信息418条；二是收到政府信息公开申请共计6件；三是行政复议、行政诉讼均为零。',
      '二、执法情况', '全年办理林业行政案件20件；三是行政复议2件。'].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
    expect(v.applications_received).toBe(6)
  })
})

describe('held-out batch 4', () => {
  const md = (rows: string[][]): string => rows.map((r) => `| ${r.join(' | ')} |`).join('\n')
  const mdT4 = (data: string[]): string => md([T4_HEADER[0], T4_HEADER[1]]) + '\n|' + '---|'.repeat(15) + '\n' + md([T4_HEADER[2], data])
  const withT4 = (t4: string): string => standardText('全年主动公开政府信息215条。', t4)
  it('reads a Markdown table 四 whose data row is all — as no case', () => {
    const v = valuesOf(extract(txtDoc(withT4(mdT4(Array(15).fill('—'))))))
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
  it('never reads a Markdown rule line as a blank data row', () => {
    const data = ['1', '', '', '', '1', '', '', '', '2', '2', '', '', '', '', '']
    const v = valuesOf(extract(txtDoc(withT4(mdT4(data)))))
    expect(v.admin_reconsiderations).toBe(1)
    expect(v.admin_lawsuits).toBe(2)
  })
  it('reads a sentence that is only the count of requests', () => {
    const doc = (s: string): string => ['泾县人社局2016年度政府信息公开工作年度报告', '三、依申请公开情况', s].join('\n')
    expect(valuesOf(extract(txtDoc(doc('依申请公开0件。')))).applications_received).toBe(0)
    expect(valuesOf(extract(txtDoc(doc('本年度政府信息公开申请数量为3件。')))).applications_received).toBe(3)
    expect(valuesOf(extract(txtDoc(doc('依申请公开0件，办结率100%，咨询12件。')))).applications_received).toBeUndefined()
  })
  it('reads 行政复议和行政诉讼：无 as none of either', () => {
    const doc = (s: string): string => ['泾县人社局2016年度政府信息公开工作年度报告', '四、行政复议和行政诉讼', s].join('\n')
    const v = valuesOf(extract(txtDoc(doc('行政复议和行政诉讼：无。'))))
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
    const w = valuesOf(extract(txtDoc(doc('行政复议：无；行政诉讼：1件。'))))
    expect(w.admin_reconsiderations).toBe(0)
  })
  it('takes a total whose breakdown after 其中 adds up to it, or comes short of it, and nothing when its parts exceed it', () => {
    const doc = (s: string): string => ['红石林镇2021年政府信息公开工作年度报告', '一、总体情况', s, '二、其他', '无。'].join('\n')
    expect(valuesOf(extract(txtDoc(doc('2021年，我镇全年共公开政务信息87条，其中财政信息12条、民生资金信息30条、工作动态45条。')))).proactive_disclosures).toBe(87)
    // a stated total its breakdown does not add up to is kept (pages README; four real pages of the wild sets)
    expect(valuesOf(extract(txtDoc(doc('2021年，我镇全年共公开政务信息87条，其中财政信息12条、民生资金信息30条。')))).proactive_disclosures).toBe(87)
    expect(valuesOf(extract(txtDoc(doc('2021年，我镇全年共公开政务信息87条，其中财政信息12条、民生资金信息30条、工作动态75条。')))).proactive_disclosures).toBeUndefined()
  })
})

describe('held-out batch 5', () => {
  it('leaves the agency empty, with a warning, when only a name without its place is found', () => {
    const r = extract(txtDoc('政府信息公开工作年度报告（2013年度）\n发布时间：2014年3月31日　来源：市政府办公室\n一、概述\n正文。'))
    expect(valuesOf(r).agency).toBeUndefined()
    expect(r.warnings.map((w) => w.code)).toContain('agency_missing')
  })
  it('reads the agency of a 关于…的报告 title', () => {
    const v = valuesOf(extract(txtDoc('石阡县人民政府办公室关于2019年度政府信息公开工作的报告\n来源：县政府办\n一、主动公开情况\n正文。')))
    expect(v.agency).toBe('石阡县人民政府办公室')
    expect(v.region).toBe('石阡县')
  })
  it('joins a heading broken after the agency, and dates the report from the line under it', () => {
    const r = extract(txtDoc('宣城市生态环境局\n2022年政府信息公开工作年度报告\n（2023年1月18日）\n一、总体情况\n全年主动公开信息694条。'))
    const v = valuesOf(r)
    expect(v.title).toBe('宣城市生态环境局2022年政府信息公开工作年度报告')
    expect(v.signed_date).toBe('2023-01-18')
    expect(r.fields.find((f) => f.field === 'signed_date')?.rule).toBe('signed_date.under-title')
  })
  it('takes only a bare date in parentheses under the title, not a statistics period', () => {
    const v = valuesOf(extract(txtDoc('宣城市生态环境局2022年政府信息公开工作年度报告\n（数据统计截至2022年12月31日）\n一、总体情况\n正文。')))
    expect(v.signed_date).toBeUndefined()
  })
  it('does not join a site name to a title that names its agency, and prefers a signature to the title date', () => {
    const v = valuesOf(extract(txtDoc('宣城市人民政府\n2022年宣城市生态环境局政府信息公开工作年度报告\n（2023年1月18日）\n正文。\n宣城市生态环境局\n2023年1月20日')))
    expect(v.title).toBe('2022年宣城市生态环境局政府信息公开工作年度报告')
    expect(v.signed_date).toBe('2023-01-20')
  })
  it('decides no format for a page that only links the report, with a warning', () => {
    const r = extract(txtDoc('发布日期：2024-01-31\n东莞市交通运输局2023年政府信息公开工作年度报告\n附件：东莞市交通运输局2023年政府信息公开工作年度报告.pdf'))
    const v = valuesOf(r)
    expect(v.format).toBeUndefined()
    expect(v.agency).toBe('东莞市交通运输局')
    expect(r.warnings.map((w) => w.code)).toContain('no_report_body')
  })
})

describe('held-out batch 7', () => {
  it('takes the fuller name when the signature drops the city (阜阳市 + 颍州区教育局)', () => {
    const v = valuesOf(extract(txtDoc('阜阳市颍州区教育局2013年政府信息公开工作年度报告\n一、工作概述\n正文。\n颍州区教育局\n2014年2月18日')))
    expect(v.agency).toBe('阜阳市颍州区教育局')
    expect(v.region).toBe('阜阳市颍州区')
  })
  const statsDoc = (rows: string[][], head = '表1　2013年政府信息公开情况统计表'): string => [
    '某市教育局2013年政府信息公开工作年度报告', '二、信息公开情况统计', head, tabs([['指标', '单位', '数量'], ...rows]),
  ].join('\n')
  it('reads the counts of a free-form statistics table, not its breakdown rows', () => {
    const v = valuesOf(extract(txtDoc(statsDoc([
      ['一、主动公开情况', '', ''], ['（一）主动公开政府信息数', '条', '1254'], ['其中：主动公开规范性文件数', '条', '12'],
      ['二、依申请公开情况', '', ''], ['1.当面申请数', '件', '2'], ['（一）收到申请数', '件', '7'],
      ['三、行政复议数量', '件', '0'], ['四、行政诉讼数量', '件', '1'],
    ]))))
    expect(v.proactive_disclosures).toBe(1254)
    expect(v.applications_received).toBe(7)
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(1)
  })
  it('leaves a statistics row with two numbers alone', () => {
    const v = valuesOf(extract(txtDoc(statsDoc([['（一）主动公开政府信息数', '条', '1254', '1180']]))))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('takes a page stamp (date and time) that ends a head line', () => {
    const v = valuesOf(extract(txtDoc('绩溪县人民政府　　　2016年01月22日 10时15分\n绩溪县发改委2015年度政府信息公开工作年度报告\n一、概述\n正文。')))
    expect(v.publish_date).toBe('2016-01-22')
    const w = valuesOf(extract(txtDoc('绩溪县发改委2015年度政府信息公开工作年度报告\n会议定于2016年01月22日召开。\n一、概述\n正文。')))
    expect(w.publish_date).toBeUndefined()
  })
  it('takes a page stamp whose time a PDF wrapped onto the next line, not a date before a count', () => {
    const v = valuesOf(extract(txtDoc('绩溪县人民政府 2016年01月22日 10\n时15分\n绩溪县发改委2015年度政府信息公开工作年度报告\n一、概述\n正文。')))
    expect(v.publish_date).toBe('2016-01-22')
    const w = valuesOf(extract(txtDoc('绩溪县发改委2015年度政府信息公开工作年度报告\n截至2016年01月22日 10\n件申请已办结。\n一、概述\n正文。')))
    expect(w.publish_date).toBeUndefined()
  })
  it('prefers a total its parts add up to, across clauses between ；, to the first channel', () => {
    const doc = (s: string): string => ['遂昌县住建局2014年政府信息公开工作年度报告', `一、主动公开情况。${s}`, '二、依申请公开情况。全年收到依申请公开件3件。'].join('\n')
    expect(valuesOf(extract(txtDoc(doc('全年在县政府门户网站公开信息186条，同比增长12%；在住建局网站公开信息95条；共计281条。')))).proactive_disclosures).toBe(281)
    expect(valuesOf(extract(txtDoc(doc('全年共主动公开信息300条；在住建局网站公开信息95条；共计281条。')))).proactive_disclosures).toBe(300)
  })
})

describe('held-out batch 8', () => {
  it('reads table 四 laid out one block under another', () => {
    const t4 = tabs([
      ['行政复议', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ['', '2', '0', '0', '1', '3'],
      ['行政诉讼（未经复议直接起诉）', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ['', '1', '0', '0', '0', '1'],
      ['行政诉讼（复议后起诉）', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ['', '0', '0', '0', '1', '1'],
    ])
    const v = valuesOf(extract(txtDoc(standardText('全年主动公开政府信息215条。', t4))))
    expect(v['t4.review.total']).toBe(3)
    expect(v['t4.direct.pending']).toBe(0)
    expect(v['t4.after_review.pending']).toBe(1)
    expect(v.admin_reconsiderations).toBe(3)
    expect(v.admin_lawsuits).toBe(2)
  })
  it('reads 全年…总量达N条 as the year, and 总量达 alone as a running total', () => {
    const doc = (s: string): string => ['歙县水利局2009年政府信息公开工作年度报告', '二、主动公开政府信息情况', s].join('\n')
    expect(valuesOf(extract(txtDoc(doc('全年主动公开信息总量达5,678条。')))).proactive_disclosures).toBe(5678)
    expect(valuesOf(extract(txtDoc(doc('我局主动公开信息总量达5,678条。')))).proactive_disclosures).toBeUndefined()
  })
  it('finds the signature at the end of a page flattened into one line', () => {
    const line = '武义县财政局2018年政府信息公开工作年度报告 一、总体情况 全年主动公开政府信息432条。 五、存在的问题 公开的及时性有待提高。 武义县财政局 2019年1月28日'
    const v = valuesOf(extract(txtDoc(line)))
    expect(v.signed_date).toBe('2019-01-28')
    const w = valuesOf(extract(txtDoc('某县财政局2018年政府信息公开工作年度报告 正文。 会议于2019年1月28日')))
    expect(w.signed_date).toBeUndefined()
  })
})
