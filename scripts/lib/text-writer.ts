/**
 * Encodes text the way old government web sites saved it: UTF-8 (with or without BOM), UTF-16 LE/BE
 * with BOM, GB18030/GBK and Big5. Node can decode legacy encodings (full ICU) but not encode them, so the
 * legacy tables are built once by decoding every two-byte sequence with TextDecoder and inverting the result.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

const tables = new Map<'gb18030' | 'big5', Map<number, number>>()

/** code point -> two-byte code (lead << 8 | trail), first mapping wins */
function legacyTable(enc: 'gb18030' | 'big5'): Map<number, number> {
  const cached = tables.get(enc)
  if (cached) return cached
  const dec = new TextDecoder(enc)
  const table = new Map<number, number>()
  const pair = new Uint8Array(2)
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      pair[0] = lead
      pair[1] = trail
      const s = dec.decode(pair)
      if (s.length !== 1 || s === '\ufffd') continue
      const cp = s.charCodeAt(0)
      if (!table.has(cp)) table.set(cp, (lead << 8) | trail)
    }
  }
  tables.set(enc, table)
  return table
}

/** Encode to GB18030 (two-byte GBK range only) or Big5. Characters with no code become '?' unless strict. */
export function encodeLegacy(text: string, enc: 'gb18030' | 'big5', strict = false): Buffer {
  const table = legacyTable(enc)
  const out: number[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0x3f
    if (cp < 0x80) {
      out.push(cp)
      continue
    }
    const code = table.get(cp)
    if (code === undefined) {
      if (strict) throw new Error(`no ${enc} code for ${ch} (U+${cp.toString(16)})`)
      out.push(0x3f)
      continue
    }
    out.push(code >> 8, code & 0xff)
  }
  return Buffer.from(out)
}

export function encodeText(text: string, enc: TextEncodingName): Buffer {
  switch (enc) {
    case 'utf-8':
      return Buffer.from(text, 'utf8')
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le')
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()])
    }
    case 'gb18030':
    case 'big5':
      return encodeLegacy(text, enc)
  }
}
