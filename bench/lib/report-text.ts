/**
 * Deterministic generator of disclosure-annual-report texts in the genre (free-form prose before 2019,
 * the standard tables since), with numbers that vary by seed. For benchmarks and import tests: never
 * copied from real reports.
 */
import { makeRng } from '../../scripts/samples/prng'

/** The sample generator's seeded generator, as a plain function of floats in [0, 1). */
export function rng(seed: number): () => number {
  return makeRng(seed).next
}

const PLACES = ['龙山县', '清河市', '南湖区', '东阳市', '白石县', '青松县', '临江市', '西林区', '安平县', '永宁市']
const BODIES = ['人民政府', '城市管理行政执法局', '自然资源局', '教育局', '卫生健康委员会', '住房和城乡建设局', '交通运输局', '市场监督管理局', '财政局', '生态环境局']
const FILLER = [
  '坚持以公开为常态、不公开为例外，围绕中心工作，进一步加大政务公开力度。',
  '严格落实政府信息公开保密审查制度，确保公开信息不涉密、涉密信息不公开。',
  '通过门户网站、政务新媒体、新闻发布会等渠道及时发布政策文件和解读材料。',
  '加强政府信息公开平台建设，优化栏目设置，提升信息检索和查询的便利程度。',
  '围绕重大建设项目、公共资源配置、社会公益事业等重点领域做好信息公开工作。',
  '健全依申请公开工作机制，规范受理、办理、答复等环节，依法保障申请人的合法权益。',
  '组织开展政务公开业务培训，提高工作人员依法公开的意识和能力。',
  '存在的主要问题是信息公开的及时性和解读的针对性仍有不足，下一步将加以改进。',
]

export interface GeneratedReport { name: string; text: string; agency: string; year: number }

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]
}

function int(r: () => number, max: number): number {
  return Math.floor(r() * max)
}

export function generateReport(seed: number, targetChars = 5000): GeneratedReport {
  const r = rng(seed)
  const agency = pick(r, PLACES) + pick(r, BODIES)
  const year = 2012 + int(r, 12)
  const standard = year >= 2019
  const received = int(r, 300)
  const carried = int(r, 10)
  const lines: string[] = [
    `${agency}${year}年政府信息公开工作年度报告`,
    '',
    `本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
  ]
  lines.push(`${year}年，${agency}共主动公开政府信息${100 + int(r, 5000)}条，其中规范性文件${int(r, 40)}件，政策解读${int(r, 80)}篇。`)
  if (standard) {
    lines.push('二、主动公开政府信息情况')
    lines.push('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数')
    lines.push(`规章 | ${int(r, 5)} | ${int(r, 3)} | ${int(r, 30)}`)
    lines.push(`行政规范性文件 | ${int(r, 20)} | ${int(r, 10)} | ${int(r, 200)}`)
    lines.push('三、收到和处理政府信息公开申请情况')
    lines.push(`一、本年新收政府信息公开申请数量 | ${received} | 0 | 0 | 0 | 0 | 0 | ${received}`)
    lines.push(`二、上年结转政府信息公开申请数量 | ${carried} | 0 | 0 | 0 | 0 | 0 | ${carried}`)
  } else {
    lines.push('二、依申请公开政府信息情况')
    lines.push(`全年共收到政府信息公开申请${received}件，上年结转${carried}件，均已按时办结。`)
  }
  lines.push('四、政府信息公开行政复议、行政诉讼情况')
  lines.push(`全年发生政府信息公开行政复议${int(r, 5)}起，行政诉讼${int(r, 3)}起。`)
  lines.push(`五、收费及减免情况：全年收取信息处理费${int(r, 2000)}元。`)
  let n = lines.join('\n').length
  while (n < targetChars) {
    const s = pick(r, FILLER) + `（截至${year}年${1 + int(r, 12)}月，累计${int(r, 10000)}条）`
    lines.push(s)
    n += s.length + 1
  }
  lines.push(`${agency}`, `${year + 1}年1月${1 + int(r, 28)}日`)
  return { name: `${String(seed).padStart(5, '0')}-${agency}-${year}.txt`, text: lines.join('\n') + '\n', agency, year }
}
