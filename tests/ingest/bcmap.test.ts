// pdfjs-dist's packed CMaps read by bcmap.ts, checked against each other and against Node's GBK decoder.
import { statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeLegacy } from '../../scripts/lib/text-writer'
import { loadPackedCMap, readCharCode, type PackedCMap } from '../../src/main/ingest/pdf-text/bcmap'
import { pdfjsAssetDirs } from '../../src/main/ingest/read-pdf'

const dir = pdfjsAssetDirs().cMapUrl

function load(name: string): PackedCMap {
  const cmap = loadPackedCMap(dir, name)
  if (!cmap) throw new Error(`${name} not found in ${dir}`)
  return cmap
}

function cid(cmap: PackedCMap, code: number): number {
  const v = cmap.lookup(code)
  if (typeof v !== 'number') throw new Error(`${cmap.name}: code ${code.toString(16)} gives ${JSON.stringify(v)}`)
  return v
}

/** Splits a byte string by the CMap's codespaces. */
function split(cmap: PackedCMap, bytes: Uint8Array): { code: number; length: number }[] {
  const out: { code: number; length: number }[] = []
  for (let off = 0; off < bytes.length; ) {
    const c = readCharCode(cmap.codespaces, bytes, off)
    out.push(c)
    off += c.length
  }
  return out
}

describe('UniGB-UCS2-H', () => {
  const uni = load('UniGB-UCS2-H')
  const gb1 = load('Adobe-GB1-UCS2')

  it('has 2-byte codespaces and maps CJK and ASCII code points to CIDs', () => {
    expect(uni.name).toBe('UniGB-UCS2-H')
    expect(uni.vertical).toBe(false)
    expect(uni.codespaces.length).toBeGreaterThan(0)
    expect(uni.codespaces.every((r) => r.bytes === 2)).toBe(true)
    expect(gb1.lookup(cid(uni, 0x4e00))).toBe('一')
    expect(gb1.lookup(cid(uni, 0x0041))).toBe('A')
    expect(cid(uni, 0x4e00)).not.toBe(cid(uni, 0x0041))
  })

  it('maps code points to CIDs that Adobe-GB1-UCS2 maps back to the same character', () => {
    let mapped = 0
    let same = 0
    for (let code = 0; code <= 0xffff; code++) {
      const v = uni.lookup(code)
      if (v === undefined) continue
      expect(typeof v).toBe('number')
      mapped++
      if (gb1.lookup(v as number) === String.fromCharCode(code)) same++
    }
    expect(mapped).toBeGreaterThan(20000) // GB 18030's BMP repertoire is well over 20k characters
    expect(same / mapped).toBeGreaterThan(0.95)
  })

  it('decodes surrogate pairs: supplementary characters round-trip through UniGB-UTF16-H 4-byte codes', () => {
    const utf16 = load('UniGB-UTF16-H')
    expect(utf16.codespaces.some((r) => r.bytes === 4)).toBe(true)
    let supplementary = 0
    for (let c = 0; c <= 0xffff; c++) {
      const text = gb1.lookup(c)
      if (typeof text !== 'string' || text.length === 1) continue
      const cp = text.codePointAt(0) ?? 0
      if (cp <= 0xffff) continue
      supplementary++
      expect(String.fromCodePoint(cp)).toBe(text) // a well-formed pair, not two stray units
      const bytes = Buffer.from(text, 'utf16le').swap16()
      const [code] = split(utf16, bytes)
      expect(code.length).toBe(4)
      expect(utf16.lookup(code.code)).toBe(c)
    }
    expect(supplementary).toBeGreaterThan(0)
  })
})

describe('usecmap and vertical', () => {
  it('UniGB-UCS2-V is vertical and takes its codespaces and most mappings from UniGB-UCS2-H', () => {
    const h = load('UniGB-UCS2-H')
    const v = load('UniGB-UCS2-V')
    expect(v.vertical).toBe(true)
    expect(v.codespaces).toEqual(h.codespaces)
    let same = 0
    let differ = 0
    for (let code = 0; code <= 0xffff; code++) {
      if (h.lookup(code) === undefined) continue
      if (v.lookup(code) === h.lookup(code)) same++
      else differ++
    }
    // the -V file holds only the vertical variants; everything else must come through usecmap
    expect(statSync(path.join(dir, 'UniGB-UCS2-V.bcmap')).size).toBeLessThan(1024)
    expect(same).toBeGreaterThan(20000)
    expect(differ).toBeGreaterThan(0)
    expect(differ).toBeLessThan(200)
    // vertical forms replace punctuation such as the ideographic full stop
    expect(v.lookup(0x3002)).not.toBe(h.lookup(0x3002))
  })

  it('returns null for a missing or unsafe name, and the same object for a repeated load', () => {
    expect(loadPackedCMap(dir, 'No-Such-CMap-H')).toBeNull()
    expect(loadPackedCMap(dir, '../cmaps/UniGB-UCS2-H')).toBeNull()
    expect(loadPackedCMap(dir, '')).toBeNull()
    expect(loadPackedCMap(dir, 'UniGB-UCS2-H')).toBe(loadPackedCMap(dir.replace(/[\\/]+$/, ''), 'UniGB-UCS2-H'))
  })

  it('builds Identity-H and Identity-V in, as pdfjs does', () => {
    const h = load('Identity-H')
    const v = load('Identity-V')
    expect(h.vertical).toBe(false)
    expect(v.vertical).toBe(true)
    expect(h.codespaces).toEqual([{ bytes: 2, low: 0, high: 0xffff }])
    expect(h.lookup(0x1234)).toBe(0x1234)
    expect(h.lookup(0x10000)).toBeUndefined()
  })
})

describe('GBK-EUC-H', () => {
  const gbk = load('GBK-EUC-H')
  const gb1 = load('Adobe-GB1-UCS2')

  it('has 1-byte and 2-byte codespaces', () => {
    expect(gbk.codespaces.some((r) => r.bytes === 1)).toBe(true)
    expect(gbk.codespaces.some((r) => r.bytes === 2)).toBe(true)
  })

  it('splits GBK text into codes of the right lengths whose CIDs read back as the text', () => {
    const text = '政府信息公开2023年度报告（一）'
    const bytes = encodeLegacy(text, 'gb18030', true)
    expect(new TextDecoder('gbk').decode(bytes)).toBe(text)
    const codes = split(gbk, bytes)
    const chars = [...text]
    expect(codes.map((c) => c.length)).toEqual(chars.map((ch) => (ch.charCodeAt(0) < 0x80 ? 1 : 2)))
    expect(codes.map((c) => gb1.lookup(cid(gbk, c.code))).join('')).toBe(text)
    expect(codes[chars.indexOf('一')].code).toBe(0xd2bb)
  })

  it('reads every GBK double-byte character back through Adobe-GB1-UCS2', () => {
    const decoder = new TextDecoder('gbk', { fatal: true })
    let tried = 0
    let right = 0
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const bytes = new Uint8Array([lead, trail])
        let expected: string
        try {
          expected = decoder.decode(bytes)
        } catch {
          continue
        }
        const unit = expected.charCodeAt(0)
        if (expected.length !== 1 || (unit >= 0xe000 && unit <= 0xf8ff)) continue // private use: no CID
        const [code] = split(gbk, bytes)
        tried++
        // Node 22+'s ICU decodes a few codes that Adobe's GBK-EUC-H (older than GB18030-2005) never mapped,
        // such as A2E3 (€): those count as misses, not as a broken table
        const c = gbk.lookup(code.code)
        if (code.length === 2 && typeof c === 'number' && gb1.lookup(c) === expected) right++
      }
    }
    expect(tried).toBeGreaterThan(5000)
    expect(right / tried).toBeGreaterThan(0.95)
  })
})

describe('readCharCode', () => {
  const ranges = [
    { bytes: 1, low: 0x00, high: 0x80 },
    { bytes: 2, low: 0x8140, high: 0xfefe },
  ]

  it('takes the shortest matching length and reads no further than the bytes', () => {
    expect(readCharCode(ranges, new Uint8Array([0x41, 0xd2]), 0)).toEqual({ code: 0x41, length: 1 })
    expect(readCharCode(ranges, new Uint8Array([0x41, 0xd2, 0xbb]), 1)).toEqual({ code: 0xd2bb, length: 2 })
  })

  it('answers code 0 of length 1 for a byte no range takes, like pdfjs', () => {
    expect(readCharCode(ranges, new Uint8Array([0xff, 0xff]), 0)).toEqual({ code: 0, length: 1 })
    expect(readCharCode(ranges, new Uint8Array([0xd2]), 0)).toEqual({ code: 0, length: 1 }) // truncated pair
    expect(readCharCode([], new Uint8Array([0x41]), 0)).toEqual({ code: 0, length: 1 })
  })
})
