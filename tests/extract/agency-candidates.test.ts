/**
 * Agency suggestions from the organ names written in the text (issue 11, review-effort bench finding 1):
 * title, signature and body mentions are offered best first, with their raw spans; the kept value is not
 * changed and not repeated; the region of each name is offered for 地区, the kept agency's first.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/main/extract/index'
import { cleanText } from '../../src/main/text/index'
import { txtDoc } from './helpers'
import { makeCtx } from '../../src/main/extract/context'
import { organNamesInText, withAgencyCandidates } from '../../src/main/extract/agency-candidates'

const run = (text: string) => extractReport(txtDoc(text), cleanText(text))

describe('agency candidates named in the text', () => {
  // the title names no body; the body and the signature do
  const TEXT = [
    '2019年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》要求，现公布本年度报告。',
    '全年龙山县财政局和龙山县教育局共主动公开信息120条。龙山县财政局另发布通知3件。',
    '',
    '湖南省龙山县人民政府办公室',
    '2020年1月15日',
  ].join('\n')

  it('offers the names written in the text, signature before body, each with its span', () => {
    const r = run(TEXT)
    const kept = r.fields.find((f) => f.field === 'agency')?.value ?? null
    const agency = r.candidates!.filter((c) => c.field === 'agency')
    const values = agency.map((c) => c.value)
    expect(values).toContain('龙山县财政局')
    expect(values).toContain('龙山县教育局')
    if (kept !== '湖南省龙山县人民政府办公室') expect(values[0]).toBe('湖南省龙山县人民政府办公室')
    expect(values).not.toContain(kept)
    expect(values.indexOf('龙山县财政局')).toBeLessThan(values.indexOf('龙山县教育局')) // mentioned twice
    for (const c of agency) expect(TEXT.slice(...c.span!)).toBe(c.value)
    expect(new Set(values).size).toBe(values.length)
  })

  it('does not change the value the extractor keeps', () => {
    const r = run(TEXT)
    const again = extractReport(txtDoc(TEXT), cleanText(TEXT))
    expect(r.fields).toEqual(again.fields)
  })

  it('offers no run of words that only looks like a place (根据湖南省…)', () => {
    const r = run('根据湖南省人民政府要求，发布本报告。')
    const agency = r.candidates!.filter((c) => c.field === 'agency').map((c) => c.value)
    expect(agency).not.toContain('根据湖南省人民政府')
    expect(agency).toContain('湖南省人民政府')
  })

  it('offers for 地区 the region of each agency name, in the same order, never the kept region', () => {
    const t = '湖南省龙山县教育局2019年政府信息公开工作年度报告\n本年度龙山县财政局配合完成有关工作。\n湘西土家族苗族自治州永顺县人民政府\n2020年1月15日'
    const r = run(t)
    expect(r.fields.find((f) => f.field === 'region')?.value).toBe('湘西土家族苗族自治州永顺县')
    const region = r.candidates!.filter((c) => c.field === 'region').map((c) => c.value)
    expect(region).toEqual(['湖南省龙山县', '龙山县'])
  })

  it('offers a township alone and with its organ word, and a place named alone in the title', () => {
    const t = '四川省2019年政府信息公开工作年度报告\n如对本报告有任何疑问，请与金坑乡人民政府党建办联系（地址：金坑乡金坑街90号）。'
    const agency = organNamesInText(makeCtx(txtDoc(t), cleanText(t))).map((f) => f.value)
    expect(agency).toEqual(expect.arrayContaining(['四川省', '金坑乡人民政府', '金坑乡']))
    expect(agency).not.toContain('与金坑乡')
  })

  it('puts the region the kept agency names first for 地区 when the kept region differs', () => {
    const t = '本年度龙山县财政局配合完成有关工作。'
    const ctx = makeCtx(txtDoc(t), cleanText(t))
    const fields = [
      { field: 'agency', value: '湖南省龙山县教育局', span: null, confidence: 0.9, rule: 'r' },
      { field: 'region', value: '北京市', span: null, confidence: 0.5, rule: 'r' },
    ]
    const region = withAgencyCandidates(ctx, fields, []).filter((c) => c.field === 'region')
    expect(region.map((c) => c.value)).toEqual(['湖南省龙山县', '龙山县'])
    expect(region[0].rule).toBe('region.of-agency')
  })
})

describe('agency candidates, cleaned of what real pages put before a name (session 13)', () => {
  const namesOf = (text: string) => organNamesInText(makeCtx(txtDoc(text), cleanText(text))).map((f) => f.value)

  it('a date\'s or a number\'s last character, or a linking verb, opening the run is no part of the name', () => {
    const names = namesOf(['2009年市环保局政府信息公开工作年度报告', '如有疑问，请与青山县海关总署联系。地址：青山路2号香河街道办事处三楼。'].join('\n'))
    expect(names).not.toContain('年市环保局')
    expect(names).not.toContain('号香河街道办事处')
    expect(names).toContain('香河街道办事处')
  })

  it('the issuer of a notice the report cites (《…办公室关于…》) comes after the bodies the text names', () => {
    const names = namesOf(['根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求，编制本报告。', '如对本报告有疑问，请与青山县民政局联系。'].join('\n'))
    expect(names[0]).toBe('青山县民政局')
    expect(names).toContain('国务院办公厅政府信息与政务公开办公室')
  })

  it('a unit\'s character opening a common word names no township (及时公布乡镇…, 突出乡村振兴)', () => {
    const names = namesOf(['一、总体情况', '我镇及时公布乡镇财政信息，突出乡村振兴重点，梳理乡镇权责清单。'].join('\n'))
    expect(names.some((n) => /^(?:时公布|突出|梳理)乡$/.test(n))).toBe(false)
  })
})
