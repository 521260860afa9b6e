/** Look-alike letters in the cells of OCR'd tables: made digits in numeric columns only. */
import { expect, it } from 'vitest'
import { asDigits, repairNumericColumns } from '../../../src/main/ingest/ocr/digit-repair'

it('makes a letter read for a digit that digit in a column of numbers', () => {
  const rows = [
    ['申请人情况', '自然人', '商业企业'],
    ['一、本年新收', '154', '47'],
    ['（一）予以公开', '64', 'N'],
    ['（二）部分公开', '6', '2'],
    ['（三）不予公开', 'l5', 'O'],
    ['总计', '132', '44'],
  ]
  const out = repairNumericColumns(rows)
  expect(out.map((r) => r[2])).toEqual(['商业企业', '47', '2', '2', '0', '44'])
  expect(out[4][1]).toBe('15')
  // the input is left as it was
  expect(rows[2][2]).toBe('N')
})

it('leaves letters alone where the column is not one of numbers', () => {
  const rows = [
    ['名称', '说明'],
    ['甲', 'N'],
    ['乙', 'OK'],
    ['丙', 'SOS'],
    ['丁', '3'],
  ]
  expect(repairNumericColumns(rows)).toEqual(rows)
  // too few numbers to tell
  expect(repairNumericColumns([['1'], ['N']])).toEqual([['1'], ['N']])
})

it('takes a cell as digits only when every letter in it is a look-alike', () => {
  expect(asDigits('N')).toBe('2')
  expect(asDigits('1O5')).toBe('105')
  expect(asDigits('B,OOO')).toBe('8,000')
  expect(asDigits('No.')).toBeNull()
  expect(asDigits('12')).toBeNull()
  expect(asDigits('')).toBeNull()
})
