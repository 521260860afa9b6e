/** Requests received, in the phrasings real reports use (issue 12): 信息公开的申请, 公开政府信息的申请, N份…依申请公开件. */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const received = (s: string): unknown => valuesOf(extract(txtDoc(['一、总体情况', s].join('\n')))).applications_received

describe('requests received', () => {
  it('statements of none with 的 before 申请', () => {
    expect(received('2016年未收到信息公开的申请。')).toBe(0)
    expect(received('街道未收到任何公民、法人和其他组织提出的公开政府信息的申请；')).toBe(0)
  })
  it('a count in 份 of 政府信息依申请公开件', () => {
    expect(received('2022年，区政府办公室共收到31份政府信息依申请公开件，其中申请人自行撤销1件。')).toBe(31)
  })
})
