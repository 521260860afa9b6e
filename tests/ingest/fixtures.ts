/**
 * Texts for the ingest tests, written for them in the genre of a disclosure annual report (not copied
 * from any real report), in simplified script and, through opencc, in traditional script.
 */
import * as OpenCC from 'opencc-js/cn2t'

export const REPORT_TITLE = '青山县自然资源局2022年政府信息公开工作年度报告'

export const REPORT_LINES = [
  REPORT_TITLE,
  '根据《中华人民共和国政府信息公开条例》要求，现公布本局2022年度政府信息公开工作年度报告。',
  '一、总体情况',
  '2022年，我局坚持以公开为常态、不公开为例外，全年主动公开政府信息356条，受理政府信息公开申请12件。',
  '二、主动公开政府信息情况',
  '本年新制作规范性文件3件，现行有效规范性文件41件。',
  '三、收到和处理政府信息公开申请情况',
  '本年度未发生因政府信息公开引起的行政复议和行政诉讼案件。',
  '青山县自然资源局',
  '2023年1月18日',
]

export const REPORT_TEXT = REPORT_LINES.join('\n')

/** More prose in the same genre, for statistics that need length. */
export const MORE_PROSE = [
  '（一）加强组织领导。成立了由局长任组长、分管副局长任副组长的政务公开工作领导小组，明确办公室具体负责日常工作。',
  '（二）完善制度建设。修订了政府信息公开保密审查制度和依申请公开办理流程，做到程序规范、答复及时。',
  '（三）拓宽公开渠道。通过门户网站、政务微博、微信公众号和公开栏等多种方式及时发布土地征收、规划许可等信息。',
  '（四）存在的问题。部分科室对政务公开重视不够，信息更新不够及时，解读材料形式比较单一，群众参与程度还不高。',
  '下一步，我局将进一步加强业务培训，提升工作人员的能力和水平，不断提高政府信息公开工作的质量和实效。',
].join('')

const toTraditional = (OpenCC as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({
  from: 'cn',
  to: 'tw',
})

export function traditional(s: string): string {
  return toTraditional(s)
}

/** A deterministic pseudo-random byte stream (no Math.random in fixtures). */
export function pseudoRandomBytes(n: number, seed = 12345): Buffer {
  const out = Buffer.alloc(n)
  let x = seed >>> 0
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    out[i] = x & 0xff
  }
  return out
}
