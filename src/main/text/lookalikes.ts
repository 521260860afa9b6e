/**
 * Look-alike folding: the characters some converters (WPS PDFs, full-width input) put where a
 * plain one was meant. NFKC is applied only to these ranges, one char for one char, because NFKC
 * on everything would also fold the full-width punctuation (，：（）) that the extractor matches.
 */

const FOLD = buildFoldTable()

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(0x10000)
  // full-width digits and Latin letters -> ASCII
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xfee0
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = c - 0xfee0
  // Kangxi radicals, CJK radicals supplement, CJK compatibility ideographs -> unified ideographs
  const ranges: Array<[number, number]> = [
    [0x2e80, 0x2eff],
    [0x2f00, 0x2fdf],
    [0xf900, 0xfaff],
  ]
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c++) {
      const n = String.fromCharCode(c).normalize('NFKC')
      if (n.length === 1 && n.charCodeAt(0) !== c) t[c] = n.charCodeAt(0)
    }
  }
  return t
}

/** Fold look-alikes char for char; the result has the same length as `s`. */
export function foldLookalikes(s: string): string {
  let out: string[] | null = null
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)]
    if (f !== 0) {
      if (out === null) out = s.split('')
      out[i] = String.fromCharCode(f)
    }
  }
  return out === null ? s : out.join('')
}
