/**
 * Requests and disclosure cases in the shapes of the second wild harvest (issue 12): the request said as
 * 公开政府信息申请 or 申请政府信息公开事项, none said as 依申请办理事项为零, cases a reply led to under the
 * requests' label, and one zero for both 复议 and 诉讼. Texts written for the tests.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc } from './helpers'

const fields = (...lines: string[]): Record<string, unknown> =>
  Object.fromEntries(extract(txtDoc(lines.join('\n'))).fields.map((f) => [f.field, f.value]))

describe('requests received', () => {
  it('公开政府信息申请 (公开 before the information)', () => {
    expect(fields('一、总体情况', '（二）依申请公开。2024年，我办共收到公开政府信息申请3件，已全部答复。').applications_received).toBe(3)
  })
  it('申请政府信息公开事项 is the request, not a licensing matter', () => {
    expect(fields('（二）依申请公开', '收到申请政府信息公开事项7件，已进行行政答复。').applications_received).toBe(7)
    expect(fields('（二）依申请公开', '收到申请行政许可事项7件。').applications_received).toBeUndefined()
  })
  it('N个申请公开信息事项 is the requests, N个行政许可事项 is not', () => {
    expect(fields('三、依申请公开政府信息情况', '本年度我局受理 2 个申请公开信息事项,均严格依照条例进行处理。').applications_received).toBe(2)
    expect(fields('三、依申请公开政府信息情况', '本年度我局受理2个行政许可事项。').applications_received).toBeUndefined()
  })
  it('依申请办理事项为零 after 信息公开 is none received', () => {
    expect(fields('二、政府依申请公开政府信息和不予公开信息情况', '2012年，全镇政府信息公开依申请办理事项为零。').applications_received).toBe(0)
  })
})

describe('disclosure cases', () => {
  it('none a reply led to, under the requests\' label at the line\'s head', () => {
    const f = fields('一、总体情况', '（二）依申请公开。2024年，我办共收到公开政府信息申请3件，已全部答复。未出现因答复不当引起的行政复议、行政诉讼等情况。')
    expect(f.admin_reconsiderations).toBe(0)
    expect(f.admin_lawsuits).toBe(0)
  })
  it('…or under the requests\' label on the line above', () => {
    const f = fields('一、总体情况', '（二）依申请公开', '2022年，我局共收到公开政府信息申请4件，均已按期答复。未出现因答复不当引起的行政复议、行政诉讼等情况。')
    expect(f.admin_reconsiderations).toBe(0)
    expect(f.admin_lawsuits).toBe(0)
    // not under another label (a body's own review work is not about its disclosure)
    expect(fields('一、总体情况', '（三）法治建设', '2022年，我局未出现因答复不当引起的行政复议、行政诉讼等情况。').admin_reconsiderations).toBeUndefined()
  })
  it('one zero for both (复议、提起行政诉讼的案件0件)', () => {
    const f = fields('五、因政府信息公开申请行政复议和提起行政诉讼的情况', '全年发生因政府信息公开而被申请行政复议、提起行政诉讼的案件0件。')
    expect(f.admin_reconsiderations).toBe(0)
    expect(f.admin_lawsuits).toBe(0)
    // a count above zero for both together is their sum, not each one's
    const g = fields('五、因政府信息公开申请行政复议和提起行政诉讼的情况', '全年发生因政府信息公开而被申请行政复议、提起行政诉讼的案件2件。')
    expect(g.admin_reconsiderations).toBeUndefined()
  })
})

describe('requests with the way they came in', () => {
  it('书面 before the request (收到2份书面政府信息公开申请)', () => {
    expect(fields('三、依申请公开政府信息情况', '2012年共收到3份书面政府信息公开申请，均依法回复。').applications_received).toBe(3)
  })
  it('the requests\' system received them (依申请公开系统共收到1宗)', () => {
    expect(fields('三、依申请公开政府信息和不予公开政府信息情况', '2016年，政府信息依申请公开系统共收到2宗信息。').applications_received).toBe(2)
  })
})

describe('none handled as the review body', () => {
  it('无办理行政复议案件 says nothing of the body\'s own disclosure cases', () => {
    expect(fields('五、申请行政复议和提起行政诉讼情况', '本年度我局无办理行政复议案件。').admin_reconsiderations).toBeUndefined()
    // a court's hearing named in between is still none of the body's cases
    expect(fields('四、政府信息公开行政复议、行政诉讼情况', '2020年，无人民法院受理并开庭审理涉及我委政府信息公开行为的行政诉讼案件。').admin_lawsuits).toBe(0)
  })
})
