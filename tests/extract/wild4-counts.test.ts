/**
 * Invented proactive counts by kind (issue 12, the fifth wild harvest of counts): one channel's count where the
 * text names or counts other channels and states no total. A count is the year's total only when the text
 * presents it as the whole; otherwise the field stays empty and the count is the reviewer's candidate.
 * Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const run = (...lines: string[]): ExtractionResult => extract(txtDoc(lines.join('\n')))
const proactive = (...lines: string[]): unknown => run(...lines).fields.find((f) => f.field === 'proactive_disclosures')?.value
const candidates = (...lines: string[]): unknown[] =>
  (run(...lines).candidates ?? []).filter((c) => c.field === 'proactive_disclosures').map((c) => c.value)

describe('the channel named before the comma of its count', () => {
  const portal = '1.门户网站主动公开政府信息情况。2023年我街道在青石市人民政府网，截至2023年12月31日共发布信息76条，其中工作动态60条，通知公告16条。'
  const wechat = '2.官方微信主动公开政府信息情况。2023年度我街道官方微信“青石市柳岸街道”，截至2023年12月31日共推送820条信息。'
  it('the site\'s count, then the WeChat account\'s own: no total, the site\'s count a candidate', () => {
    expect(proactive('一、总体情况', '（一）主动公开', portal, wechat)).toBeUndefined()
    expect(candidates('一、总体情况', '（一）主动公开', portal, wechat)).toContain(76)
  })
  it('the site\'s count alone is the year\'s figure', () => {
    expect(proactive('一、总体情况', '（一）主动公开', portal)).toBe(76)
  })
})

describe('a site written 某区政府在线 or 某某信息公开网 is the portal', () => {
  it('政府在线\'s count, then a WeChat account\'s own count: one channel of two', () => {
    expect(proactive('二、政府信息主动公开情况', '（一）公开情况', '本街道2018年通过南湾区政府在线共主动公开政府信息310条，其中全文电子化率达100%。本街道2018年通过街道官方微信公众号共发布有关图文286条。')).toBeUndefined()
  })
  it('an approximate count on 某区信息公开网 among other channels\' counts: no value, not another channel\'s', () => {
    const lines = ['一、政府信息主动公开情况', '截至2014年12月，开发区公开信息总计1200条。通过报刊、广播等其它媒体公开信息260条。通过市级以上网络公开信息340条。通过开发区信息公开网主动公开政府信息600余条。']
    expect(proactive(...lines)).toBeUndefined()
  })
})

describe('the portal\'s count in a paragraph that names other ways', () => {
  const ways = '（一）主动公开方面。通过新港区门户网站、微信公众号等多种途径，主动公开部门预决算、招商项目等信息。'
  const count = '2023年，通过政府门户网站主动公开政府信息1520条，其中，概况类信息800条，工作动态类720条。'
  it('other ways named and uncounted: the portal\'s share, no value', () => {
    expect(proactive('一、总体情况', ways + count)).toBeUndefined()
    expect(candidates('一、总体情况', ways + count)).toContain(1520)
  })
  it('the portal alone named: the year\'s figure', () => {
    expect(proactive('一、总体情况', '（一）主动公开方面。' + count)).toBe(1520)
  })
})

describe('overview counts that are not the year\'s items', () => {
  it('a new-media count under (四)平台建设 is a platform\'s output', () => {
    const lines = ['一、总体情况', '（一）主动公开情况', '2024年度，我街道及时公开预算、决算等信息。', '（四）政府信息公开平台建设情况', '2024年度，依托微信公众号、视频号等平台，全年发布各类政务信息200余条。']
    expect(proactive(...lines)).toBeUndefined()
    expect(candidates(...lines)).toContain(200)
  })
  it('after a WeChat account\'s own count, a key area\'s platform count is not the year\'s total', () => {
    const lines = ['一、总体情况', '主动公开全面落实。2023年，厅门户网站新增信息9120条，其中工作动态类信息2100条。“某省水利”官方微信号公开信息980篇。', '重点领域信息公开力度持续加大。全年通过平台发布信息760条。']
    expect(proactive(...lines)).toBeUndefined()
    // without the other channel's count, the overview's year statement is read as before
    expect(proactive('一、总体情况', '重点领域信息公开力度持续加大。全年通过平台发布信息760条。')).toBe(760)
  })
})

describe('misses the set showed', () => {
  it('the overview\'s total said after the information (公开政务信息共有N条) whose parts add up', () => {
    const lines = ['一、总体情况', '一是认真做好政府信息公开工作。据统计，2022年，我局公开政务信息共有218条，其中：通知公告150条、工作动态50条、部门文件18条。']
    expect(proactive(...lines)).toBe(218)
    // parts that do not add up: no value
    expect(proactive('一、总体情况', '据统计，2022年，我局公开政务信息共有218条，其中：通知公告150条、工作动态50条、部门文件28条。')).toBeUndefined()
  })
  it('无政府信息依申请公开办理情况 is none received', () => {
    const r = run('一、总体情况', '（二）依申请公开情况', '2024年某镇无政府信息依申请公开办理情况。')
    expect(r.fields.find((f) => f.field === 'applications_received')?.value).toBe(0)
  })
})

describe('the proactive share after a total of all published', () => {
  it('共公开政府信息N条。其中，主动公开M条: the share is the proactive count', () => {
    expect(proactive('二、政府信息主动公开情况', '我委2016年度在市政务公开网站与本委网站上共公开政府信息2950条。其中，主动公开2410条，包括机构职能类信息、规范性文件类信息及其它应主动公开的政府信息。')).toBe(2410)
  })
})

describe('two scopes counted side by side', () => {
  it('the area\'s count and the compiler\'s own office\'s: which is the report\'s is not said', () => {
    const sentence = '2023年，在管委会办公室牵头带动下，全年主动公开各类政务信息2400余条；管委会办公室本部门主动公开各类政务信息150余条。'
    expect(proactive('一、总体情况', '（二）明确工作任务。' + sentence)).toBeUndefined()
    expect(candidates('一、总体情况', '（二）明确工作任务。' + sentence)).toContain(2400)
    // the area's count alone is the year's figure
    expect(proactive('一、总体情况', '（二）明确工作任务。2023年，在管委会办公室牵头带动下，全年主动公开各类政务信息2400余条。')).toBe(2400)
  })
})

describe('a count on one named site, the next part listing other forms', () => {
  const count = '（一）主动公开情况。2023年，我苏木按时公开财政预算、决算信息，在“某盟政务公开”主动公开巴音苏木政府信息36条。'
  const forms = '（二）信息公开的形式。一是网站公开。在某盟政务公开网站对政府信息进行主动公开；二是在政务公开栏上公开；三是其他宣传载体如微信公众号等进行公开。'
  it('the site\'s count is its share of a whole the text does not count', () => {
    expect(proactive('一、总体情况', count, forms)).toBeUndefined()
    expect(candidates('一、总体情况', count, forms)).toContain(36)
  })
  it('without the forms part, the site\'s count is the year\'s figure', () => {
    expect(proactive('一、总体情况', count, '（二）继续加大对政府信息公开的管理力度。')).toBe(36)
  })
})
