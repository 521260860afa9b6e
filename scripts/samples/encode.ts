/**
 * Text to bytes in the encodings scraped reports come in. Node's TextDecoder reads GB18030 and Big5 but
 * cannot write them, so the encoders here decode every two-byte code once and keep the reverse map.
 * A character with no code in the target encoding is an error: a fixture must not lose text silently.
 */

let gbMap: Map<string, number> | null = null
let big5Map: Map<string, number> | null = null

function buildMap(label: string, leads: [number, number], trails: [number, number][]): Map<string, number> {
  const dec = new TextDecoder(label, { fatal: true })
  const map = new Map<string, number>()
  const buf = new Uint8Array(2)
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [lo, hi] of trails) {
      for (let trail = lo; trail <= hi; trail++) {
        buf[0] = lead
        buf[1] = trail
        let ch: string
        try {
          ch = dec.decode(buf)
        } catch {
          continue
        }
        // one character per code; the first code wins, which is the standard one for duplicates
        if ([...ch].length === 1 && !map.has(ch)) map.set(ch, (lead << 8) | trail)
      }
    }
  }
  return map
}

function encodeWith(s: string, map: Map<string, number>, name: string): Buffer {
  const out: number[] = []
  let line = 1
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x80) {
      out.push(cp)
      if (cp === 10) line++
      continue
    }
    const code = map.get(ch)
    if (code === undefined) {
      throw new Error(`${name}: no code for “${ch}” (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) on line ${line}`)
    }
    out.push(code >> 8, code & 0xff)
  }
  return Buffer.from(out)
}

/** GB18030 restricted to its one- and two-byte codes (that is GBK): what "GBK" pages are written in. */
export function encodeGb18030(s: string): Buffer {
  gbMap ??= buildMap('gb18030', [0x81, 0xfe], [[0x40, 0x7e], [0x80, 0xfe]])
  return encodeWith(s, gbMap, 'GB18030')
}

/** Big5. Codes from 0xA1 up first, so that a character HKSCS also has gets its standard Big5 code. */
export function encodeBig5(s: string): Buffer {
  if (!big5Map) {
    const std = buildMap('big5', [0xa1, 0xf9], [[0x40, 0x7e], [0xa1, 0xfe]])
    const ext = buildMap('big5', [0x81, 0xa0], [[0x40, 0x7e], [0xa1, 0xfe]])
    for (const [ch, code] of ext) if (!std.has(ch)) std.set(ch, code)
    big5Map = std
  }
  return encodeWith(s, big5Map, 'Big5')
}

/** UTF-16 little-endian with a byte-order mark, as Windows Notepad saves "Unicode". */
export function encodeUtf16le(s: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])
}
