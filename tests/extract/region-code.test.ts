/** region_code and admin_level on the real divisions data (resources/divisions), through the whole extractor. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/shared/document'
import data from '../../resources/divisions/divisions.json' with { type: 'json' }
import { aliasesOf, ancestorsOf, divisionByCode, divisionsByName, provinceShortName } from '../../src/main/extract/divisions'
import { extract, txtDoc, valuesOf } from './helpers'

const BODY = '一、概述\n本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息120条。'

/** A report with the given title and opening lines, signed by `signer` when given. */
function report(title: string, opening: string[] = [], signer?: string): ExtractionResult {
  const lines = [title, ...opening, BODY, '二、依申请公开情况', '本年度未收到政府信息公开申请。']
  if (signer) lines.push(signer, '2021年1月20日')
  return extract(txtDoc(lines.join('\n')))
}

const field = (r: ExtractionResult, id: string) => r.fields.find((f) => f.field === id)

describe('the divisions data', () => {
  it('holds real codes at the three levels, parents from the code', () => {
    const jixi = divisionsByName('绩溪县')
    expect(jixi.map((d) => d.code)).toEqual(['341824'])
    expect(jixi[0].parent?.name).toBe('宣城市')
    expect(jixi[0].parent?.parent?.name).toBe('安徽省')
    expect(divisionByCode('341800')?.name).toBe('宣城市')
    expect(divisionByCode('340000')?.level).toBe('province')
    expect(divisionsByName('义乌市')[0].level).toBe('county')
    expect(divisionsByName('金华市')[0].level).toBe('prefecture')
    expect(divisionsByName('金华市')[0].gbCode).toBe('330700')
  })

  it('leaves out NBS statistical-only units and placeholders', () => {
    expect(divisionsByName('合肥高新技术产业开发区')).toEqual([])
    expect(divisionsByName('市辖区')).toEqual([])
    // 东莞市 is a prefecture with no counties, not also a county
    expect(divisionsByName('东莞市').map((d) => [d.gbCode, d.level, d.childless])).toEqual([['441900', 'prefecture', true]])
  })

  it('knows the short forms of autonomous units and provinces', () => {
    expect(aliasesOf('湘西土家族苗族自治州')).toEqual(['湘西州', '湘西自治州'])
    expect(aliasesOf('长阳土家族自治县')).toContain('长阳县')
    expect(divisionsByName('长阳县').map((d) => d.code)).toEqual(['420528'])
    expect(provinceShortName('广西壮族自治区')).toBe('广西')
    expect(provinceShortName('北京市')).toBe('北京')
  })
})

describe('region_code and admin_level', () => {
  it('a county: 绩溪县 → 341824, span on the region in the raw text', () => {
    const text = ['績溪縣城鄉規劃局2017年度政府信息公開工作報告', BODY].join('\n')
    const r = extract(txtDoc(text))
    const v = valuesOf(r)
    expect(v.region_code).toBe('341824')
    expect(v.admin_level).toBe('county')
    const span = field(r, 'region_code')!.span!
    expect(text.slice(span[0], span[1])).toBe('績溪縣')
    expect(field(r, 'admin_level')!.span).toEqual(span)
  })

  it('a county-level city and a prefecture-level city', () => {
    const yiwu = valuesOf(report('义乌市财政局2020年政府信息公开工作年度报告'))
    expect([yiwu.region_code, yiwu.admin_level]).toEqual(['330782', 'county'])
    const jinhua = valuesOf(report('金华市财政局2020年政府信息公开工作年度报告'))
    expect([jinhua.region_code, jinhua.admin_level]).toEqual(['330700', 'prefecture'])
  })

  it('a chain of places with an autonomous prefecture written short', () => {
    const v = valuesOf(report('湖南省湘西州龙山县城市管理局2020年政府信息公开工作年度报告'))
    expect([v.region_code, v.admin_level]).toEqual(['433130', 'county'])
  })

  it('a township: the county code, level township', () => {
    const r = report('歙县深渡镇人民政府2020年政府信息公开工作年度报告')
    expect(valuesOf(r).admin_level).toBe('township')
    expect(valuesOf(r).region_code).toBe('341021')
    expect(field(r, 'region_code')!.rule).toBe('region_code.township-county')
  })

  it('a township whose county is not named: the level, no code', () => {
    const v = valuesOf(report('深渡镇人民政府2020年政府信息公开工作年度报告'))
    expect(v.admin_level).toBe('township')
    expect(v.region_code).toBeUndefined()
  })

  it('a province department, a municipality and its district', () => {
    const anhui = valuesOf(report('安徽省财政厅2020年政府信息公开工作年度报告'))
    expect([anhui.region_code, anhui.admin_level]).toEqual(['340000', 'province'])
    const beijing = valuesOf(report('北京市财政局2020年政府信息公开工作年度报告'))
    expect([beijing.region_code, beijing.admin_level]).toEqual(['110000', 'province'])
    const chaoyang = valuesOf(report('北京市朝阳区人民政府2020年政府信息公开工作年度报告'))
    expect([chaoyang.region_code, chaoyang.admin_level]).toEqual(['110105', 'county'])
  })

  it('a central ministry: level central, no code', () => {
    const forestry = report('2015年度国家林业局政府信息公开工作年度报告', [], '国家林业局')
    expect(valuesOf(forestry).admin_level).toBe('central')
    expect(valuesOf(forestry).region_code).toBeUndefined()
    expect(field(forestry, 'admin_level')!.rule).toBe('admin_level.central-name')
    const finance = report('财政部2020年政府信息公开工作年度报告')
    expect(valuesOf(finance).admin_level).toBe('central')
  })

  it('a local office of a national body is not central', () => {
    const v = valuesOf(report('2020年政府信息公开工作年度报告', [], '国家税务总局上海市税务局'))
    expect(v.agency).toBe('国家税务总局上海市税务局')
    // its place is the province after the national name (issue 12): a provincial office
    expect(v.region).toBe('上海市')
    expect(v.admin_level).toBe('province')
  })

  it('a district name several provinces share, without context: left empty', () => {
    const v = valuesOf(report('城关区人民政府2020年政府信息公开工作年度报告'))
    expect(v.region).toBe('城关区')
    expect(v.region_code).toBeUndefined()
    expect(v.admin_level).toBeUndefined()
  })

  it('a shared name whose city is named only further down the body or in the signature: that city\'s unit (issue 12)', () => {
    const filler = Array.from({ length: 15 }, () => '我区认真贯彻落实《条例》，不断提升公开质量。')
    const beijing = report('朝阳区人民政府2020年政府信息公开工作年度报告', [...filler, '在北京市委、市政府的正确领导下，我区政务公开工作取得新进展。'])
    expect(valuesOf(beijing).region_code).toBe('110105')
    const changchun = report('朝阳区人民政府2020年政府信息公开工作年度报告', [...filler, '在长春市委、市政府的正确领导下，我区政务公开工作取得新进展。'])
    expect(valuesOf(changchun).region_code).toBe('220104')
    // both named: no code
    const both = report('朝阳区人民政府2020年政府信息公开工作年度报告', [...filler, '在北京市委领导下。长春市有关部门来我区调研。'])
    expect(valuesOf(both).region_code).toBeUndefined()
  })

  it('the same with a province named at the head: that province\'s unit, lower confidence', () => {
    const gansu = report('城关区人民政府2020年政府信息公开工作年度报告', ['根据《甘肃省政府信息公开规定》，现将本年度报告公布如下。'])
    expect(valuesOf(gansu).region_code).toBe('620102')
    expect(field(gansu, 'region_code')!.confidence).toBeLessThan(field(report('义乌市财政局2020年政府信息公开工作年度报告'), 'region_code')!.confidence)
    const tibet = report('城关区人民政府2020年政府信息公开工作年度报告', ['根据西藏自治区有关规定，现将本年度报告公布如下。'])
    expect(valuesOf(tibet).region_code).toBe('540102')
    const both = report('城关区人民政府2020年政府信息公开工作年度报告', ['甘肃省、西藏自治区的经验交流。'])
    expect(valuesOf(both).region_code).toBeUndefined()
  })

  it('通州区 in Beijing or in Nantong, told by the prefecture in the title', () => {
    expect(valuesOf(report('通州区财政局2020年政府信息公开工作年度报告')).region_code).toBeUndefined()
    const nantong = valuesOf(report('通州区财政局2020年政府信息公开工作年度报告', ['南通市通州区财政局']))
    expect(nantong.region_code).toBe('320612')
  })

  it('a chain the data contradicts, or a unit it does not know: no code', () => {
    // 绩溪县 belongs to 宣城市, not 黄山市
    const wrong = valuesOf(report('黄山市绩溪县财政局2020年政府信息公开工作年度报告'))
    expect(wrong.region_code).toBeUndefined()
    expect(wrong.admin_level).toBe('county')
    const zone = valuesOf(report('合肥市经济技术开发区管理委员会2020年政府信息公开工作年度报告'))
    expect(zone.region_code).toBeUndefined()
    expect(zone.admin_level).toBeUndefined()
  })

  it('a name with 城市 in it is read whole (山西省晋城市…, not 山西省)', () => {
    const text = ['山西省晋城市财政局2020年政府信息公开工作年度报告', BODY].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).region_code).toBe('140500')
    expect(valuesOf(r).admin_level).toBe('prefecture')
    expect(valuesOf(r).region).toBe('山西省晋城市')
    expect(field(r, 'region_code')!.rule).toBe('region_code.divisions')
    const span = field(r, 'region_code')!.span!
    expect(text.slice(span[0], span[1])).toBe('山西省晋城市')
  })

  it('never gives a wrong code or level for any unit of the data, named alone or with its parents', () => {
    let coded = 0
    let chains = 0
    for (const [code, name] of Object.entries(data as Record<string, string>)) {
      const d = divisionByCode(code)!
      const chain = ancestorsOf(d).reverse().map((a) => a.name).join('') + name
      for (const written of [name, chain]) {
        const v = valuesOf(extract(txtDoc(`${written}财政局2020年政府信息公开工作年度报告\n${BODY}`)))
        if (v.region_code !== undefined) expect(v.region_code, written).toBe(d.gbCode)
        if (v.admin_level !== undefined) expect(v.admin_level, written).toBe(d.level)
        if (written === chain) { chains++; if (v.region_code !== undefined) coded++ }
      }
    }
    // most full chains are read (the rest: names the region rule cuts short, such as 贵州省 → 贵州)
    expect(coded / chains).toBeGreaterThan(0.9)
  })

  it('东区街道办事处: the township\'s own name is not its county', () => {
    const v = valuesOf(report('东区街道办事处2020年政府信息公开工作年度报告'))
    expect(v.admin_level).toBe('township')
    expect(v.region_code).toBeUndefined()
  })
})

// The development corpus (absent on a machine without ../shared): every gold region the data knows by a
// single name gets that unit's code, and nothing is given where the gold has no region but a place.
const SEEDS = '/work/shared/corpus/seeds'
describe.skipIf(!existsSync(SEEDS))('on the development corpus', () => {
  it('agrees with the gold regions', () => {
    const golds = readdirSync(SEEDS).filter((f) => f.endsWith('.gold.json'))
    expect(golds.length).toBeGreaterThan(0)
    for (const g of golds) {
      const gold = JSON.parse(readFileSync(join(SEEDS, g), 'utf8')) as { region: string | null }
      const r = extract(txtDoc(readFileSync(join(SEEDS, g.replace('.gold.json', '.txt')), 'utf8')))
      const v = valuesOf(r)
      const known = gold.region ? divisionsByName(gold.region) : []
      if (known.length === 1) {
        expect(v.region_code, g).toBe(known[0].gbCode)
        expect(v.admin_level, g).toBe(known[0].level)
      } else if (!gold.region) {
        expect(v.region_code, g).toBeUndefined()
      }
    }
  })
})
