/**
 * What a simple font's byte codes mean without a ToUnicode map: the standard base encodings and the
 * glyph names of the Adobe Glyph List that reports use (ASCII, punctuation, uniXXXX). A name outside
 * these gives undefined, and the reader hands the file to pdfjs, which knows the whole list.
 */

/** Glyph names of printable ASCII, in code order from 0x20 (StandardEncoding, except 0x27 and 0x60). */
const ASCII_NAMES = (
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma ' +
  'hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal greater ' +
  'question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright ' +
  'asciicircum underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde'
).split(' ')

const NAMES = new Map<string, string>()
ASCII_NAMES.forEach((n, i) => NAMES.set(n, String.fromCharCode(0x20 + i)))
for (const [n, u] of [
  ['quoteright', '\u2019'], ['quoteleft', '\u2018'], ['quotedblleft', '\u201c'], ['quotedblright', '\u201d'],
  ['endash', '\u2013'], ['emdash', '\u2014'], ['bullet', '\u2022'], ['ellipsis', '\u2026'], ['periodcentered', '\u00b7'],
  ['middot', '\u00b7'], ['minus', '\u2212'], ['nbspace', '\u00a0'], ['nonbreakingspace', '\u00a0'], ['sfthyphen', '\u00ad'],
  ['degree', '\u00b0'], ['multiply', '\u00d7'], ['divide', '\u00f7'], ['section', '\u00a7'], ['paragraph', '\u00b6'],
  ['copyright', '\u00a9'], ['registered', '\u00ae'], ['trademark', '\u2122'], ['dagger', '\u2020'], ['daggerdbl', '\u2021'],
  ['perthousand', '\u2030'], ['guillemotleft', '\u00ab'], ['guillemotright', '\u00bb'], ['yen', '\u00a5'], ['sterling', '\u00a3'],
  ['Euro', '\u20ac'], ['cent', '\u00a2'], ['plusminus', '\u00b1'], ['fi', 'fi'], ['fl', 'fl'], ['ff', 'ff'], ['ffi', 'ffi'], ['ffl', 'ffl'],
]) NAMES.set(n, u)

/** The Unicode text of a glyph name (AGL specification: uniXXXX, uXXXX[XX], name.suffix). */
export function glyphNameToUnicode(name: string): string | undefined {
  const known = NAMES.get(name)
  if (known !== undefined) return known
  let m = /^uni((?:[0-9A-F]{4})+)$/.exec(name)
  if (m) {
    let s = ''
    for (let i = 0; i < m[1].length; i += 4) s += String.fromCharCode(parseInt(m[1].slice(i, i + 4), 16))
    return s
  }
  m = /^u([0-9A-F]{4,6})$/.exec(name)
  if (m) {
    const cp = parseInt(m[1], 16)
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined
  }
  const dot = name.indexOf('.')
  if (dot > 0) return glyphNameToUnicode(name.slice(0, dot))
  return undefined
}

export type BaseEncoding = 'StandardEncoding' | 'WinAnsiEncoding' | 'MacRomanEncoding'

const winAnsi = new TextDecoder('windows-1252')
const macRoman = new TextDecoder('macintosh')

/** The text of a one-byte code in a base encoding; undefined for codes the encoding leaves empty. */
export function baseEncodingText(encoding: BaseEncoding, code: number): string | undefined {
  if (code < 0x20) return undefined
  if (encoding === 'StandardEncoding') {
    if (code > 0x7e) return undefined
    if (code === 0x27) return '\u2019'
    if (code === 0x60) return '\u2018'
    return String.fromCharCode(code)
  }
  if (code === 0x7f) return undefined
  const s = (encoding === 'WinAnsiEncoding' ? winAnsi : macRoman).decode(Uint8Array.of(code))
  const c = s.charCodeAt(0)
  // windows-1252 leaves 0x81, 0x8d, 0x8f, 0x90, 0x9d undefined (decoded as C1 controls)
  if (c >= 0x80 && c <= 0x9f) return undefined
  return s
}
