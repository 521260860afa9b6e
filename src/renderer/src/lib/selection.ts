/**
 * The text a person selected inside an element, with its offsets in that element's text content
 * (the original is drawn as several text nodes; the offsets count characters across all of them).
 */
export interface PickedText { text: string; start: number; end: number }

export function selectionIn(root: HTMLElement | null, sel: Selection | null = typeof window === 'undefined' ? null : window.getSelection()): PickedText | null {
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null
  const range = sel.getRangeAt(0)
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null
  const before = document.createRange()
  before.selectNodeContents(root)
  before.setEnd(range.startContainer, range.startOffset)
  const start = before.toString().length
  const text = range.toString()
  return { text, start, end: start + text.length }
}
