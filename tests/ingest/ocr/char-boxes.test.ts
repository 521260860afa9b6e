/**
 * Every character read by OCR keeps its box (issue 14 point 1): the recogniser's time steps say where each
 * character of a piece stands, so a value inside a longer line is outlined alone, over its own ink. The
 * image is drawn here (an SVG line set in Noto Sans CJK, as Debian ships it), so where the number stands is known.
 */
import { expect, it } from 'vitest'
import sharp from 'sharp'
import { parseDocument } from '../../../src/main/ingest'
import { edgeSpan } from '../../../src/shared/text-box'

const WIDTH = 1400
const EM = 44
const BEFORE = '本年度共收到政府信息公开申请'
/** the number starts right after the 14 characters before it */
const NUMBER_AT = 40 + BEFORE.length * EM

async function lineImage(): Promise<{ png: Buffer; inkLeft: number; inkRight: number }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="120"><rect width="100%" height="100%" fill="white"/>` +
    `<text y="75" font-family="Noto Sans CJK SC" font-size="${EM}" fill="black"><tspan x="40">${BEFORE}</tspan>` +
    `<tspan x="${NUMBER_AT}">1234</tspan><tspan x="${NUMBER_AT + 2.5 * EM}">件，办结率为百分之九十</tspan></text></svg>`
  const png = await sharp(Buffer.from(svg)).png().toBuffer()
  // the number's ink: the dark columns between its start and the next character's
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true })
  const inked: number[] = []
  for (let x = NUMBER_AT; x < NUMBER_AT + 2.5 * EM; x++) {
    for (let y = 0; y < info.height; y++) if (data[y * info.width + x] < 128) { inked.push(x); break }
  }
  expect(inked.length, 'the line was drawn (Noto Sans CJK is installed)').toBeGreaterThan(20)
  return { png, inkLeft: inked[0], inkRight: inked[inked.length - 1] + 1 }
}

it('a value inside a longer OCR line gets a box of its own characters: narrower than the line, within it, over its ink', async () => {
  const { png, inkLeft, inkRight } = await lineImage()
  const doc = await parseDocument(png, 'line.png')
  const at = doc.text.indexOf('1234')
  expect(at, doc.text).toBeGreaterThanOrEqual(0)
  const box = (doc.boxes ?? []).find((b) => b.start <= at && b.end >= at + 4)
  expect(box, JSON.stringify(doc.boxes)).toBeDefined()
  if (!box) return
  // the piece is longer than the number: the number's box must come from where its characters stand
  expect(box.end - box.start).toBeGreaterThan(10)
  const span = edgeSpan(box, at, at + 4)
  expect(span).not.toBeNull()
  if (!span) return
  const left = (box.x + box.w * span[0]) * WIDTH
  const right = (box.x + box.w * span[1]) * WIDTH
  expect(right - left).toBeLessThan((box.w * WIDTH) / 3)
  expect(left).toBeGreaterThanOrEqual(box.x * WIDTH - 1e-6)
  expect(right).toBeLessThanOrEqual((box.x + box.w) * WIDTH + 1e-6)
  // over the number's ink, give or take a third of a character
  expect(Math.abs(left - inkLeft)).toBeLessThan(EM / 3)
  expect(Math.abs(right - inkRight)).toBeLessThan(EM / 3)
}, 120_000)
