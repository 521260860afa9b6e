// GB18030 vs Big5: the byte-block heuristic (encoding.ts) measured on generated texts of several lengths.
import { describe, expect, it } from 'vitest'
import { encodeText } from '../../scripts/lib/text-writer'
import { chooseLegacy, decodeText, normaliseCharset } from '../../src/main/ingest/encoding'
import { MORE_PROSE, REPORT_TEXT, traditional } from './fixtures'

describe('GB18030 or Big5', () => {
  const simplified = REPORT_TEXT.replace(/\n/g, '') + MORE_PROSE
  const trad = traditional(simplified)

  for (const len of [30, 80, 200]) {
    it(`is right on ${len}-character samples from every offset`, () => {
      let total = 0
      let right = 0
      for (let off = 0; off + len <= simplified.length; off += 7) {
        total += 3
        if (chooseLegacy(encodeText(simplified.slice(off, off + len), 'gb18030')).encoding === 'gb18030') right++
        if (chooseLegacy(encodeText(trad.slice(off, off + len), 'big5')).encoding === 'big5') right++
        if (chooseLegacy(encodeText(trad.slice(off, off + len), 'gb18030')).encoding === 'gb18030') right++
      }
      expect(total).toBeGreaterThan(0)
      // short samples may miss now and then; from 80 characters on, none may
      expect(right / total).toBeGreaterThanOrEqual(len < 80 ? 0.9 : 1)
    })
  }

  it('takes the only valid reading when the other fails strictly', () => {
    // a GBK trail byte in 0x80-0xA0 does not exist in Big5
    const bytes = Buffer.concat([encodeText('政府', 'gb18030'), Buffer.from([0xb5, 0x80])])
    expect(() => new TextDecoder('big5', { fatal: true }).decode(bytes)).toThrow()
    expect(chooseLegacy(bytes)).toMatchObject({ encoding: 'gb18030', basis: 'strict' })
  })
})

describe('decodeText', () => {
  it('strips the BOM and names the encoding', () => {
    expect(decodeText(encodeText('年报', 'utf-8-bom'))).toMatchObject({ text: '年报', encoding: 'utf-8', basis: 'bom' })
    expect(decodeText(encodeText('年报', 'utf-16be'))).toMatchObject({ text: '年报', encoding: 'utf-16be', basis: 'bom' })
  })
})

describe('normaliseCharset', () => {
  it('maps the labels web pages use', () => {
    expect(normaliseCharset('GB2312')?.encoding).toBe('gb18030')
    expect(normaliseCharset('gbk')?.encoding).toBe('gb18030')
    expect(normaliseCharset('BIG5')?.encoding).toBe('big5')
    expect(normaliseCharset('UTF8')?.encoding).toBe('utf-8')
    expect(normaliseCharset('no-such-charset')).toBeNull()
  })
})
