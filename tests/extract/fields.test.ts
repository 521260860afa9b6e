/**
 * Field rules on small reports written for the test (same genre and dirt as real ones, not copied).
 */
import { describe, expect, it } from 'vitest'
import { codes, extract, txtDoc, valuesOf } from './helpers'

const FREE = [
  '无障碍 | 长辈版',
  '您现在所在的位置: 首页 > 政府信息公开 > 年报',
  '清河县人民政府-清河县水利局2016年度政府信息公开工作年度报告',
  '发布时间：2017-02-10 09:00 来源：清河县水利局 字体：[大 中 小]',
  '根据《中华人民共和国政府信息公开条例》要求，现将我局2016年度政府信息公开工作情况报告如下。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。',
  '一、概述',
  '2016年，我局成立了政务公开领导小组，安排了3名工作人员负责信息公开工作，全年工作经费1.5万元。公开事项目录共80多条。',
  '二、主动公开政府信息情况',
  '全年共主动公开政府信息300余条，其中通过政府网站公开200余条。历年累计主动公开信息5000条。',
  '三、依申请公开政府信息情况',
  '全年窗口共受理行政许可审批事项152件，办结152件。全年共受理政府信息公开申请6件，均已按时答复。另接受群众咨询40人次。',
  '四、行政复议和行政诉讼情况',
  '全年未发生因政府信息公开引起的行政复议和行政诉讼案件。',
  '五、收费情况',
  '未收取任何费用。',
  '清河县水利局',
  '2017年1月20日',
  '扫一扫在手机打开 关闭 打印',
].join('\n')

describe('free-form report', () => {
  const r = extract(txtDoc(FREE))
  const v = valuesOf(r)
  it('takes the title without the site prefix or the navigation', () => {
    expect(v.title).toBe('清河县水利局2016年度政府信息公开工作年度报告')
  })
  it('takes agency, region, dates, year and format', () => {
    expect(v.agency).toBe('清河县水利局')
    expect(v.region).toBe('清河县')
    expect(v.publish_date).toBe('2017-02-10')
    expect(v.signed_date).toBe('2017-01-20')
    expect(v.report_year).toBe(2016)
    expect(v.format).toBe('free-form')
  })
  it('takes this year\'s count, approximate, not the running total or a breakdown', () => {
    expect(v.proactive_disclosures).toBe(300)
    expect(r.fields.find((f) => f.field === 'proactive_disclosures')?.approximate).toBe(true)
  })
  it('does not count licensing cases or enquiries as disclosure requests', () => {
    expect(v.applications_received).toBe(6)
  })
  it('reads statements of none as 0', () => {
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
    expect(v.fees_collected).toBe(0)
  })
  it('reads staff and budget (万元 in yuan)', () => {
    expect(v.staff).toBe(3)
    expect(v.budget).toBe(15000)
  })
  it('gives every value a raw span that shows it', () => {
    const doc = txtDoc(FREE)
    for (const f of extract(doc).fields) {
      if (!f.span) continue
      const shown = doc.text.slice(f.span[0], f.span[1])
      if (typeof f.value === 'number' && !['budget', 'fees_collected'].includes(f.field) && f.rule.endsWith('.sentence')) expect(shown).toContain(String(f.value))
      expect(shown.length).toBeGreaterThan(0)
    }
  })
  it('warns about nothing here', () => {
    expect(codes(r)).toEqual([])
  })
})

describe('traps', () => {
  it('leaves requests empty when only licensing 受理 is stated', () => {
    const v = valuesOf(extract(txtDoc('某某县城市管理局2017年度政府信息公开工作报告\n三、依申请公开情况\n全面公开依申请公开相关内容。截止2017年12月25日，窗口共受理行政许可、非许可审批事项152件，办结152件。')))
    expect(v.applications_received).toBeUndefined()
  })
  it('reads 未收到…公开申请 as 0', () => {
    const v = valuesOf(extract(txtDoc('某某县住建局2010年度政府信息公开工作年度报告\n截至2010年末我局未收到任何形式公开申请，没有发生政务信息公开的行政复议和诉讼案件。')))
    expect(v.applications_received).toBe(0)
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
  it('counts cases when a later clause negates something else', () => {
    const v = valuesOf(extract(txtDoc('某某县某某局2017年度政府信息公开工作报告\n五、行政复议、行政诉讼情况\n全年共计发生行政复议2起，行政诉讼3起，均未发生复议变更、撤销，诉讼败诉。')))
    expect(v.admin_reconsiderations).toBe(2)
    expect(v.admin_lawsuits).toBe(3)
  })
  it('leaves a count empty, with a warning, when the text gives two', () => {
    const r = extract(txtDoc('某某市某某局2015年度政府信息公开工作报告\n全年共收到政府信息公开申请5件。\n全年共受理政府信息公开申请7件。'))
    expect(valuesOf(r).applications_received).toBeUndefined()
    expect(codes(r)).toContain('ambiguous_count')
  })
  it('takes the report year from title and period, with a warning for a stray year', () => {
    const r = extract(txtDoc('某某县政府信息公开工作2017年度报告\n特向社会公布2018年度某某县信息公开工作年度报告。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。'))
    expect(valuesOf(r).report_year).toBe(2017)
    expect(codes(r)).toContain('year_conflict')
  })
  it('takes agency and date from the signature when there is no title', () => {
    const v = valuesOf(extract(txtDoc('2017年，我局认真贯彻执行条例。\n二、主动公开政府信息的情况\n共主动公开各类政府信息80条，其中人事信息4条。\n某某市发展和改革局\n2018年3月6日\n扫描二维码随身看资讯')))
    expect(v.title).toBeUndefined()
    expect(v.agency).toBe('某某市发展和改革局')
    expect(v.region).toBe('某某市')
    expect(v.signed_date).toBe('2018-03-06')
    expect(v.report_year).toBe(2017)
    expect(v.proactive_disclosures).toBe(80)
  })
  it('reads a Chinese-numeral signature date with a Latin O', () => {
    const v = valuesOf(extract(txtDoc('2010年度某某县某某局政府信息公开工作年度报告\n正文。\n\n                    二O一一年一月十日')))
    expect(v.signed_date).toBe('2011-01-10')
  })
  it('gives no date when the digits were lost', () => {
    const v = valuesOf(extract(txtDoc('某某县某某局2017年度政府信息公开工作报告\n发布时间：201711日\n正文。')))
    expect(v.publish_date).toBeUndefined()
  })
  it('matches traditional script with pinyin and returns simplified values', () => {
    const v = valuesOf(extract(txtDoc('縣規(guī)劃局2017年度政府信息公開(kāi)工作報(bào)告\n發(fā)布時(shí)間:2018-02-07 來(lái)源:績(jī)溪縣城鄉(xiāng)規(guī)劃局\n2017全年,通過(guò)政府網(wǎng)站主動(dòng)公開(kāi)信息226條。')))
    expect(v.title).toBe('县规划局2017年度政府信息公开工作报告')
    expect(v.agency).toBe('绩溪县城乡规划局')
    expect(v.region).toBe('绩溪县')
    expect(v.proactive_disclosures).toBe(226)
  })
  it('reads a township region as written, and does not take 市场 for a place', () => {
    expect(valuesOf(extract(txtDoc('某县某某镇人民政府2020年政府信息公开工作年度报告'))).region).toBe('某县某某镇')
    expect(valuesOf(extract(txtDoc('祁门县市场监督管理局2020年政府信息公开工作年度报告'))).region).toBe('祁门县')
    expect(valuesOf(extract(txtDoc('景德镇市文化局2020年政府信息公开工作年度报告'))).region).toBe('景德镇市')
    expect(valuesOf(extract(txtDoc('常州市自然资源和规划局2020年政府信息公开工作年度报告'))).region).toBe('常州市')
  })
  it('warns when the publication date is before the report year ends, and when the agency is missing', () => {
    const r = extract(txtDoc('2017年度政府信息公开工作报告\n发布时间：2017-06-01\n正文。'))
    expect(codes(r)).toContain('date_before_year_end')
    expect(codes(r)).toContain('agency_missing')
  })
  it('flags mojibake', () => {
    expect(codes(extract(txtDoc('某某县某某局2017年度政府信息公开工作报告\n取得了积极成效?!?/span>')))).toContain('mojibake')
  })
})

describe('more rules', () => {
  it('does not take the statistics period for the publication date', () => {
    const v = valuesOf(extract(txtDoc('某某县某某局2017年度政府信息公开工作报告\n统计时间：2017年1月1日至2017年12月31日\n正文。')))
    expect(v.publish_date).toBeUndefined()
    expect(v.report_year).toBe(2017)
  })
  it('reads 新收 requests in prose', () => {
    const v = valuesOf(extract(txtDoc('某某县某某局2017年度政府信息公开工作报告\n本年度新收政府信息公开申请12件，上年结转2件，办结13件。')))
    expect(v.applications_received).toBe(12)
    expect(v.applications_carried_over).toBe(2)
    expect(v.applications_answered).toBe(13)
  })
  it('leaves requests empty when enquiries are counted with them', () => {
    const v = valuesOf(extract(txtDoc('某某县某某局2017年度政府信息公开工作报告\n全年共受理政府信息公开申请及咨询25件。')))
    expect(v.applications_received).toBeUndefined()
  })
})

describe('statements of none, worded otherwise', () => {
  const v = (t: string) => valuesOf(extract(txtDoc(`某某县某某局2013年度政府信息公开工作报告\n${t}`)))
  it('reads them as 0', () => {
    expect(v('全年无依申请公开事项。').applications_received).toBe(0)
    expect(v('本年度不存在因政府信息公开引起的行政复议和行政诉讼。').admin_lawsuits).toBe(0)
    const z = v('四、行政复议和行政诉讼情况\n行政复议和行政诉讼案件数量均为零。')
    expect(z.admin_reconsiderations).toBe(0)
    expect(z.admin_lawsuits).toBe(0)
  })
})

describe('typical free-form wordings', () => {
  const texts = [
`东山县财政局2013年政府信息公开工作年度报告
一、概述
2013年，我局认真贯彻落实《条例》，成立了领导小组，配备兼职工作人员2名。
二、主动公开政府信息情况
2013年，我局共主动公开政府信息1,256条，其中机构职能类15条。截至2013年底，累计主动公开政府信息8932条。
三、依申请公开政府信息情况
2013年，我局共受理政府信息公开申请3件，其中当面申请1件，网络申请2件，已全部答复。
四、政府信息公开的收费及减免情况
我局在政府信息公开工作中未收取任何费用。
五、因政府信息公开申请行政复议、提起行政诉讼的情况
2013年，我局未发生因政府信息公开申请行政复议、提起行政诉讼的情况。
六、存在的主要问题和改进措施
略。
东山县财政局
2014年3月20日`,
`西乡县教育局关于2016年度政府信息公开工作的报告
发布日期：2017年02月15日　　信息来源：西乡县教育局
根据条例要求，现公布本年度报告。
二、主动公开情况
全年共发布各类信息二百余条。
三、依申请公开情况
本年度未收到公民、法人或其他组织提出的政府信息公开申请。
四、复议诉讼情况
行政复议和行政诉讼案件数量均为零。`,
]
  it('reads the 2008-template report', () => {
    const v = valuesOf(extract(txtDoc(texts[0])))
    expect(v).toMatchObject({ agency: '东山县财政局', signed_date: '2014-03-20', report_year: 2013, proactive_disclosures: 1256,
      applications_received: 3, admin_reconsiderations: 0, admin_lawsuits: 0, fees_collected: 0, staff: 2 })
  })
  it('reads a report that names none and counts in Chinese numerals', () => {
    const r = extract(txtDoc(texts[1]))
    const v = valuesOf(r)
    expect(v).toMatchObject({ title: '西乡县教育局关于2016年度政府信息公开工作的报告', agency: '西乡县教育局', publish_date: '2017-02-15',
      report_year: 2016, proactive_disclosures: 200, applications_received: 0, admin_reconsiderations: 0, admin_lawsuits: 0 })
    expect(r.fields.find((f) => f.field === 'proactive_disclosures')?.approximate).toBe(true)
  })
})

describe('proactive disclosures', () => {
  it('prefers the year\'s total over one channel\'s share', () => {
    const v = valuesOf(extract(txtDoc('某某县某某局2016年度政府信息公开工作报告\n一、概述\n我局在门户网站主动公开信息800条。\n二、主动公开情况\n全年共主动公开政府信息1200条。')))
    expect(v.proactive_disclosures).toBe(1200)
  })
})
