/** The stored offset map: run-length encoded, exact round trip on real cleaner output; plain Int32 blobs still read. */
import { describe, expect, it } from 'vitest'
import { blobToMap, mapToBlob } from '../../src/main/library/codec'
import { cleanText } from '../../src/main/text/index'
import { generateReport } from '../../bench/lib/report-text'

describe('clean map blob', () => {
  it('round-trips the cleaner map exactly and stores it much smaller', () => {
    const raw = generateReport(42).text.replace(/规划/g, '規(guī)劃') + '\n<span>无障碍</span> 扫一扫在手机打开\n２０１９年'
    const clean = cleanText(raw)
    const blob = mapToBlob(clean.map)
    expect(blobToMap(blob)).toEqual(Array.from(clean.map))
    expect(blob.length).toBeLessThan(clean.map.length)
  })

  it('handles an empty text and a map with no runs', () => {
    expect(blobToMap(mapToBlob(new Int32Array([0])))).toEqual([0])
    const jumpy = new Int32Array([0, 2, 4, 6, 9])
    expect(blobToMap(mapToBlob(jumpy))).toEqual([0, 2, 4, 6, 9])
  })

  it('reads a plain little-endian Int32 blob', () => {
    const plain = Buffer.alloc(12)
    ;[3, 4, 7].forEach((v, i) => plain.writeInt32LE(v, i * 4))
    expect(blobToMap(plain)).toEqual([3, 4, 7])
  })
})
