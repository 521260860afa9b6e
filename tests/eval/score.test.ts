import { describe, expect, it } from 'vitest'
import { normalizeText, scoreDocument, scoreLine, tallyByField } from '../../src/main/eval/score'

describe('scoreDocument', () => {
  it('scores right, wrong, missed and invented, ignoring notes', () => {
    const gold = { title: '县规划局2017年度报告', agency: null, report_year: 2017, applications_received: 0, admin_lawsuits: 3, publish_date: '2018-02-07', notes: 'x' }
    const got = { title: '縣規劃局 2017 年度報告', agency: '某局', report_year: 2017, admin_lawsuits: 4, publish_date: '2018-02-07' }
    const s = scoreDocument(gold, got)
    const by = Object.fromEntries(s.fields.map((f) => [f.field, f.outcome]))
    expect(by).toEqual({ title: 'right', agency: 'invented', report_year: 'right', applications_received: 'missed', admin_lawsuits: 'wrong', publish_date: 'right' })
    expect([s.right, s.wrong, s.missed, s.invented, s.total]).toEqual([3, 1, 1, 1, 6])
  })
  it('gold null is right only when the tool leaves the field empty', () => {
    expect(scoreDocument({ signed_date: null }, {}).right).toBe(1)
    expect(scoreDocument({ signed_date: null }, { signed_date: '' }).right).toBe(1)
    expect(scoreDocument({ signed_date: null }, { signed_date: '2018-01-01' }).invented).toBe(1)
  })
  it('compares numbers and dates exactly', () => {
    expect(scoreDocument({ n: 100 }, { n: 100.5 }).wrong).toBe(1)
    expect(scoreDocument({ n: 0 }, { n: 0 }).right).toBe(1)
    expect(scoreDocument({ d: '2018-03-06' }, { d: '2018-3-6' }).wrong).toBe(1)
  })
  it('normalises text by NFKC, simplified script and no whitespace', () => {
    expect(normalizeText('ＡＢ 縣 局')).toBe('AB县局')
  })
  it('sums per field and writes the one summary line', () => {
    const a = scoreDocument({ x: 1, y: null }, { x: 1, y: 2 })
    const b = scoreDocument({ x: 1, y: null }, { x: 2 })
    expect(tallyByField([a, b])).toEqual([
      { field: 'x', right: 1, wrong: 1, missed: 0, invented: 0 },
      { field: 'y', right: 1, wrong: 0, missed: 0, invented: 1 },
    ])
    expect(scoreLine([a, b])).toBe('score: 2/4 = 50.0% right, 1 invented')
  })
})

describe('the same central body with or without the country\'s name (session 20)', () => {
  it('中华人民共和国教育部 is 教育部; another ministry stays another', async () => {
    const { sameBody } = await import('../../src/main/eval/score')
    expect(sameBody('教育部', '中华人民共和国教育部')).toBe(true)
    expect(sameBody('教育部', '中华人民共和国财政部')).toBe(false)
  })
})
