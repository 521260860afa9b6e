/**
 * A composed report as scraped plain text: one line per block, table rows as tab-separated cells (a merged
 * cell's text once, the slots it covers empty), the signature pushed right like a copied web page.
 */
import type { ReportBlock } from './blocks'

export interface TextLayout {
  /** a blank line between blocks, signature indented */
  loose: boolean
  crlf?: boolean
}

export function renderText(blocks: ReportBlock[], layout: TextLayout): string {
  const lines: string[] = []
  const gap = (): void => {
    if (layout.loose) lines.push('')
  }
  for (const b of blocks) {
    switch (b.kind) {
      case 'nav':
      case 'meta':
      case 'flat':
        lines.push(b.text)
        break
      case 'title':
      case 'heading':
        lines.push(b.text)
        gap()
        break
      case 'p':
        lines.push(layout.loose ? `　　${b.text}` : b.text)
        gap()
        break
      case 'table':
        for (const row of b.grid) lines.push(row.map((c) => (c.vMerge === 'continue' ? '' : c.text)).join('\t'))
        gap()
        break
      case 'signature':
        for (const l of b.lines) lines.push(layout.loose ? `${' '.repeat(48)}${l}` : l)
        break
    }
  }
  const text = lines.join('\n') + '\n'
  return layout.crlf ? text.replace(/\n/g, '\r\n') : text
}
