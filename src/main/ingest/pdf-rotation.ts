/**
 * A page's /Rotate (issue 11 point 5): pdf.js shows the page turned clockwise by it, and a landscape table
 * is often a portrait page turned by 90 whose content is drawn sideways so that it reads upright once turned.
 * Both PDF readers move their text items (and the fast reader its rules) into the page as shown before any
 * layout, so lines, tables and the boxes that outline them are all in the coordinates the reviewer sees.
 * Chosen over turning the boxes in the renderer: one place, both readers, and the layout reads the turned
 * table's rows as rows instead of as a column of single cells.
 */
import type { Rule } from './pdf-grid'
import type { PageView } from './pdf-boxes'
import type { PositionedText } from './pdf-layout'

export type PageRotation = 0 | 90 | 180 | 270

/** /Rotate as pdfjs takes it: a multiple of 90, any sign; anything else is 0. */
export function pageRotation(v: unknown): PageRotation {
  if (typeof v !== 'number' || !Number.isInteger(v) || v % 90 !== 0) return 0
  return (((v % 360) + 360) % 360) as PageRotation
}

/**
 * (x, y) in user space to the shown page, whose lower-left corner is (0, 0) and y still grows upwards,
 * and that page's view. Rotation 0 returns the page's own view and leaves points as they are.
 */
export function turnPage(view: PageView, rotate: PageRotation): { view: PageView; point: (x: number, y: number) => [number, number] } {
  const [x0, y0, x1, y1] = view
  const w = x1 - x0
  const h = y1 - y0
  switch (rotate) {
    case 90: return { view: [0, 0, h, w], point: (x, y) => [y - y0, x1 - x] }
    case 180: return { view: [0, 0, w, h], point: (x, y) => [x1 - x, y1 - y] }
    case 270: return { view: [0, 0, h, w], point: (x, y) => [y1 - y, x - x0] }
    default: return { view, point: (x, y) => [x, y] }
  }
}

/** Text items and rules of a page moved into the page as shown (the same arrays at rotation 0). */
export function turnItems<T extends PositionedText>(items: T[], view: PageView, rotate: PageRotation): { items: T[]; view: PageView } {
  if (rotate === 0) return { items, view }
  const turn = turnPage(view, rotate)
  return {
    view: turn.view,
    items: items.map((it) => {
      const [x, y] = turn.point(it.x, it.y)
      return { ...it, x, y }
    }),
  }
}

export function turnRules(rules: Rule[], view: PageView, rotate: PageRotation): Rule[] {
  if (rotate === 0) return rules
  const { point } = turnPage(view, rotate)
  return rules.map((r) => {
    const [ax, ay] = point(r.x0, r.y0)
    const [bx, by] = point(r.x1, r.y1)
    return { ...r, x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) }
  })
}
