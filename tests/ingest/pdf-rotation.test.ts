// /Rotate as both PDF readers take it (issue 11 point 5): any multiple of 90, of either sign, and the page as
// shown: its corners land on the turned page's corners.
import { describe, expect, it } from 'vitest'
import { pageRotation, turnPage } from '../../src/main/ingest/pdf-rotation'

describe('page rotation', () => {
  it('reads /Rotate as pdfjs does', () => {
    expect([0, 90, 180, 270, 360, 450, -90, -180].map(pageRotation)).toEqual([0, 90, 180, 270, 0, 90, 270, 180])
    expect([45, 90.5, '90', null, undefined].map(pageRotation)).toEqual([0, 0, 0, 0, 0])
  })

  it('turns the stored page clockwise into the page as shown (y still up)', () => {
    // a landscape media box [10 20 852 615]: 842 wide, 595 high
    const view: [number, number, number, number] = [10, 20, 852, 615]
    const r90 = turnPage(view, 90)
    expect(r90.view).toEqual([0, 0, 595, 842])
    // turned clockwise, the stored page's lower-left corner becomes the shown page's upper-left one
    expect(r90.point(10, 20)).toEqual([0, 842])
    expect(r90.point(852, 615)).toEqual([595, 0])
    const r180 = turnPage(view, 180)
    expect(r180.view).toEqual([0, 0, 842, 595])
    expect(r180.point(10, 20)).toEqual([842, 595])
    const r270 = turnPage(view, 270)
    expect(r270.view).toEqual([0, 0, 595, 842])
    expect(r270.point(10, 20)).toEqual([595, 0])
    expect(r270.point(852, 615)).toEqual([0, 842])
    expect(turnPage(view, 0).view).toBe(view)
  })
})
