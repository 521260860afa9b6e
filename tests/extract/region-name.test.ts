/** The region rule (region-name.ts) on real place names: a table of agency names, and every unit of the divisions data. */
import { describe, expect, it } from 'vitest'
import data from '../../resources/divisions/divisions.json' with { type: 'json' }
import type { ExtractionResult } from '../../src/shared/document'
import { aliasesOf, ancestorsOf, divisionByCode } from '../../src/main/extract/divisions'
import { leadingPlaces, placeChain, regionOf } from '../../src/main/extract/region-name'
import { extract, txtDoc, valuesOf } from './helpers'

const BODY = '一、概述\n本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息120条。'

function report(title: string, signer?: string): ExtractionResult {
  const lines = [title, BODY, '二、依申请公开情况', '本年度未收到政府信息公开申请。']
  if (signer) lines.push(signer, '2021年1月20日')
  return extract(txtDoc(lines.join('\n')))
}

const field = (r: ExtractionResult, id: string) => r.fields.find((f) => f.field === id)

/** agency name → the region as written (null: no place at its head) */
const TABLE: [string, string | null][] = [
  // names the unit-suffix rule alone cut or missed
  ['山西省晋城市财政局', '山西省晋城市'],
  ['盐城市生态环境局', '盐城市'],
  ['宣城市教育局', '宣城市'],
  ['成都市人民政府办公厅', '成都市'],
  ['昌都市财政局', '昌都市'],
  ['白城市住房和城乡建设局', '白城市'],
  ['和田地区行政公署', '和田地区'],
  ['天津市和平区人民政府', '天津市和平区'],
  ['和平区人民政府', '和平区'],
  ['共和县教育局', '共和县'],
  ['呼和浩特市交通运输局', '呼和浩特市'],
  ['峰峰矿区财政局', '峰峰矿区'],
  ['阳泉市矿区人民政府', '阳泉市矿区'],
  ['贵州省财政厅', '贵州省'],
  ['贵州省黔东南州凯里市教育局', '贵州省黔东南州凯里市'],
  // ordinary ones
  ['绩溪县自然资源局', '绩溪县'],
  ['歙县教育局', '歙县'],
  ['常州市天宁区财政局', '常州市天宁区'],
  ['常州市自然资源和规划局', '常州市'],
  ['浙江省交通运输厅', '浙江省'],
  ['湘西土家族苗族自治州民族宗教事务委员会', '湘西土家族苗族自治州'],
  ['湘西州龙山县城市管理局', '湘西州龙山县'],
  ['湖南省湘西州龙山县城市管理局', '湖南省湘西州龙山县'],
  ['通道侗族自治县卫生健康局', '通道侗族自治县'],
  ['景德镇市文化广电旅游局', '景德镇市'],
  ['祁门县市场监督管理局', '祁门县'],
  ['北京市市场监督管理局', '北京市'],
  ['靖宇县住房和城乡建设局', '靖宇县'],
  ['龙山县城市管理行政执法局', '龙山县'],
  ['湖北省仙桃市财政局', '湖北省仙桃市'],
  // townships: written with their county when the name has it
  ['歙县深渡镇人民政府', '歙县深渡镇'],
  ['婺源县江湾镇人民政府', '婺源县江湾镇'],
  ['东莞市虎门镇人民政府', '东莞市虎门镇'],
  ['北京市朝阳区建外街道办事处', '北京市朝阳区建外街道'],
  ['南京市鼓楼区和平街道办事处', '南京市鼓楼区和平街道'],
  ['建外街道办事处', '建外街道'],
  // a district's name used as a township's own name: the township, not the district
  ['东区街道办事处', '东区街道'],
  // a township whose own name holds a unit character: the township whole, not the place inside it
  ['新市镇人民政府', '新市镇'],
  ['德清县新市镇人民政府', '德清县新市镇'],
  ['石市乡', '石市乡'],
  ['新市街道办事处', '新市街道'],
  // places the data does not know: the unit-suffix rule, never cut short
  ['襄樊市财政局', '襄樊市'],
  ['合肥市经济技术开发区管理委员会', '合肥市经济技术开发区'],
  ['珠海市横琴新区管理委员会', '珠海市横琴新区'],
  ['某某县某某镇人民政府', '某某县某某镇'],
  ['某州省财政厅', '某州省'],
  // as written, though the data puts 绩溪县 under 宣城市 (region_code then gives no code)
  ['黄山市绩溪县财政局', '黄山市绩溪县'],
  // no place at the head
  ['国家林业局', null],
  // a national body's local office belongs to the place after the national name (issue 12)
  ['国家税务总局上海市税务局', '上海市'],
  ['国家税务总局青山县税务局', '青山县'],
  // (a survey team by its place's bare name: that place as written; the strictly labelled wild-final w030 has 国家统计局
  // 重庆调查总队 → 重庆)
  ['国家统计局龙山调查队', '龙山'],
  ['财政部', null],
  ['县规划局', null],
  ['乡村振兴局', null],
]

describe('regionOf', () => {
  it.each(TABLE)('%s → %s', (agency, region) => {
    expect(regionOf(agency)).toBe(region)
  })

  it('reads each place of a chain separately', () => {
    expect(placeChain('湖南省湘西州龙山县城市管理局')).toEqual(['湖南省', '湘西州', '龙山县'])
    expect(placeChain('歙县深渡镇人民政府')).toEqual(['歙县', '深渡镇'])
  })

  it('the unit-suffix fallback does not stop inside a name', () => {
    expect(leadingPlaces('某州省财政厅')).toEqual(['某州省'])
    expect(leadingPlaces('某某县和平镇人民政府')).toEqual(['某某县', '和平镇'])
    // …nor take a word for a place
    expect(leadingPlaces('住房和城乡建设局')).toEqual([])
    expect(leadingPlaces('矿区管理局')).toEqual([])
    expect(leadingPlaces('湖北省省直机关事务管理局')).toEqual(['湖北省'])
  })

  it('every unit of the divisions data, by its name, its short forms and its chain of parents', () => {
    let n = 0
    for (const [code, name] of Object.entries(data as Record<string, string>)) {
      const chain = ancestorsOf(divisionByCode(code)!).reverse().map((a) => a.name).join('') + name
      for (const written of [name, chain, ...aliasesOf(name)]) {
        expect(regionOf(`${written}人民政府办公室`), written).toBe(written)
        n++
      }
    }
    expect(n).toBeGreaterThan(6000)
  })
})

describe('the region field', () => {
  it('every unit of the data, through the whole extractor: the region is the name as written', () => {
    for (const [code, name] of Object.entries(data as Record<string, string>)) {
      const chain = ancestorsOf(divisionByCode(code)!).reverse().map((a) => a.name).join('') + name
      for (const written of [name, chain]) {
        const v = valuesOf(report(`${written}人民政府办公室2020年政府信息公开工作年度报告`))
        expect(v.region, written).toBe(written)
        expect(v.agency, written).toBe(`${written}人民政府办公室`)
      }
    }
  })

  it('a national body has no region', () => {
    const v = valuesOf(report('2015年度国家林业局政府信息公开工作年度报告', '国家林业局'))
    expect(v.agency).toBe('国家林业局')
    expect(v.region).toBeUndefined()
  })

  it('span on the region in the raw text, traditional script kept', () => {
    const text = ['山西省晉城市財政局2020年政府信息公開工作年度報告', BODY].join('\n')
    const r = extract(txtDoc(text))
    const region = field(r, 'region')!
    expect(region.value).toBe('山西省晋城市')
    expect(region.rule).toBe('region.agency-prefix')
    expect(text.slice(region.span![0], region.span![1])).toBe('山西省晉城市')
  })

  it('a township signing without its county takes the title\'s name, with the county', () => {
    const v = valuesOf(report('歙县深渡镇人民政府2020年政府信息公开工作年度报告', '深渡镇人民政府'))
    expect(v.agency).toBe('歙县深渡镇人民政府')
    expect(v.region).toBe('歙县深渡镇')
    expect(v.admin_level).toBe('township')
    expect(v.region_code).toBe('341021')
  })

  it('an agency found without its place: the place the title opens with', () => {
    const r = report('绩溪县2020年政府信息公开工作年度报告', '县规划局')
    expect(valuesOf(r).agency).toBe('县规划局')
    expect(valuesOf(r).region).toBe('绩溪县')
    expect(field(r, 'region')!.rule).toBe('region.title-prefix')
    expect(field(r, 'region')!.confidence).toBeLessThan(0.8)
  })

  it('a name with 和 or 城市 in it gets its code from the whole name', () => {
    const hetian = valuesOf(report('和田地区行政公署2020年政府信息公开工作年度报告'))
    expect([hetian.region, hetian.region_code, hetian.admin_level]).toEqual(['和田地区', '653200', 'prefecture'])
    const yancheng = valuesOf(report('盐城市生态环境局2020年政府信息公开工作年度报告'))
    expect([yancheng.region, yancheng.region_code]).toEqual(['盐城市', '320900'])
    const guizhou = valuesOf(report('贵州省财政厅2020年政府信息公开工作年度报告'))
    expect([guizhou.region, guizhou.region_code, guizhou.admin_level]).toEqual(['贵州省', '520000', 'province'])
  })
})
