/**
 * The shapes two blind batches (tests/fixtures/blind: written without looking at the rules, session 11) found
 * the rules getting wrong. Texts written for the test, shorter than the batches' pages.
 */
import { describe, expect, it } from 'vitest'
import { docOf, extract, txtDoc, valuesOf } from './helpers'

const values = (text: string) => valuesOf(extract(txtDoc(text)))
const field = (text: string, id: string) => values(text)[id] ?? null

describe('an approximate figure for the portal among other ways, in the 主动公开 section', () => {
  const doc = (ways: string) => ['国家林业局2010年政府信息公开工作年度报告', '二、主动公开政府信息情况', `（二）公开的形式。${ways}`, '三、依申请公开政府信息情况'].join('\n')

  it('is that channel\'s share, not the year\'s total', () => {
    expect(field(doc('一是政府网站，全年在政府网站发布各类信息5800余条；二是新闻发布会，全年共举办新闻发布会14次；三是报刊出版物。'), 'proactive_disclosures')).toBeNull()
    expect(field(doc('全年通过国家统计局网站发布统计数据和统计信息5600余条，举办新闻发布会12场，出版统计年鉴等资料200余种。'), 'proactive_disclosures')).toBeNull()
  })

  it('is still the figure when the portal is the only way named, or several are counted together', () => {
    expect(field(doc('我局通过县政府信息公开平台公开信息一千余条。'), 'proactive_disclosures')).toBe(1000)
    expect(field(doc('全年通过市局门户网站、微信公众号等渠道主动公开各类信息3200余条，发布警情通报52期。'), 'proactive_disclosures')).toBe(3200)
  })
})

describe('the first reporting year', () => {
  it('2008年5月至12月 is the whole of it (the 条例 came into force on 1 May 2008)', () => {
    const text = ['平遥县人民政府2008年政府信息公开工作年度报告', '二、主动公开政府信息情况', '2008年5月至12月，全县共主动公开政府信息1350余条。其中县政府门户网站发布信息870余条，其余通过《平遥报》和各类公开栏公开。'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBe(1350)
  })

  it('a part of a later year is still a part', () => {
    const text = ['平遥县人民政府2012年政府信息公开工作年度报告', '二、主动公开政府信息情况', '2012年5月至12月，全县共主动公开政府信息1350条。'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBeNull()
  })
})

describe('a street office\'s report that gives its district\'s request count', () => {
  it('takes its own none, not the district government\'s count (pages README: a scope trap)', () => {
    const text = [
      '福田区华富街道办事处2015年政府信息公开工作年度报告',
      '一、概述',
      '2015年，全区政府信息公开工作继续深入推进，区政府全年共受理政府信息公开申请412件。本街道在区政府信息公开办的指导下，进一步规范信息发布流程。',
      '三、依申请公开政府信息情况',
      '2015年，本街道未收到公民、法人和其他组织提出的政府信息公开申请。',
    ].join('\n')
    expect(field(text, 'applications_received')).toBe(0)
  })
})

describe('a free-form statistics table set one cell per line', () => {
  const doc = (prose: string) => [
    '青川市人力资源和社会保障局2018年政府信息公开工作年度报告',
    '四、行政复议、行政诉讼情况', prose,
    '五、统计表', '2018年政府信息公开情况统计表', '指标名称', '单位', '数量',
    '一、主动公开信息数', '条', '1286', '三、行政复议数', '件', '3', '四、行政诉讼数', '件', '1', '五、其他',
  ].join('\n')

  it('reads each number as its label\'s, past the unit cell', () => {
    const v = values(doc('全年因政府信息公开引起行政复议3件，行政诉讼1件。'))
    expect(v.proactive_disclosures).toBe(1286)
    expect(v.admin_reconsiderations).toBe(3)
    expect(v.admin_lawsuits).toBe(1)
  })

  it('gives no count where the prose states another (复议2件 against the table\'s 3)', () => {
    const v = values(doc('全年因政府信息公开引起行政复议2件，行政诉讼1件。'))
    expect(v.admin_reconsiderations ?? null).toBeNull()
    expect(v.admin_lawsuits).toBe(1)
  })
})

describe('dates a mirror or a page adds', () => {
  it('a 更新时间 above the page\'s 日期 is not the release date', () => {
    const text = ['婺源县江湾镇人民政府2013年政府信息公开工作年度报告', '更新時間：2019-07-11 03:22:15 | 本站為繁體鏡像', '日期：2014-02-18', '根据《条例》要求，现将我镇2013年度政府信息公开工作情况报告如下。'].join('\n')
    expect(field(text, 'publish_date')).toBe('2014-02-18')
  })

  it('nor a snapshot time ending the 来源 line', () => {
    const text = ['桐庐县分水镇2023年政府信息公开工作年度报告', '来源：分水镇\t本页快照时间：2024/03/02 14:21', '根据《条例》要求，现将我镇2023年度政府信息公开工作情况报告如下。'].join('\n')
    expect(field(text, 'publish_date')).toBeNull()
  })
})

describe('page furniture read for a title', () => {
  it('a 关键词 row is the page\'s keywords, not its title', () => {
    const text = ['2024年政府信息公开工作年度报告', '发布机构：宁乡市民政局', '关 键 词：政府信息公开 年度报告', '【字体：大 中 小】', '一、总体情况', '2024年，我局认真贯彻落实《条例》。'].join('\n')
    expect(field(text, 'title')).toBe('2024年政府信息公开工作年度报告')
  })
})

describe('half-width full stops ending sentences', () => {
  it('end the sentence, so a later channel\'s count is not the total\'s part', () => {
    const text = ['义乌市财政局2016年政府信息公开工作年度报告', '二、主动公开政府信息情况', '全年主动公开政府信息132条,其中部门预决算信息58条,政府采购公告41条,政策解读33条.同时,在义乌市政府采购网发布采购信息1700多条.'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBe(132)
  })
})

describe('table 三\'s total against the prose', () => {
  const head = ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
  const report = (prose: string, carried = '0') => valuesOf(extract(docOf([
    '霍邱县人民政府2020年政府信息公开工作年度报告', '一、总体情况', prose,
    '三、收到和处理政府信息公开申请情况',
    [head, ['一、本年新收政府信息公开申请数量', '31', '3', '0', '0', '1', '0', '35'], ['二、上年结转政府信息公开申请数量', carried, '0', '0', '0', '0', '0', carried]],
    '四、政府信息公开行政复议、行政诉讼情况'], 'docx'))).applications_received ?? null

  it('a prose total for the year that says another number: neither', () => {
    expect(report('全年共收到政府信息公开申请37件，均在法定期限内予以答复。')).toBeNull()
  })

  it('the new and the carried-over together in the prose agree with the table', () => {
    expect(report('共受理政府信息公开申请38件（含2019年结转3件），按期办结。', '3')).toBe(35)
    // …but a prose total that happens to equal them, saying nothing of the carried-over, disagrees (session 12)
    expect(report('全年共收到政府信息公开申请38件，均在法定期限内予以答复。', '3')).toBeNull()
  })
})

describe('a sidebar of other bodies\' reports for the same year above the page\'s heading (batch 12)', () => {
  const page = [
    '中国无锡 无锡市人民政府门户网站',
    '部门年度报告',
    '· 无锡市财政局2016年政府信息公开工作年度报告',
    '· 无锡市统计局2016年政府信息公开工作年度报告',
    '· 无锡市物价局2016年政府信息公开工作年度报告',
    '无锡市审计局2016年政府信息公开工作年度报告',
    '来源：中国无锡   发布时间：2017-03-24 16:05   【大 中 小】',
    '一、概述',
    '2016年，我局紧紧围绕审计工作重点，把政府信息公开作为推进依法审计的重要举措。',
  ].join('\n')

  it('the heading over the page\'s metadata row is the title, and its body the agency', () => {
    const v = values(page)
    expect(v.title).toBe('无锡市审计局2016年政府信息公开工作年度报告')
    expect(v.agency).toBe('无锡市审计局')
  })

  it('a list closed by 更多>> is links too', () => {
    const v = values(['镇年报', '涧池镇2024年政府信息公开工作年度报告', '蒲溪镇2024年政府信息公开工作年度报告', '更多>>', '城关镇2024年政府信息公开工作年度报告', '发布时间：2025-01-17 09:32', '一、总体情况'].join('\n'))
    expect(v.title).toBe('城关镇2024年政府信息公开工作年度报告')
  })
})

describe('the agency\'s written forms (batches 12–14)', () => {
  it('a body that titles and signs itself short takes the full name its text writes once', () => {
    const v = values(['县民政局2015年政府信息公开工作年度报告', '一、概述', '2015年，祁阳县民政局在县委、县政府的正确领导下，认真贯彻落实《条例》。', '二、主动公开政府信息情况', '全年主动公开政府信息120余条。', '县民政局', '2016年1月20日'].join('\n'))
    expect(v.agency).toBe('祁阳县民政局')
  })

  it('two bodies signing on one line, spaces between them, are one joint agency', () => {
    const v = values(['2018年政府信息公开工作年度报告', '一、概述', '2018年，我局（馆）认真贯彻落实《条例》。', '临朐县档案局　　临朐县档案馆', '2019年1月25日'].join('\n'))
    expect(v.agency).toBe('临朐县档案局、临朐县档案馆')
  })
})

describe('a copying site\'s dates (batches 14–15)', () => {
  it('收录时间 and 转载时间 are the copy\'s, not the release', () => {
    expect(field(['国家林业局2013年政府信息公开工作年度报告', '转载时间：2014-04-02　来源：国家林业局网站　点阅：406', '一、概述'].join('\n'), 'publish_date')).toBeNull()
    expect(field(['某县2019年政府信息公开工作年度报告', '本站收录时间：2020-05-14 09:12:33　来源：网络整理', '一、总体情况'].join('\n'), 'publish_date')).toBeNull()
  })

  it('nor a stamp whose 来源 is 网络整理', () => {
    expect(field(['首页 >> 政务公开 >> 年度报告', '2025-02-14 03:22:17　来源：网络整理　阅读：36', '一、总体情况', '2024年，我局认真贯彻落实《条例》。'].join('\n'), 'publish_date')).toBeNull()
  })
})

describe('counts the first year and tiers state (batch 13)', () => {
  it('《条例》施行以来 in a report on 2008 is that year\'s period', () => {
    const text = ['国家林业局2008年政府信息公开工作年度报告', '二、主动公开政府信息情况', '《条例》施行以来，我局共主动公开政府信息412条，其中法规规章和规范性文件37条。'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBe(412)
    expect(field(text.replace('2008年', '2012年'), 'proactive_disclosures')).toBeNull()
  })

  it('县直部门 and 各乡镇 counted apart, no total: no request count', () => {
    const text = ['南靖县2014年政府信息公开工作年度报告', '三、依申请公开政府信息情况', '2014年，县直部门共收到公民政府信息公开申请21件，各乡镇共收到申请9件。'].join('\n')
    expect(field(text, 'applications_received')).toBeNull()
  })

  it('table 三 beside a district-wide count that says its own number too', () => {
    const head = ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
    const v = valuesOf(extract(docOf([
      '小溪塔街道办事处2024年政府信息公开工作年度报告', '一、总体情况',
      '2024年，全区各级行政机关共收到政府信息公开申请215件，我街道收到3件，均在法定期限内答复。',
      '三、收到和处理政府信息公开申请情况',
      [head, ['一、本年新收政府信息公开申请数量', '3', '0', '0', '0', '0', '0', '3'], ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']],
      '四、政府信息公开行政复议、行政诉讼情况'], 'docx')))
    expect(v.applications_received).toBe(3)
  })
})

describe('batches 16–18', () => {
  it('a township\'s title over sentences whose subject is its government: that government, as written', () => {
    const text = ['城关镇2024年政府信息公开工作年度报告', '发布时间：2025-01-17 09:32', '一、总体情况', '2024年，汉阴县城关镇人民政府坚持以公开促落实，全年主动公开政府信息207条。'].join('\n')
    expect(values(text).agency).toBe('汉阴县城关镇人民政府')
    // a garbled name (乡乡) is not the place's government: the title's place stays (pages p071)
    const garbled = ['鸭溪乡2021年政府信息公开工作年度报告', '一、总体情况', '2021年以来，鸭溪乡乡人民政府在市委的领导下，全年主动公开政府信息78条。'].join('\n')
    expect(values(garbled).agency).toBe('鸭溪乡')
  })

  it('全年市政府 is a time word and a short form, no place', () => {
    const v = values(['2018年政府信息公开工作年度报告', '三、依申请公开情况', '全年市政府共收到政府信息公开申请71件，均已按期答复。'].join('\n'))
    expect(v.agency ?? null).toBeNull()
    expect(v.region ?? null).toBeNull()
  })

  it('a 时间 line whose 来源 is 网络整理 or 互联网, and a 转码时间, are a copy\'s', () => {
    expect(field(['湖北省教育厅2016年政府信息公开工作年度报告', '时间：2017-08-14 09:32　来源：网络整理　作者：admin', '一、概述'].join('\n'), 'publish_date')).toBeNull()
    expect(field(['九江市2008年政府信息公开工作年度报告', '本页转码时间：2021-07-14 08:12　【打印】', '一、概述'].join('\n'), 'publish_date')).toBeNull()
  })

  it('a 分类 row is the page\'s column, not its title', () => {
    const text = ['国家林业局政府网', '发布机构：国家林业局', '发布日期：2011-03-30', '分　　类：政府信息公开年报', '国家林业局2010年政府信息公开工作年度报告', '一、概述'].join('\n')
    expect(field(text, 'title')).toBe('国家林业局2010年政府信息公开工作年度报告')
  })
})

describe('session 12: table 四 and case counts as the blind batches left them', () => {
  const t4 = (data: string) => [
    '某某街道办事处2024年政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉', data,
  ].join('\n')

  it('table 四\'s fifteen results as one space-separated line under a tabbed header', () => {
    const v = values(t4('0 0 0 0 2 0 0 1 0 1 0 0 0 0 0'.replace('0 0 0 0 2', '1 0 1 0 2')))
    expect(v.admin_reconsiderations).toBe(2)
    expect(v.admin_lawsuits).toBe(1)
  })

  it('a data row cut after its 行政复议 block: that block, when it adds up; the lawsuits stay unread', () => {
    const v = values(t4('1|1|—|1|3|1|—|—'))
    expect(v.admin_reconsiderations).toBe(3)
    expect(v.admin_lawsuits ?? null).toBeNull()
    // a block that does not add up (a cell lost) is not read
    expect(values(t4('1|1|—|1|4|1|—')).admin_reconsiderations ?? null).toBeNull()
  })

  it('其中 after a case count gives a part of it, not a second count', () => {
    const text = ['无锡市2020年政府信息公开工作年度报告', '一、总体情况', '（三）行政复议和行政诉讼。全市发生政府信息公开行政复议案件47件、行政诉讼案件30件，其中被纠错的复议案件5件。'].join('\n')
    const v = values(text)
    expect(v.admin_reconsiderations).toBe(47)
    expect(v.admin_lawsuits).toBe(30)
  })
})

describe('session 12: names of another time and the parts of a breakdown', () => {
  it('a county under its name of the report\'s time (会理县, 会理市 since 2021) is that county, not 理县 inside it', () => {
    const v = values(['会理县鹿厂镇人民政府2009年政府信息公开工作年度报告', '　　根据《条例》规定，现公布鹿厂镇2009年度政府信息公开工作年度报告。本报告由会理县鹿厂镇人民政府编制。'].join('\n'))
    expect(v.agency).toBe('会理县鹿厂镇人民政府')
    expect(v.region).toBe('会理县鹿厂镇')
    expect(v.region_code).toBe('513425')
  })

  it('a body named after 其中 is a part of the count, not the report\'s body', () => {
    const v = values(['2017年政府信息公开工作年度报告', '　　三、依申请公开政府信息情况', '　　全市共收到政府信息公开申请312件，其中市政府办公室收到27件，市直部门收到118件。'].join('\n'))
    expect(v.agency ?? null).not.toBe('其中市政府办公室')
    expect(v.region ?? null).not.toBe('其中市')
  })
})

describe('session 12: a copy\'s stamp long after the year reported on', () => {
  const trad = ['遼寧省人民政府2008年政府資訊公開工作年度報告', '時間：2019-05-07 08:31:26 | 點擊：57',
    '　　根據《中華人民共和國政府資訊公開條例》規定，現公布遼寧省2008年度政府資訊公開工作年度報告。本報告由遼寧省人民政府辦公廳編製，全文包括概述、主動公開政府資訊情況、依申請公開政府資訊情況等部分。'].join('\n')

  it('a mirror in traditional script: its time eleven years on is no release date, a candidate', () => {
    const r = extract(txtDoc(trad))
    expect(valuesOf(r).publish_date ?? null).toBeNull()
    expect((r.candidates ?? []).some((c) => c.field === 'publish_date' && c.value === '2019-05-07')).toBe(true)
    // the same mirror's date in the months after the year is the report's
    expect(field(trad.replace('2019-05-07', '2009-03-27'), 'publish_date')).toBe('2009-03-27')
  })

  it('a betting brand as the author: a stamp nine months on is the copying site\'s; an official page keeps a late date', () => {
    const page = (meta: string) => ['昆明市2022年政府信息公开工作年度报告', meta, '　　根据《中华人民共和国政府信息公开条例》规定，现公布昆明市2022年度政府信息公开工作年度报告。'].join('\n')
    expect(field(page('作者：九游会　　发布时间：2023-09-14　　浏览量：'), 'publish_date')).toBeNull()
    expect(field(page('作者：九游会　　发布时间：2023-01-14　　浏览量：'), 'publish_date')).toBe('2023-01-14')
    expect(field(page('来源：昆明市人民政府办公室　　发布时间：2023-09-14　　浏览量：'), 'publish_date')).toBe('2023-09-14')
  })
})

describe('session 12: a department\'s own count beside its system\'s or its place\'s', () => {
  it('…其中市局机关17件 after the system\'s 41: the bureau\'s own', () => {
    const text = ['国家税务总局扬州市税务局2019年政府信息公开工作年度报告', '一、总体情况',
      '　　2019年，市局本级主动公开政府信息462条。全市税务系统共收到政府信息公开申请41件，其中市局机关17件，均已按期答复。'].join('\n')
    expect(values(text).applications_received).toBe(17)
  })

  it('the office\'s own sentence after the county\'s: the office\'s count', () => {
    const text = ['某县人民政府办公室2012年政府信息公开工作年度报告', '二、主动公开政府信息情况',
      '　　2012年，县政府办公室牵头推进全县政府信息公开工作，全县各单位共主动公开信息2600多条。',
      '　　2012年，县政府办公室主动公开政府信息348条，其中县政府文件67件、政务动态229条。'].join('\n')
    expect(values(text).proactive_disclosures).toBe(348)
  })

  it('a place\'s aggregate compiled by its office keeps the place\'s count (the title names the place only)', () => {
    const text = ['宾川县2009年政府信息公开工作年度报告', '　　本报告由宾川县人民政府办公室根据《条例》要求编制。', '三、依申请公开政府信息情况',
      '　　全县各级行政机关共受理政府信息公开申请19件，其中县政府办公室受理3件，县国土资源局受理7件，其他部门受理9件。'].join('\n')
    expect(values(text).applications_received).toBe(19)
  })
})

describe('session 12: two totals for the year', () => {
  const doc = (overview: string, section: string) => ['固始县2016年政府信息公开工作年度报告', '一、概述', `　　${overview}`, '二、主动公开政府信息情况', `　　${section}`].join('\n')

  it('that disagree give no value (the text contradicts itself)', () => {
    expect(field(doc('2016年，全县共主动公开政府信息3215条。', '2016年，全县共主动公开政府信息3251条，其中县政府网站发布2890条。'), 'proactive_disclosures')).toBeNull()
    expect(field(doc('全年共主动公开政府信息45000多条。', '2016年，全县共主动公开政府信息46215条。'), 'proactive_disclosures')).toBeNull()
  })

  it('that agree, or a rough one and the exact figure inside it, give the (exact) figure', () => {
    expect(field(doc('2016年，全县共主动公开政府信息3215条。', '2016年，全县共主动公开政府信息3215条。'), 'proactive_disclosures')).toBe(3215)
    expect(field(doc('全年共主动公开政府信息1.2万余条。', '2016年，全县共主动公开政府信息12600条。'), 'proactive_disclosures')).toBe(12600)
  })
})

describe('session 12: request and case counts as batches 23–26 wrote them', () => {
  it('none in the section on the cases requests led to is not none of the requests', () => {
    const text = ['会宁县2012年政府信息公开工作年度报告', '三、依申请公开政府信息情况', '　　全年共收到政府信息公开申请4件（其中网上申请3件、书面申请1件），已全部答复。',
      '五、因政府信息公开申请提起行政复议、行政诉讼情况', '　　全年未发生此类情况。'].join('\n')
    expect(values(text).applications_received).toBe(4)
  })

  it('未收到民众、法人或其他组织的申请 is none from anyone (民众, a converter\'s 公众)', () => {
    const text = ['铜仁市气象局2016年政府信息公开工作年度报告', '三、依申请公开政府信息情况', '　　2016年，市气象局未收到民众、法人或其他组织的政府信息公开申请。'].join('\n')
    expect(values(text).applications_received).toBe(0)
  })

  it('县政府及县直各部门 are the county\'s bodies together, not some of them', () => {
    const text = ['某县2014年政府信息公开工作年度报告', '三、依申请公开政府信息情况', '　　2014年，县政府及县直各部门共受理政府信息公开申请23件，其中当面申请15件、网上申请6件、信函申请2件。'].join('\n')
    expect(values(text).applications_received).toBe(23)
  })

  it('a lawsuit count after ； takes the disclosure cases of the clause before', () => {
    const text = ['安吉县2023年政府信息公开工作年度报告', '　　（五）监督保障。全年因政府信息公开引发行政复议3件，均维持原行政行为；行政诉讼1件，尚未审结。'].join('\n')
    expect(values(text).admin_lawsuits).toBe(1)
  })

  it('the portal\'s exact count beside the province\'s new media 逾2万条: the portal\'s stands', () => {
    const text = ['浙江省环境保护厅2017年政府信息公开工作年度报告', '二、主动公开政府信息情况',
      '　　全年通过厅门户网站主动公开政府信息3,412条，其中环境质量信息1,205条、行政处罚信息317条。全省各级环保部门通过“浙江环境”政务新媒体矩阵发布信息逾2万条。'].join('\n')
    expect(values(text).proactive_disclosures).toBe(3412)
  })
})

describe('session 12: agency and region as batches 19–26 wrote them', () => {
  it('a township\'s government written with its county in a sentence beats the 来源 row\'s short form', () => {
    const text = ['商城县人民政府网', '长竹园乡2016年政府信息公开工作年度报告', '信息来源：长竹园乡政府　发布时间：2017-01-16',
      '2016年，商城县长竹园乡人民政府在县委、县政府的正确领导下，严格按照《条例》要求，扎实推进政府信息公开工作。'].join('\n')
    expect(values(text).agency).toBe('商城县长竹园乡人民政府')
  })

  it('a title\'s abbreviated organ (卫生计生委) written out once with its place: the written-out name', () => {
    const text = ['定远县卫生计生委2014年政府信息公开工作年度报告', '发布机构：定远县卫生计生委　发布日期：2015-02-09',
      '2014年，定远县卫生和计划生育委员会认真贯彻落实《条例》。'].join('\n')
    expect(values(text).agency).toBe('定远县卫生和计划生育委员会')
    // not a tail of a name with more places (the title's parents are kept, pages p050)
    const nested = ['余杭区市场监管局2022年政府信息公开工作年度报告', '来源：杭州市余杭区市场监督管理局', '2022年，余杭区市场监管局坚持以公开为常态。'].join('\n')
    expect(values(nested).agency).toBe('余杭区市场监管局')
  })

  it('a brand in brackets inside the compiler\'s name is cut out', () => {
    const text = ['合肥经济技术开发区2018年政府信息公开工作年度报告', '本报告由合肥经济技术开发区【bet365官网】管理委员会根据《条例》编制。'].join('\n')
    expect(values(text).agency).toBe('合肥经济技术开发区管理委员会')
  })

  it('bodies named by their city without its unit (南京海关) and a city bureau\'s district branch', () => {
    const customs = values(['南京海关2022年政府信息公开工作年度报告', '　　2022年，南京海关坚持以公开促规范。'].join('\n'))
    expect(customs.agency).toBe('南京海关')
    expect(customs.region).toBe('南京市')
    const branch = values(['成都市公安局武侯区分局2025年政府信息公开工作年度报告', '　　本报告由成都市公安局武侯区分局编制。'].join('\n'))
    expect(branch.region).toBe('成都市武侯区')
  })

  it('the host portal\'s name alone on the first line is not the report\'s place', () => {
    const dept = values(['湘阴县人民政府门户网站', '县水利局2013年政府信息公开工作年度报告', '　　根据《条例》规定，现将我局2013年度政府信息公开工作情况报告如下。'].join('\n'))
    expect(dept.region ?? null).toBeNull()
    const city = values(['六盘水市人民政府网', '2017年政府信息公开工作年度报告', '　　现公布2017年度全市政府信息公开工作年度报告。2017年，全市各级各部门认真落实《条例》。'].join('\n'))
    expect(city.agency ?? null).toBeNull()
  })
})

describe('session 12: titles and places as batches 21 and 23 wrote them', () => {
  it('a related list\'s last item, a department of the district, is not the district\'s title below it', () => {
    const text = ['相关文章', '广州市黄埔区2023年政府信息公开工作年度报告', '广州市黄埔区联和街道2024年政府信息公开工作年度报告', '广州市黄埔区发展和改革局2024年政府信息公开工作年度报告',
      '广州市黄埔区2024年政府信息公开工作年度报告', '发布时间：2025-01-24 16:30:12 来源：区政务服务数据管理局', '　　2024年，全区各级行政机关坚持以公开为常态。'].join('\n')
    expect(values(text).title).toBe('广州市黄埔区2024年政府信息公开工作年度报告')
  })

  it('a place\'s title, a 来源 row naming its office short, and a text speaking for the whole place: the place', () => {
    const text = ['天津市2010年政府信息公开工作年度报告', '发布时间：2011-3-31  来源：市政府办公厅', '　　2010年，全市各级行政机关认真贯彻落实《条例》。'].join('\n')
    expect(values(text).agency).toBe('天津市')
  })

  it('a site\'s name over a title naming its body short is not the head of the body\'s name', () => {
    const text = ['富阳市政府信息公开网', '农业局2011年政府信息公开年度报告', '发布日期:2012-03-08', '　　2011年，我局认真贯彻《条例》。', '富阳市农业局', '2012年3月5日'].join('\n')
    expect(values(text).title).toBe('农业局2011年政府信息公开年度报告')
  })

  it('a 来源 row with the place\'s later unit (宁乡市) against the report\'s own sentence (宁乡县): the sentence\'s', () => {
    const text = ['县林业局2014年政府信息公开工作年度报告', '来源：宁乡市林业局  发布时间：2015-01-28 10:32', '2014年，宁乡县林业局认真贯彻落实《中华人民共和国政府信息公开条例》。'].join('\n')
    expect(values(text).agency).toBe('宁乡县林业局')
  })
})

describe('session 12: spam glued to a site-name or title line', () => {
  it('a site-name line with a brand glued to it is no head of the title\'s place', () => {
    const text = ['必赢亚洲bwin官网_遵义市人民政府网', '遵义市2009年政府信息公开工作年度报告', '时间：2010-03-26  来源：遵义市人民政府网',
      '本报告是根据《条例》的要求，在汇总全市14个县（区、市）人民政府和市政府各部门年度报告的基础上形成的。'].join('\n')
    expect(values(text).agency).toBe('遵义市')
  })

  it('a title line a brand was glued to: no title, the body named after the brand\'s colon', () => {
    const v = values(['亚博体育官网app:淄博市住房和城乡建设局2017年政府信息公开工作年度报告', '发布时间：2018-02-11   来源：', '　　根据《条例》规定，特向社会公布2017年度我局政府信息公开工作年度报告。'].join('\n'))
    expect(v.title ?? null).toBeNull()
    expect(v.agency).toBe('淄博市住房和城乡建设局')
  })

  it('a city bureau\'s branch named by its county without the unit (西吉分局) sits in that county', () => {
    expect(values(['固原市生态环境局西吉分局2024年政府信息公开工作年度报告', '　　本报告由固原市生态环境局西吉分局编制。'].join('\n')).region).toBe('固原市西吉县')
  })
})

describe('session 12: copies on document sites, news portals and converters', () => {
  const body = '　　根据《中华人民共和国政府信息公开条例》要求，现将我镇2018年政府信息公开工作情况报告如下。'

  it('a document site\'s 上传时间 and a wiki\'s 最近更新 are no release date; its file name is no title', () => {
    const v = values(['2018年政府信息公开年报（终稿）.docx', '页数：4　下载积分：2　上传者：wx_1589***　上传时间：2019-01-22　浏览：356', '2018年政府信息公开工作年度报告', body].join('\n'))
    expect(v.publish_date ?? null).toBeNull()
    expect(v.title).toBe('2018年政府信息公开工作年度报告')
    expect(field(['某镇2018年政府信息公开工作年度报告', '最近更新：2025-07-20 14:03', body].join('\n'), 'publish_date')).toBeNull()
  })

  it('a converter\'s 转换时间 is passed over for the page\'s own 发布日期', () => {
    const text = ['繁體 | 简体　　轉換時(shí)間:2024-11-03 21:44:16', '發(fā)布日期:2022-01-20', '臺(tái)州市黃巖區(qū)院橋鎮(zhèn)人民政府2021年政府信息公開(kāi)工作年度報(bào)告', body].join('\n')
    const v = values(text)
    expect(v.publish_date).toBe('2022-01-20')
    expect(v.region).toBe('台州市黄岩区院桥镇')
  })

  it('a repost\'s 发布时间 (来源：…（转载）, 本文转自…) is not the report\'s; the date under the title is', () => {
    const text = ['涞源县人民政府2010年政府信息公开工作年度报告', '发布时间：2011-03-22 15:06:41　来源：涞源县人民政府网站（转载）　作者：佚名', '（2011年3月15日）', body].join('\n')
    const v = values(text)
    expect(v.publish_date ?? null).toBeNull()
    expect(v.signed_date).toBe('2011-03-15')
    const note = ['宁波市鄞州区交通运输局2025年政府信息公开工作年度报告', '发布时间：2026-01-29 10:12:33　来源：鄞州区交通运输局', body, '宁波市鄞州区交通运输局', '2026年1月21日', '（本文转自宁波市鄞州区人民政府门户网站，如涉及版权问题请联系删除）'].join('\n')
    expect(field(note, 'publish_date')).toBeNull()
  })

  it('two bodies signing on one line of a mirror with pinyin keep their 、', () => {
    const text = ['黃岡市統計局2012年政府信息公開工作年度報告', body, '黃岡市統(tǒng)計局　　國家統(tǒng)計局黃岡調(diào)查隊(duì)', '2013年3月25日'].join('\n')
    expect(values(text).agency).toBe('黄冈市统计局、国家统计局黄冈调查队')
  })
})

describe('session 12: batches 27–29', () => {
  it('the portal column\'s count, its sentence going on to other channels\' counts: no total', () => {
    const text = ['长春市南关区永吉街道办事处2020年政府信息公开工作年度报告', '一、总体情况',
      '（一）主动公开情况。全年在南关区人民政府门户网站“永吉街道”专栏发布信息46条，通过“永吉发布”微信公众号推送信息130余条，在辖区12个社区公开栏张贴通知200余份。'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBeNull()
  })

  it('a joint title over two lines, a party commission with 中共 before its place', () => {
    const v = values(['利通区政务网', '中共吴忠市利通区纪律检查委员会、吴忠市利通区监察局', '2010年政府信息公开工作年度报告', '日期：2011-02-15  来源：区纪委监察局', '　　根据《条例》要求，现将我委（局）2010年度政府信息公开工作情况报告如下。'].join('\n'))
    expect(v.agency).toBe('中共吴忠市利通区纪律检查委员会、吴忠市利通区监察局')
    expect(v.region).toBe('吴忠市利通区')
  })

  it('a date whose 年 was dropped before the month (20261月20日)', () => {
    expect(field(['乌鲁木齐市2025年政府信息公开工作年度报告', '发布时间：20261月20日    来源：市人民政府办公厅', '　　根据《条例》规定，现公布本报告。'].join('\n'), 'publish_date')).toBe('2026-01-20')
  })

  it('an office saying 我办 of its own count, under a spam-broken title, beside the county\'s bodies\' posts', () => {
    const text = ['明升体育', '澳门金沙城中心人民政府办公室2018年政府信息公开工作年度报告', '二、主动公开政府信息情况',
      '　　全年我办通过县政府门户网站主动公开政府信息1342条，其中县政府文件48件、政务动态1294条。全县各单位在县政府门户网站共发布信息16,885条。', '临澧县人民政府办公室', '2019年3月20日'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBe(1342)
  })

  it('a provincial office\'s own requests, said with no subject, beside the province\'s', () => {
    const text = ['甘肃省人民政府办公厅2023年政府信息公开工作年度报告', '一、总体情况', '　　据汇总，全省各级行政机关全年共主动公开政府信息186.4万条，收到政府信息公开申请1.27万件。',
      '　　（二）依申请公开。本年新收政府信息公开申请318件，上年结转21件；办结325件。'].join('\n')
    expect(field(text, 'applications_received')).toBe(318)
  })

  it('a site line ending 繁体版 is no head of the title\'s place', () => {
    expect(field(['泉州市人民政府入口網站 - 繁體版', '泉州市政府資訊公開工作年度報告（2012年度）', '　　本報告根據《條例》規定，在全市各級行政機關政府資訊公開工作年度報告基礎上彙整而成。'].join('\n'), 'agency')).toBe('泉州市')
  })

  it('a running total\'s year part said 新增公开, and a review case 因…信息公开申请答复引起的', () => {
    const text = ['洛阳市住房和城乡建设委员会2014年政府信息公开工作年度报告', '二、主动公开政府信息情况', '截至2014年底，我委累计主动公开政府信息12580条，其中2014年新增公开1032条。',
      '五、因政府信息公开申请提起行政复议和行政诉讼情况', '2014年，我委作为被申请人的行政复议案件共14件，其中因政府信息公开申请答复引起的1件，经复议维持原答复。'].join('\n')
    const v = values(text)
    expect(v.proactive_disclosures).toBe(1032)
    expect(v.admin_reconsiderations).toBe(1)
  })

  it('table 三 one cell per line between bar lines keeps its blank cells (and so its columns)', () => {
    const cells = (xs: string[]) => xs.flatMap((x) => ['|', x]).concat('|')
    const text = ['某县人民政府2020年政府信息公开工作年度报告', '一、总体情况', '（二）依申请公开。全年共受理政府信息公开申请36件。', '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量', ...cells(['35', '2', '', '', '1', '', '38']), '二、上年结转政府信息公开申请数量', ...cells(['3', '', '', '', '', '', '3'])].join('\n').replace(/\n\|\n\n\|/g, '\n|\n|')
    // the prose's 36 and the table's 38 disagree: neither (pages README)
    expect(field(text, 'applications_received')).toBeNull()
  })
})

describe('session 12: batch 33', () => {
  it('an approximate total said over several channels closed by 等 is the year\'s', () => {
    const text = ['湄潭县人民政府2021年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开。全年通过县政府门户网站、政务新媒体等渠道主动公开政府信息3,600余条，其中门户网站发布2,100余条，微信公众号发布1,200余条。'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBe(3600)
  })
})

describe('session 12: batches 31–32', () => {
  it('a portal count and a rough count said disclosed on boards: channels, no total (a rough count of posts is none)', () => {
    const text = ['查干补力格苏木人民政府2021年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开。全年通过旗政府门户网站苏木专栏主动公开政府信息74条，通过苏木、嘎查两级公开栏公开信息110余条。'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBeNull()
    expect(field(text.replace('通过苏木、嘎查两级公开栏公开信息110余条', '政务新媒体发布信息110余条'), 'proactive_disclosures')).toBe(74)
  })

  it('a browser\'s page title over the heading that writes the body with its parents: the heading', () => {
    const text = ['粤海街道办事处2021年政府信息公开工作年度报告 - 知识百科', '首页 > 政务 > 年度报告', '深圳市南山区粤海街道办事处2021年政府信息公开工作年度报告', '发布日期：2022年01月28日', '　　本报告依据《条例》编制。'].join('\n')
    expect(values(text).agency).toBe('深圳市南山区粤海街道办事处')
  })

  it('a central body\'s own count beside the nation\'s system (全国各级气象部门)', () => {
    const text = ['中国气象局2014年政府信息公开工作年度报告', '二、主动公开政府信息情况', '2014年，中国气象局本级主动公开政府信息1032条，其中规章2件、规范性文件14件。全国各级气象部门共主动公开各类信息16.8万余条。'].join('\n')
    expect(field(text, 'proactive_disclosures')).toBe(1032)
  })

  it('a township government at work with 把 as the sentence\'s subject, under the township\'s title', () => {
    const text = ['乌兰木伦镇2018年政府信息公开工作年度报告', '发布时间:2019-01-25 来源:伊金霍洛旗人民政府', '2018年,伊金霍洛旗乌兰木伦镇人民政府把政府信息公开作为转变政府职能的重要抓手。'].join('\n')
    expect(values(text).agency).toBe('伊金霍洛旗乌兰木伦镇人民政府')
  })
})

describe('session 12: batch 34 (standard tables as PDFs and web pages leave them)', () => {
  const head = ['某县交通运输局2019年政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']

  it('table 四 as one run of fifteen zeros in a row of its own, between bars: 0 and 0', () => {
    const text = [...head, '四、政府信息公开行政复议、行政诉讼情况', '| 行政复议 | 行政诉讼 |', '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '| 000000000000000 |', '五、存在的主要问题及改进情况'].join('\n')
    const v = values(text)
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })

  it('table 三 cells split by spaces with — for blanks, and a label broken over two lines', () => {
    const dashed = [...head, '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', '一、本年新收政府信息公开申请数量 49 5 — — 2 — 56', '二、上年结转政府信息公开申请数量 2 — — — — — 2'].join('\n')
    expect(field(dashed, 'applications_received')).toBe(56)
    const broken = [...head, '一、本年新收政府信息公开申', '请数量 152 24 1 0 6 4 187', '二、上年结转政府信息公开申', '请数量 7 2 0 0 0 0 9'].join('\n')
    expect(field(broken, 'applications_received')).toBe(187)
  })

  it('table 四\'s review total against the prose\'s count of the year\'s reviews: neither', () => {
    const text = [...head, '2019年，我局发生政府信息公开行政复议案件1件，经县人民政府复议维持原答复。', '四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉', '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'].join('\n')
    expect(field(text, 'admin_reconsiderations')).toBeNull()
  })

  it('a title line whose name a betting brand replaced is no title, though the view drops the brand', () => {
    expect(field(['澳门威尼斯人官方网站-2024年政府信息公开工作年度报告', '发布时间：2025-01-17', '　　根据《条例》规定，现公布我镇2024年政府信息公开工作年度报告。'].join('\n'), 'title')).toBeNull()
  })
})

describe('session 12: batch 37', () => {
  it('依申请公开情况：无 is none; a statistics row\'s bracketed counting note is no part of its label', () => {
    expect(field(['浦北县发展和改革局2009年政府信息公开工作年度报告', '　　（二）依申请公开情况：无。'].join('\n'), 'applications_received')).toBe(0)
    const table = ['温州市环境保护局2013年政府信息公开工作年度报告', '| 统计指标 | 单位 | 统计数 |', '| 一、主动公开情况 | —— | —— |',
      '| （一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） | 条 | 356 |', '| 其中：主动公开规范性文件数 | 条 | 12 |'].join('\n')
    expect(field(table, 'proactive_disclosures')).toBe(356)
  })
})

describe('session 12: batches 35–36', () => {
  it('a metadata table flattened to a row of labels over a row of values: the date under 发布日期', () => {
    const text = ['国家税务总局上海市浦东新区税务局2022年政府信息公开工作年度报告', '索引号\t发布机构\t发布日期\t主题分类', '310000SW-2023-000315\t国家税务总局上海市税务局\t2023-01-19\t政府信息公开年报', '　　本报告依据《条例》编制。'].join('\n')
    expect(field(text, 'publish_date')).toBe('2023-01-19')
  })

  it('a portal count stated with its own breakdown keeps the year against another sub-part\'s posts', () => {
    const lines = ['吴江区震泽镇2022年政府信息公开工作年度报告', '一、总体情况',
      '（一）主动公开情况。2022年，震泽镇通过吴江区政府门户网站专栏主动公开政府信息326条，其中基础信息15条，财政预决算信息9条，其他302条。',
      '（四）平台建设。依托区政府门户网站和“震泽发布”微信公众号拓宽公开渠道，全年微信公众号推送信息412篇。']
    expect(field(lines.join('\n'), 'proactive_disclosures')).toBe(326)
    // (without its breakdown the portal's count is one channel's of two, as before)
    expect(field(lines.join('\n').replace('，其中基础信息15条，财政预决算信息9条，其他302条', ''), 'proactive_disclosures')).toBeNull()
  })
})

describe('session 12: batch 38', () => {
  it('requests counted by the way they came, with no total: no value; with a total before its ways: the total', () => {
    const doc = (s: string) => ['某县2012年政府信息公开工作年度报告', '三、依申请公开政府信息情况', s].join('\n')
    expect(field(doc('2012年，全县各行政机关通过网络受理申请9件，通过信函受理3件，当面受理6件，均已依法作出答复。'), 'applications_received')).toBeNull()
    expect(field(doc('2012年，全县共受理政府信息公开申请18件，其中网上申请9件，信函申请3件，当面申请6件。'), 'applications_received')).toBe(18)
  })
})
