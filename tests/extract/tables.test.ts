/**
 * The standard tables, from reader table blocks (DOCX/HTML/PDF) and from text that kept them (tab rows,
 * label + numbers, one cell per line, a run of numbers with no labels), blank kept apart from zero.
 */
import { describe, expect, it } from 'vitest'
import { codes, docOf, extract, txtDoc, valuesOf } from './helpers'

const T3_LABELS_2021: [string, string, string][] = [
  ['一、本年新收政府信息公开申请数量', '', ''],
  ['二、上年结转政府信息公开申请数量', '', ''],
  ['三、本年度办理结果', '（一）予以公开', ''],
  ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''],
  ['', '（三）不予公开', '1.属于国家秘密'],
  ['', '', '2.其他法律行政法规禁止公开'],
  ['', '', '3.危及“三安全一稳定”'],
  ['', '', '4.保护第三方合法权益'],
  ['', '', '5.属于三类内部事务信息'],
  ['', '', '6.属于四类过程性信息'],
  ['', '', '7.属于行政执法案卷'],
  ['', '', '8.属于行政查询事项'],
  ['', '（四）无法提供', '1.本机关不掌握相关政府信息'],
  ['', '', '2.没有现成信息需要另行制作'],
  ['', '', '3.补正后申请内容仍不明确'],
  ['', '（五）不予处理', '1.信访举报投诉类申请'],
  ['', '', '2.重复申请'],
  ['', '', '3.要求提供公开出版物'],
  ['', '', '4.无正当理由大量反复申请'],
  ['', '', '5.要求行政机关确认或重新出具已获取信息'],
  ['', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['', '', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['', '', '3.其他'],
  ['', '（七）总计', ''],
  ['四、结转下年度继续办理', '', ''],
]

// person, business, research, nonprofit, legal, other_org, total — '' is a blank cell
const T3_VALUES: string[][] = [
  ['10', '2', '', '', '', '1', '13'], // new
  ['1', '', '', '', '', '', '1'], // carried
  ['6', '1', '', '', '', '1', '8'], // granted
  ['1', '', '', '', '', '', '1'], // partial
  ...Array.from({ length: 8 }, () => ['', '', '', '', '', '', '']), // denied_*
  ['2', '1', '', '', '', '', '3'], // unable_no_info
  ['', '', '', '', '', '', ''], ['', '', '', '', '', '', ''],
  ...Array.from({ length: 5 }, () => ['', '', '', '', '', '', '']), // unprocessed_*
  ['', '', '', '', '', '', ''], ['', '', '', '', '', '', ''], ['1', '', '', '', '', '', '1'], // other_*
  ['10', '2', '', '', '', '1', '13'], // total
  ['1', '0', '', '', '', '', '1'], // carry_forward
]

const T3_HEADER = [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', ''],
  ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
  ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']]
const T3_TABLE = [...T3_HEADER, ...T3_LABELS_2021.map((l, i) => [...l, ...T3_VALUES[i]])]

const T2_TABLE = [
  ['第二十条第（一）项', '', '', ''], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '0', '0', '3'], ['行政规范性文件', '4', '1', '', ],
  ['第二十条第（五）项', '', '', ''], ['信息内容', '本年处理决定数量', '', ''], ['行政许可', '1206', '', ''],
  ['第二十条第（六）项', '', '', ''], ['信息内容', '本年处理决定数量', '', ''], ['行政处罚', '87', '', ''], ['行政强制', '', '', ''],
  ['第二十条第（八）项', '', '', ''], ['信息内容', '本年收费金额（单位：万元）', '', ''], ['行政事业性收费', '12.35', '', ''],
]

const T4_TABLE = [
  ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
  ['', '', '', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  ['1', '', '', '', '1', '', '1', '', '1', '2', '', '', '', '', ''],
]

function standardDoc(t3 = T3_TABLE, t4 = T4_TABLE) {
  return docOf([
    '青山市交通运输局2021年政府信息公开工作年度报告',
    '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
    '一、总体情况', '2021年，我局全年共主动公开政府信息1520条。',
    '二、主动公开政府信息情况', T2_TABLE,
    '三、收到和处理政府信息公开申请情况', t3,
    '四、政府信息公开行政复议、行政诉讼情况', t4,
    '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。',
    '青山市交通运输局', '2022年1月18日',
  ])
}

describe('tables from reader blocks (2021)', () => {
  const r = extract(standardDoc())
  const v = valuesOf(r)
  it('detects the 2021 format by its labels', () => {
    expect(v.format).toBe('standard-2021')
  })
  it('reads table 二 by its header slots, blank kept blank', () => {
    expect(v['t2.regulations.in_force']).toBe(3)
    expect(v['t2.regulations.issued']).toBe(0)
    expect(v['t2.normative.issued']).toBe(4)
    expect(v['t2.normative.in_force']).toBeUndefined()
    expect(v['t2.licensing.decisions']).toBe(1206)
    expect(v['t2.punishment.decisions']).toBe(87)
    expect(v['t2.coercion.decisions']).toBeUndefined()
    expect(v['t2.fees.amount']).toBe(12.35)
  })
  it('reads table 三 cells; a blank is not emitted, a written 0 is', () => {
    expect(v['t3.new.person']).toBe(10)
    expect(v['t3.new.total']).toBe(13)
    expect(v['t3.new.research']).toBeUndefined()
    expect(v['t3.carry_forward.business']).toBe(0)
    expect(v['t3.unable_no_info.total']).toBe(3)
    expect(v['t3.other_rest.person']).toBe(1)
    expect(v['t3.other.person']).toBe(1) // 2021: the sum of the three （六） rows
  })
  it('reads table 四 and derives the headline counts', () => {
    expect(v['t4.review.upheld']).toBe(1)
    expect(v['t4.direct.total']).toBe(2)
    expect(v['t4.after_review.total']).toBeUndefined()
    expect(v.applications_received).toBe(13)
    expect(v.applications_carried_over).toBe(1)
    expect(v.applications_answered).toBe(13)
    expect(v.admin_reconsiderations).toBe(1)
    expect(v.admin_lawsuits).toBe(2)
    expect(v.proactive_disclosures).toBe(1520)
  })
  it('points each cell at its raw text', () => {
    const doc = standardDoc()
    const f = extract(doc).fields.find((x) => x.field === 't2.licensing.decisions')!
    expect(doc.text.slice(f.span![0], f.span![1])).toBe('1206')
  })
  it('passes its own checks', () => {
    expect(codes(r).filter((c) => c.startsWith('t'))).toEqual([])
  })
})

describe('table checks', () => {
  it('flags a broken balance, a wrong outcome sum and a wrong row total', () => {
    const t3 = T3_TABLE.map((row) => [...row])
    t3[T3_HEADER.length + 0][9] = '14' // new.total: row total wrong, balance broken
    t3[T3_HEADER.length + 2][3] = '7' // granted.person: outcome sum and row total wrong
    const c = codes(extract(standardDoc(t3)))
    expect(c).toContain('t3_balance')
    expect(c).toContain('t3_outcomes')
    expect(c).toContain('t3_row_total')
  })
  it('flags a table 四 block whose parts do not add up', () => {
    const t4 = T4_TABLE.map((r) => [...r])
    t4[3][4] = '2'
    expect(codes(extract(standardDoc(T3_TABLE, t4)))).toContain('t4_block_total')
  })
})

const TXT_2019 = [
  '东湖区民政局2019年政府信息公开工作年度报告',
  '本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。',
  '二、主动公开政府信息情况',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t0',
  '规范性文件\t2\t2\t15',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政许可\t12\t-1\t340',
  '行政事业性收费\t3\t0',
  '三、收到和处理政府信息公开申请情况',
  '\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
  '一、本年新收政府信息公开申请数量\t\t\t5\t1\t\t\t\t\t6',
  '二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t\t\t',
  '三、本年度办理结果\t（一）予以公开\t\t4\t1\t\t\t\t\t5',
  '\t（七）总计\t\t5\t1\t\t\t\t\t6',
  '四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0',
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议\t\t\t\t\t行政诉讼',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  '\t\t\t\t\t\t\t1\t\t1\t\t\t\t\t',
].join('\n')

describe('tables from text', () => {
  it('reads tab rows with blank cells in place (2019 version)', () => {
    const v = valuesOf(extract(txtDoc(TXT_2019)))
    expect(v.format).toBe('standard-2019')
    expect(v['t2v19.normative.total']).toBe(15)
    expect(v['t2v19.licensing.change']).toBe(-1)
    expect(v['t2v19.fees.prev_items']).toBe(3)
    expect(v['t3.new.person']).toBe(5)
    expect(v['t3.new.business']).toBe(1)
    expect(v['t3.new.research']).toBeUndefined()
    expect(v['t3.new.total']).toBe(6)
    expect(v['t3.carried.total']).toBeUndefined()
    expect(v['t3.granted.total']).toBe(5)
    expect(v['t3.carry_forward.total']).toBe(0)
    // the data row of table 四 keeps its leading blanks: the 1s are direct.other and direct.total
    expect(v['t4.direct.other']).toBe(1)
    expect(v['t4.direct.total']).toBe(1)
    expect(v['t4.review.total']).toBeUndefined()
    expect(v.admin_lawsuits).toBe(1)
  })

  it('reads a label followed by its numbers, and one number per line', () => {
    const text = [
      '南山县统计局2021年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
      '一、本年新收政府信息公开申请数量 3 0 0 0 0 1 4',
      '二、上年结转政府信息公开申请数量',
      '0', '0', '0', '0', '0', '0', '0',
      '（七）总计 3 0 0 0 0 1 4',
      '四、结转下年度继续办理 0 0 0 0 0 0 0',
    ].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.format).toBe('standard-2021')
    expect(v['t3.new.other_org']).toBe(1)
    expect(v['t3.new.total']).toBe(4)
    expect(v['t3.carried.total']).toBe(0)
    expect(v['t3.total.total']).toBe(4)
    expect(v.applications_received).toBe(4)
  })

  it('does not place a text row whose blank cells were lost, and says so', () => {
    const text = [
      '南山县统计局2021年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
      '一、本年新收政府信息公开申请数量 3 1 4',
    ].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r)['t3.new.total']).toBeUndefined()
    expect(codes(r)).toContain('table_row_unplaced')
  })

  it('assigns a run of numbers with no labels by position once the version is known', () => {
    const nums: number[] = []
    for (let row = 0; row < 25; row++) for (let col = 0; col < 7; col++) nums.push(row === 0 ? (col === 6 ? 6 : col === 0 ? 6 : 0) : 0)
    const text = ['西河县税务局2022年政府信息公开工作年度报告', '本年制发件数', '三、收到和处理政府信息公开申请情况',
      '自然人 法人或其他组织 总计', nums.join(' ')].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v['t3.new.person']).toBe(6)
    expect(v['t3.new.total']).toBe(6)
    expect(v['t3.carry_forward.total']).toBe(0)
  })

  it('recognises a table lost to a run of pipes, and invents nothing', () => {
    const text = ['|', '|'.repeat(300), '北江市自然资源局2020年政府信息公开工作年度报告 | ' + '|'.repeat(200),
      '一、总体情况 全年共收到政务信息公开申请41件。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况 无', '六、其他需要报告的事项 无'].join('\n')
    const r = extract(txtDoc(text))
    const v = valuesOf(r)
    expect(v.format).toBe('standard-2019')
    expect(v.title).toBe('北江市自然资源局2020年政府信息公开工作年度报告')
    expect(v.applications_received).toBe(41)
    expect(Object.keys(v).filter((k) => /^t[234]/.test(k))).toEqual([])
    expect(codes(r)).toContain('table_lost')
  })
})

describe('table 二 by position', () => {
  it('assigns exactly 10 numbers to the 2021 layout when the labels were lost', () => {
    const text = ['西河县税务局2022年政府信息公开工作年度报告', '二、主动公开政府信息情况', '本年制发件数 本年废止件数 现行有效件数',
      '1 0 5 2 1 9', '12', '3', '4', '0.5', '三、收到和处理政府信息公开申请情况'].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v['t2.regulations.issued']).toBe(1)
    expect(v['t2.normative.in_force']).toBe(9)
    expect(v['t2.licensing.decisions']).toBe(12)
    expect(v['t2.coercion.decisions']).toBe(4)
    expect(v['t2.fees.amount']).toBe(0.5)
  })
})

describe('a ragged table (rows shorter than the grid, padded by the reader)', () => {
  // TXT tab rows pasted into a DOCX/HTML table as they are: the one-label rows are a cell short of the
  // two-label rows, so the reader pads them with a blank slot after the total
  const rows = [
    ['自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
    ['一、本年新收政府信息公开申请数量', '9', '2', '', '', '', '', '11'],
    ['二、上年结转政府信息公开申请数量', '1', '', '', '', '', '', '1'],
    ['三、本年度办理结果', '（一）予以公开', '5', '1', '', '', '', '', '6'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', '', '', '', '', '', ''],
    ['（七）总计', '9', '2', '', '', '', '', '11'],
    ['四、结转下年度继续办理', '1', '', '', '', '', '', '1'],
  ]
  const doc = docOf(['南湖街道2021年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', rows, '四、政府信息公开行政复议、行政诉讼情况'])
  const v = valuesOf(extract(doc))
  it('reads the window whose total adds up, not the padded right end', () => {
    expect(v['t3.new.person']).toBe(9)
    expect(v['t3.new.business']).toBe(2)
    expect(v['t3.new.total']).toBe(11)
    expect(v['t3.carried.total']).toBe(1)
    expect(v['t3.granted.total']).toBe(6)
    expect(v['t3.total.total']).toBe(11)
  })
  it('keeps reading a full-width row from its right end', () => {
    expect(v['t3.granted.person']).toBe(5)
  })
})

describe('a table 四 whose data row was left blank', () => {
  it('reads the blank row the reader keeps as zero counts of cases, as the text reader does', () => {
    const t4 = [...T4_TABLE.slice(0, 3), Array.from({ length: 15 }, () => '')]
    const v = valuesOf(extract(standardDoc(T3_TABLE, t4)))
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
})

describe('value cells glued by a PDF row rebuild', () => {
  // two narrow cells closer than a cell gap come out as one cell: `— 2`, `0 4`
  const rows = [
    ['', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['一、本年新收政府信息公开申请数量', '2', '—', '—', '—', '—', '— 2'],
    ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0 0', '1'],
    ['三、本年度办理结果 （一）予以公开', '1', '—', '—', '—', '—', '— 1'],
  ]
  const v = valuesOf(extract(docOf(['东湖镇2021年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', rows, '四、政府信息公开行政复议、行政诉讼情况'], 'pdf')))
  it('splits them into their cells instead of reading `0 4` as 4 or losing the row', () => {
    expect(v['t3.new.total']).toBe(2)
    expect(v['t3.new.person']).toBe(2)
    expect(v['t3.new.other_org']).toBeUndefined()
    expect(v['t3.carried.legal']).toBe(0)
    expect(v['t3.carried.other_org']).toBe(0)
    expect(v['t3.carried.total']).toBe(1)
    expect(v['t3.granted.total']).toBe(1)
  })
})

describe('table labels in look-alike characters', () => {
  it('reads cells written with Kangxi radicals (a PDF font\'s ⾏ for 行) as their plain labels', () => {
    const t2 = T2_TABLE.map((row) => row.map((c) => c.replace(/行/g, '⾏')))
    const v = valuesOf(extract(docOf(['青山市交通运输局2021年政府信息公开工作年度报告', '二、主动公开政府信息情况', t2, '三、收到和处理政府信息公开申请情况', T3_TABLE])))
    expect(v['t2.licensing.decisions']).toBe(1206)
    expect(v['t2.normative.issued']).toBe(4)
  })
})

describe('a label wrapped around its numbers (real PDF, issue 12)', () => {
  it('the numbers take the label above them and its continuation below', () => {
    const at = 3 + 3 // header rows, then new, carried, granted: the partial row
    const partial = T3_TABLE[at]
    const wrapped = [
      ['', '（二）部分公开（区分处理的，只计这一情形，不', '', '', '', '', '', '', '', ''],
      ['', '', '', ...partial.slice(3)],
      ['', '计其他情形）', '', '', '', '', '', '', '', ''],
    ]
    const t3 = [...T3_TABLE.slice(0, at), ...wrapped, ...T3_TABLE.slice(at + 1)]
    const v = valuesOf(extract(standardDoc(t3)))
    expect(v['t3.partial.person']).toBe(1)
    expect(v['t3.partial.total']).toBe(1)
    expect(v['t3.granted.total']).toBe(8)
    expect(v['t3.denied_secret.person']).toBeUndefined()
  })
})
