/**
 * WCAG contrast of every piece of text on the page, measured in the page: the text's colour against the
 * background it is drawn on (the nearest ancestors' background colours, blended). Text of a disabled
 * control is exempt, as WCAG says. Returns the texts below AA (4.5:1, or 3:1 for large text).
 */
import type { Page } from '@playwright/test'

export interface LowContrast { text: string; className: string; ratio: number; color: string; background: string }

export async function lowContrastTexts(page: Page, rootSelector = 'body'): Promise<LowContrast[]> {
  return page.evaluate((sel) => {
    type RGBA = [number, number, number, number]
    const parse = (c: string): RGBA => {
      const m = /rgba?\(([^)]+)\)/.exec(c)
      if (!m) return [0, 0, 0, 0]
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number)
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]
    }
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3]
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1]
    }
    const lum = (c: RGBA) => {
      const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4 }
      return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2])
    }
    const background = (el: Element): RGBA => {
      const layers: RGBA[] = []
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor)
        if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break }
      }
      let bg: RGBA = [255, 255, 255, 1]
      for (const l of layers.reverse()) bg = over(l, bg)
      return bg
    }
    const root = document.querySelector(sel)
    const out: { text: string; className: string; ratio: number; color: string; background: string }[] = []
    if (!root) return out
    for (const el of root.querySelectorAll('*')) {
      const html = el as HTMLElement
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')
      const field = (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && (el as HTMLInputElement).value !== '' && (el as HTMLInputElement).type !== 'color'
      if (!own && !field) continue
      if (el.closest(':disabled, [aria-disabled=true]')) continue
      const rect = html.getBoundingClientRect()
      const cs = getComputedStyle(html)
      if (rect.width === 0 || rect.height === 0 || cs.visibility === 'hidden') continue
      let opacity = 1
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity)
      const bg = background(el)
      const fgRaw = parse(cs.color)
      const fg = over([fgRaw[0], fgRaw[1], fgRaw[2], fgRaw[3] * opacity], bg)
      const [a, b] = [lum(fg), lum(bg)]
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
      const size = parseFloat(cs.fontSize)
      const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700)
      if (ratio < (large ? 3 : 4.5) - 0.005) {
        out.push({ text: (html.innerText || (el as HTMLInputElement).value || '').trim().slice(0, 30), className: String(html.className), ratio: Math.round(ratio * 100) / 100, color: cs.color, background: `rgb(${bg.slice(0, 3).map(Math.round).join(',')})` })
      }
    }
    return out
  }, rootSelector)
}
