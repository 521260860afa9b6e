/**
 * Agency and region against distractors a real page carries (issue 12, scripts/agency-distractors.ts): names of
 * other bodies around or inside the report must not become its agency. Texts written for the test.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const BODY = [
  '一、总体情况',
  '2020年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条，收到政府信息公开申请5件。',
  '二、存在的主要问题及改进情况',
  '公开内容还不够全面，下一步将加强培训。',
]
const offered = (r: ReturnType<typeof extract>) => (r.candidates ?? []).filter((c) => c.field === 'agency').map((c) => c.value)

describe('a report forwarded by another body', () => {
  it('takes the forwarded body, not the forwarder, from a forwarding notice', () => {
    const text = ['青山市人民政府办公室关于转发青山市民政局2020年政府信息公开工作年度报告的通知', '来源：青山市人民政府办公室', ...BODY].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency).toBe('青山市民政局')
    expect(v.region).toBe('青山市')
  })

  it('does not take the forwarder from the 来源 line when what is forwarded is a place alone', () => {
    const text = ['龙山县人民政府办公室关于转发东河乡2020年政府信息公开工作年度报告的通知', '来源：龙山县人民政府办公室',
      '一、总体情况', '2020年，我乡认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息40条。'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).agency).toBe('东河乡')
    expect(offered(r)).toContain('龙山县人民政府办公室')
  })
})

describe('a place at the start of a line after a whole name', () => {
  it('keeps a township whose line follows a line ending in an organ word (not a name cut in two)', () => {
    const text = ['来源：龙山县人民政府办公室', '东河镇2020年政府信息公开工作年度报告', '发布日期: 2021-01-29  来源:东河镇',
      '一、总体情况', '2020年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息40条。'].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency).toBe('东河镇')
    expect(v.region).toBe('东河镇')
  })
})

describe('a joint report', () => {
  const body = ['一、总体情况', '2020年，我们认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。']

  it('keeps both bodies that sign on two lines, not the nearest alone', () => {
    const text = ['2020年政府信息公开工作年度报告', ...body, '', '青山县财政局', '青山县税务局', '2021年1月20日'].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency).toBe('青山县财政局、青山县税务局')
    expect(v.region).toBe('青山县')
  })

  it('keeps both bodies of a 来源 line and of a title, as written', () => {
    const source = ['2020年政府信息公开工作年度报告', '来源：青山县财政局、青山县税务局 时间：2021-01-20', ...body].join('\n')
    expect(valuesOf(extract(txtDoc(source))).agency).toBe('青山县财政局、青山县税务局')
    const title = ['青山县财政局、青山县税务局2020年政府信息公开工作年度报告', ...body].join('\n')
    expect(valuesOf(extract(txtDoc(title))).agency).toBe('青山县财政局、青山县税务局')
  })
})

describe('links to other reports on the page', () => {
  const own = ['青山县财政局2020年政府信息公开工作年度报告', '来源：青山县财政局', ...BODY]

  it('does not take a body from a related list after the report, when the report has no title line', () => {
    const text = [...BODY, '', '相关文章', '青山县民政局2020年政府信息公开工作年度报告', '青山县交通运输局2020年政府信息公开工作年度报告'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).agency ?? null).toBeNull()
    expect(valuesOf(r).region ?? null).toBeNull()
  })

  it('reads the report\'s own title under a sidebar of other reports\' titles', () => {
    const text = ['最新公开', '青山县民政局2020年政府信息公开工作年度报告', '青山县交通运输局2019年政府信息公开工作年度报告', ...own].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency).toBe('青山县财政局')
    expect(v.region).toBe('青山县')
  })

  it('reads a township\'s own title under a sidebar (a line ending in 报告 above it is no cut name)', () => {
    const text = ['最新公开', '龙山县民政局2020年政府信息公开工作年度报告', '龙山县交通运输局2019年政府信息公开工作年度报告', '东河镇2020年政府信息公开工作年度报告',
      '发布日期：2021-01-29 来源：东河镇', '一、总体情况', '2020年，我镇主动公开政务信息共217条。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('东河镇')
  })

  it('leaves the agency empty when a sidebar of two bodies stands over a nameless report', () => {
    const text = ['青山县民政局2020年政府信息公开工作年度报告', '青山县交通运输局2020年政府信息公开工作年度报告', ...BODY].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency ?? null).toBeNull()
  })
})

describe('a site\'s name alone on a line over the report', () => {
  it('gives way to a central body the report announces', () => {
    const text = ['青山市人民政府', '根据《条例》规定，现发布《外交部2020年政府信息公开工作年度报告》。', '一、总体情况', '2020年，我部全年主动公开政府信息300条。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('外交部')
  })

  it('gives way to the place that is the subject of the report', () => {
    const text = ['龙山县人民政府', '发布时间：2021-01-20', '2020年政府信息公开工作年度报告', '一、总体情况', '2020年，东河乡认真贯彻落实《条例》，全年主动公开政府信息40条。',
      '2020年，东河乡积极推进政务公开。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('东河乡')
  })

  it('right over a nameless title, conflicts with the subject of the report: empty, both offered', () => {
    const text = ['龙山县人民政府', '2020年政府信息公开工作年度报告', '一、总体情况', '2020年，东河乡认真贯彻落实《条例》，全年主动公开政府信息40条。',
      '2020年，东河乡积极推进政务公开。'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).agency ?? null).toBeNull()
    expect(offered(r)).toEqual(expect.arrayContaining(['龙山县人民政府', '东河乡']))
  })

  it('over a nameless title, is left a candidate when the text never writes it again nor calls itself its kind', () => {
    const text = ['龙山县人民政府', '发布时间：2021-01-20', '2020年政府信息公开工作年度报告', '一、概述', '2020年全年主动公开政府信息40条，龙山县政务公开平台运行平稳。'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).agency ?? null).toBeNull()
    expect(valuesOf(r).region).toBe('龙山县')
    expect(offered(r)).toContain('龙山县人民政府')
  })

  it('is left a candidate when the report never names its place again', () => {
    const text = ['青山市人民政府', '发布时间：2021-01-20', '2020年政府信息公开工作年度报告', '一、总体情况', '2020年，本级政府认真贯彻落实《条例》，西岭县全年主动公开政府信息40条。'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).agency ?? null).toBeNull()
    expect(offered(r)).toContain('青山市人民政府')
  })
})

describe('a body named short, its full name written once', () => {
  const scope = ['一、概述', '2020年，全县各级行政机关认真贯彻落实《条例》，龙山县全年主动公开政府信息1200条。']

  it('takes the full name for a title that opens with the short form (县政府2020年…)', () => {
    const text = ['县政府2020年政府信息公开工作年度报告', ...scope, '政府信息公开是龙山县人民政府推进法治政府建设的一项重要工作。'].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency).toBe('龙山县人民政府')
    expect(v.region).toBe('龙山县')
  })

  it('takes the full name for a compiler named short (由县政府办公室编制)', () => {
    const text = ['2020年政府信息公开工作年度报告', '本报告根据《条例》和《龙山县人民政府办公室关于做好2020年度政府信息公开工作年度报告的通知》要求，由县政府办公室编制。', ...scope].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('龙山县人民政府办公室')
  })

  it('does not give the place alone when the short form has no full name in the text; the region stays', () => {
    const text = ['2020年政府信息公开工作年度报告', '本报告根据《条例》要求，由县政府办公室编制。', ...scope, '龙山县政府信息公开网站全年访问量10万次。'].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency ?? null).toBeNull()
    expect(v.region).toBe('龙山县')
  })
})

describe('a place\'s title over a page row naming its body short', () => {
  it('takes the full name of the body of that place that the text writes (发布机构：县政府办公室)', () => {
    const text = ['龙山县2020年政府信息公开工作年度报告', '发布机构：县政府办公室 时间：2021-01-20',
      '本报告根据《条例》要求编制。如有疑问，请来函（地址：龙山县人民政府办公室，邮编：416800）。',
      '一、概述', '2020年，全县主动公开政府信息1200条。'].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency).toBe('龙山县人民政府办公室')
    expect(v.region).toBe('龙山县')
  })

  it('gives no place alone when the body named short has no full name in the text; the region stays', () => {
    const text = ['龙山县2020年政府信息公开工作年度报告', '发布机构：县政府办公室 时间：2021-01-20', '本报告根据《条例》要求编制。',
      '一、概述', '2020年，全县主动公开政府信息1200条。'].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency ?? null).toBeNull()
    expect(v.region).toBe('龙山县')
  })
})

describe('a superior named short is not the report\'s body named short', () => {
  it('keeps a place\'s title when the text has its government\'s office at work (由县政府办公室负责统筹)', () => {
    const text = ['龙山县2020年政府信息公开工作年度报告', '按照由县政府办公室负责统筹的部署，全县各级行政机关认真贯彻落实《条例》。', '一、概述', '2020年，全县主动公开政府信息1200条。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('龙山县')
  })

})

describe('a page\'s 来源 naming a government (the portal that posted it)', () => {
  it('gives way to the place that is the subject of the report', () => {
    const text = ['2020年政府信息公开工作年度报告', '发布时间：2021-01-20 来源：龙山县人民政府 浏览次数：120', '一、总体情况',
      '2020年，东河乡认真贯彻落实《条例》，全年主动公开政府信息40条。', '2020年，东河乡积极推进政务公开。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('东河乡')
  })

  it('gives way to a central body the report announces', () => {
    const text = ['发布时间：2021-01-20 来源：龙山县人民政府', '根据《条例》规定，现发布《外交部2020年政府信息公开工作年度报告》。', '一、总体情况', '2020年全年主动公开政府信息300条。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('外交部')
  })
})

describe('a government named again only inside a document\'s name', () => {
  it('is not taken as written again (龙山县人民政府 in 《龙山县人民政府办公室关于…》)', () => {
    const text = ['发布时间：2021-01-20 来源：龙山县人民政府', '根据《龙山县人民政府办公室关于做好2020年度报告工作的通知》要求编制本报告。', '一、概述', '2020年全年主动公开政府信息40条。'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).agency ?? null).toBeNull()
    expect(offered(r)).toContain('龙山县人民政府')
  })
})
