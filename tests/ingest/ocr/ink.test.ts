/** What the pixels say besides the text: rules, the gaps between cells, the slant of a scan, word-to-run pairing. */
import { expect, it } from 'vitest'
import sharp from 'sharp'
import { estimateSkew, findRules, inkMask, inkRuns, type InkMask } from '../../../src/main/ingest/ocr/ink'
import { alignGroups, dropStrayMarks, placeWords, restoreSpaces } from '../../../src/main/ingest/ocr/ocr-page'
import { findGrids } from '../../../src/main/ingest/pdf-grid'

function blank(width: number, height: number): InkMask {
  return { width, height, dark: new Uint8Array(width * height) }
}
function fill(m: InkMask, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) m.dark[y * m.width + x] = 1
}

it('finds the rules of a drawn 2x3 grid, and pdf-grid makes them one grid', () => {
  const m = blank(600, 400)
  for (const y of [50, 150, 250]) fill(m, 40, y, 561, y + 2)
  for (const x of [40, 300, 559]) fill(m, x, 50, x + 2, 252)
  fill(m, 100, 80, 130, 130) // a thick blot (a stamp) is not a rule
  const rules = findRules(m)
  expect(rules.filter((r) => r.y0 === r.y1)).toHaveLength(3)
  expect(rules.filter((r) => r.x0 === r.x1)).toHaveLength(3)
  const grids = findGrids(rules)
  expect(grids).toHaveLength(1)
  expect(grids[0].xs).toHaveLength(3)
  expect(grids[0].ys).toHaveLength(3)
})

it('splits a line at its blank gaps, with a table rule crossing it and a rule along its top set aside', () => {
  const m = blank(400, 60)
  fill(m, 0, 10, 400, 12) // a horizontal rule the box touches
  fill(m, 20, 20, 80, 40) // first cell's text
  fill(m, 150, 0, 152, 60) // a vertical rule between the cells
  fill(m, 200, 20, 230, 40) // second cell's text
  expect(inkRuns(m, { x: 0, y: 10, w: 399, h: 35 }, 10)).toEqual([[20, 80], [200, 230]])
})

it('pairs words with ink runs by width', () => {
  // "三" "（一）予以公开" on one run, then two numbers
  expect(alignGroups([10, 70, 20, 20], [82, 19, 21])).toEqual([0, 2, 3])
  // one word over two runs
  expect(alignGroups([30, 28, 20], [60, 20])).toEqual([0, 2])
})

it('measures the slant of a page of text lines turned by a degree and a half', async () => {
  const W = 800
  const H = 600
  const rgba = new Uint8Array(W * H * 4).fill(255)
  for (let line = 0; line < 10; line++) {
    for (let x = 60; x < 740; x++) {
      if (x % 40 > 32) continue // word gaps
      for (let y = 60 + line * 50; y < 75 + line * 50; y++) {
        const p = (y * W + x) * 4
        rgba[p] = rgba[p + 1] = rgba[p + 2] = 0
      }
    }
  }
  expect(estimateSkew(inkMask(rgba, W, H))).toBe(0)
  const turned = await sharp(rgba, { raw: { width: W, height: H, channels: 4 } }).rotate(1.5, { background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const skew = estimateSkew(inkMask(new Uint8Array(turned.data), turned.info.width, turned.info.height))
  expect(Math.abs(skew - 1.5)).toBeLessThanOrEqual(0.2)
})

it('closes a table that runs off the page with a border at the edge', () => {
  const m = blank(600, 400)
  for (const y of [50, 150, 250]) fill(m, 40, y, 600, y + 2)
  for (const x of [40, 300]) fill(m, x, 50, x + 2, 252)
  const grids = findGrids(findRules(m))
  expect(grids).toHaveLength(1)
  expect(grids[0].xs).toHaveLength(3)
  expect(grids[0].xs[2]).toBe(599)
})

it('gives a date glued to its time its space back', () => {
  expect(restoreSpaces('发布时间：2023-01-3014:43:30字体')).toBe('发布时间：2023-01-30 14:43:30字体')
  expect(restoreSpaces('2023-01-30')).toBe('2023-01-30')
})

it('drops the stray marks a rule leaves beside a number, and nothing else', () => {
  expect(dropStrayMarks('0:')).toBe('0')
  expect(dropStrayMarks('|15')).toBe('15')
  expect(dropStrayMarks('1,614：')).toBe('1,614')
  expect(dropStrayMarks('225')).toBe('225')
  expect(dropStrayMarks('2023-01-30')).toBe('2023-01-30')
  expect(dropStrayMarks('第3:')).toBe('第3:')
  expect(dropStrayMarks('O')).toBe('0')
  expect(dropStrayMarks('OK')).toBe('OK')
})

it('places words on more runs than words: a missed number leaves its cell blank, a wide label spans its runs', () => {
  // seven cells, the recogniser read six numbers: the last one stays in the last column
  const cells: [number, number][] = [[100, 110], [200, 210], [300, 310], [400, 410], [500, 510], [600, 610], [700, 710]]
  const placed = placeWords(cells, [10, 10, 10, 10, 10, 10])
  expect(placed[0]).toEqual([0, 1])
  expect(placed[5]).toEqual([6, 7])
  // "三 （五）5.要求" read as one word over two runs, then a number
  expect(placeWords([[0, 20], [40, 300], [400, 410]], [300, 10])).toEqual([[0, 2], [2, 3]])
})

it('keeps one rule where a scan shows a rule and a shorter ghost of it a few pixels off', () => {
  const m = blank(600, 400)
  for (const y of [50, 150, 250]) fill(m, 40, y, 561, y + 2)
  for (const x of [40, 300, 559]) fill(m, x, 50, x + 2, 252)
  fill(m, 306, 80, 307, 220) // the ghost beside the middle rule
  const v = findRules(m).filter((r) => r.x0 === r.x1)
  expect(v.map((r) => Math.round(r.x0))).toEqual([41, 301, 560])
})

it('splits a line at the page\'s vertical rules: a straightened scan\'s jagged rule does not join the digit beside it', () => {
  const m = blank(400, 60)
  fill(m, 20, 20, 80, 40) // first cell's text
  // a rule turned back from a slant: inked over only part of the line's height, so not blank by itself
  fill(m, 150, 5, 152, 35)
  fill(m, 158, 20, 170, 40) // a digit close to it
  expect(inkRuns(m, { x: 0, y: 10, w: 399, h: 35 }, 10)).toEqual([[20, 80], [150, 170]])
  expect(inkRuns(m, { x: 0, y: 10, w: 399, h: 35 }, 10, [151])).toEqual([[20, 80], [158, 170]])
  // two digits a rule apart, closer than minGap: two runs
  fill(m, 300, 0, 301, 60)
  fill(m, 290, 20, 296, 40)
  fill(m, 305, 20, 311, 40)
  expect(inkRuns(m, { x: 0, y: 10, w: 399, h: 35 }, 10, [151, 300])).toEqual([[20, 80], [158, 170], [290, 296], [305, 311]])
})

it('leaves out a wide cell rather than the narrow 1 when a number was not read', () => {
  // the label, then cells 6 2 0 1 0 0 9 with the 1 narrower; the recogniser read "6 2 0 1 0 9"
  const runs: [number, number][] = [[0, 200], [300, 316], [400, 416], [500, 516], [600, 613], [700, 716], [800, 816], [900, 916]]
  const placed = placeWords(runs, [200, 16, 16, 16, 11, 16, 16], 5)
  expect(placed[4]).toEqual([4, 5])
  expect(placed[6]).toEqual([7, 8])
})
