/**
 * Text encoding detection for TXT and HTML: BOM, strict UTF-8, UTF-16 without BOM (by its zero bytes),
 * then GB18030 vs Big5. Big5 bytes are nearly always valid GB18030 too, so that last choice is made by
 * where the double-byte codes fall: GBK text lives mostly in the GB2312 level-1 block (the 3,755 most
 * common characters, B0A1-D7FE), Big5 text in the Big5 common block (A440-C67E); each reading of the
 * other's bytes lands much less often in its own common block. Measured on the fixtures in
 * tests/ingest/encoding.test.ts; jschardet restricted to the two was also measured there and is slower
 * and no more accurate on short texts.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

export interface DecodedText {
  text: string
  encoding: TextEncoding
  /** how sure: 'bom' (byte order mark), 'strict' (valid only as this), 'guess' (statistics) */
  basis: 'bom' | 'strict' | 'guess' | 'declared'
}

const decoders = new Map<string, TextDecoder>()
const fatalDecoders = new Map<string, TextDecoder>()

function decoder(enc: string, fatal: boolean): TextDecoder {
  const cache = fatal ? fatalDecoders : decoders
  let d = cache.get(enc)
  if (!d) {
    // ignoreBOM: the BOM is stripped by us, once, so that offsets stay simple
    d = new TextDecoder(enc, { fatal, ignoreBOM: true })
    cache.set(enc, d)
  }
  return d
}

export function decodeAs(bytes: Uint8Array, enc: string): string {
  return decoder(enc, false).decode(bytes)
}

function tryStrict(bytes: Uint8Array, enc: string): string | null {
  try {
    return decoder(enc, true).decode(bytes)
  } catch {
    return null
  }
}

export function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte (CJK text does not, so this only catches the easy half). */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 16) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le'
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be'
  return null
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false
  return true
}

/**
 * Share of double-byte codes that fall in each encoding's block of common characters and punctuation,
 * reading the bytes once as GBK and once as Big5. Only the first 64 KB is looked at.
 */
export function legacyScores(bytes: Uint8Array): { gb: number; big5: number } {
  const n = Math.min(bytes.length, 65536)
  let gbPairs = 0
  let gbCommon = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b < 0x81) continue
    if (i + 1 >= n) break
    const t = bytes[i + 1]
    gbPairs++
    // GB2312 level 1 (B0-D7) and its punctuation rows (A1-A3)
    if (t >= 0xa1 && t <= 0xfe && ((b >= 0xb0 && b <= 0xd7) || (b >= 0xa1 && b <= 0xa3))) gbCommon++
    i++
  }
  let bPairs = 0
  let bCommon = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b < 0x81) continue
    if (i + 1 >= n) break
    const t = bytes[i + 1]
    bPairs++
    const code = (b << 8) | t
    // Big5 punctuation (A140-A3BF) and common characters (A440-C67E)
    if ((code >= 0xa140 && code <= 0xa3bf) || (code >= 0xa440 && code <= 0xc67e)) {
      if ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe)) bCommon++
    }
    i++
  }
  return { gb: gbPairs ? gbCommon / gbPairs : 0, big5: bPairs ? bCommon / bPairs : 0 }
}

/** GB18030 or Big5 for bytes that are not UTF-8. */
export function chooseLegacy(bytes: Uint8Array): { encoding: 'gb18030' | 'big5'; text: string; basis: 'strict' | 'guess' } {
  const asBig5 = tryStrict(bytes, 'big5')
  const asGb = tryStrict(bytes, 'gb18030')
  if (asBig5 !== null && asGb === null) return { encoding: 'big5', text: asBig5, basis: 'strict' }
  if (asGb !== null && asBig5 === null) return { encoding: 'gb18030', text: asGb, basis: 'strict' }
  const s = legacyScores(bytes)
  if (s.big5 > s.gb) return { encoding: 'big5', text: asBig5 ?? decodeAs(bytes, 'big5'), basis: 'guess' }
  return { encoding: 'gb18030', text: asGb ?? decodeAs(bytes, 'gb18030'), basis: 'guess' }
}

/** Detect and decode. The BOM, if any, is not part of the returned text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes)
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, basis: 'bom' }
  const utf16 = sniffUtf16(bytes)
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16, basis: 'guess' }
  if (isAscii(bytes)) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', basis: 'strict' }
  const utf8 = tryStrict(bytes, 'utf-8')
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', basis: 'strict' }
  // a UTF-8 file cut mid-character, or with a few bad bytes, is still UTF-8
  if (mostlyUtf8(bytes)) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', basis: 'guess' }
  const legacy = chooseLegacy(bytes)
  return legacy
}

/** Well-formed UTF-8 multi-byte sequences vastly outnumber broken ones. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536)
  let good = 0
  let bad = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b < 0x80) continue
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0
    if (len === 0 || len === 4 && b > 0xf4) {
      bad++
      continue
    }
    let ok = i + len <= n
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false
    if (ok) {
      good++
      i += len - 1
    } else if (i + len > n) {
      break
    } else bad++
  }
  return good >= 8 && bad * 20 < good
}

/** Map a declared charset label (meta charset) to what we decode with, or null when unknown. */
export function normaliseCharset(label: string): { decodeWith: string; encoding: string } | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '')
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|gb_2312-80|chinese|csgb2312|iso-ir-58)$/.test(l)) return { decodeWith: 'gb18030', encoding: 'gb18030' }
  if (/^(big5|big5-hkscs|cn-big5|x-x-big5|csbig5)$/.test(l)) return { decodeWith: 'big5', encoding: 'big5' }
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return { decodeWith: 'utf-8', encoding: 'utf-8' }
  if (/^(utf-?16le|utf-?16)$/.test(l)) return { decodeWith: 'utf-16le', encoding: 'utf-16le' }
  if (/^utf-?16be$/.test(l)) return { decodeWith: 'utf-16be', encoding: 'utf-16be' }
  try {
    const d = new TextDecoder(l)
    return { decodeWith: d.encoding, encoding: d.encoding }
  } catch {
    return null
  }
}
