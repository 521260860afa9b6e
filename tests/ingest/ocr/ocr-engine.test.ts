/**
 * The OCR engine's own parts (ocr-engine.ts, issue 14): CTC decoding that keeps each character's time steps,
 * and the bands of rows the detector reads a page in (its memory grows with the rows read at once).
 */
import { expect, it } from 'vitest'
import { decodeCtc, detectionStrips } from '../../../src/main/ingest/ocr/ocr-engine'

it('CTC decoding keeps each character over its time steps, tiling the line', () => {
  // 10 steps, classes: blank, a, b. Steps: a a _ _ b _ _ _ a _
  const dict = ['a', 'b']
  const seq = [1, 1, 0, 0, 2, 0, 0, 0, 1, 0]
  const data = new Float32Array(seq.length * 3)
  seq.forEach((c, t) => { data[t * 3 + c] = 0.9 })
  const d = decodeCtc(data, seq.length, 3, dict)
  expect(d.text).toBe('aba')
  expect(d.mean).toBeCloseTo(0.9, 6)
  // a over steps 0-1, b over 4, a over 8: edges halfway between
  expect(d.steps).toEqual([[0, 3], [3, 6.5], [6.5, 10]])
})

it('the detector reads a page in overlapping bands that own every row once', () => {
  const strips = detectionStrips(1760, 640, 128)
  expect(strips[0]).toEqual({ from: 0, to: 640, ownFrom: 0, ownTo: 576 })
  expect(strips[strips.length - 1].to).toBe(1760)
  strips.forEach((s, k) => {
    expect(s.to - s.from).toBe(640)
    expect(s.from % 32).toBe(0)
    // owned rows are at least half an overlap from a band's cut edges
    if (k > 0) expect(s.ownFrom - s.from).toBeGreaterThanOrEqual(64)
    if (k < strips.length - 1) expect(s.to - s.ownTo).toBe(64)
    if (k > 0) expect(s.ownFrom).toBe(strips[k - 1].ownTo)
  })
  expect(strips[strips.length - 1].ownTo).toBe(1760)
  expect(detectionStrips(600, 640, 128)).toEqual([{ from: 0, to: 600, ownFrom: 0, ownTo: 600 }])
})
