/**
 * The paragraph blocks a very long document leaves implicit (ParsedDocument.implicitParagraphs, issue 10):
 * every non-blank line outside its tables, trimmed, as read-txt.ts's lineBlocks makes them (and as the
 * TextBuilder makes a web page's, whose lines are already trimmed). Made only when asked for.
 */
import type { Block } from '../../shared/document'
import { lineBlocks } from './read-txt'

/** `blocks` (tables) with the implicit paragraph blocks of `text` put in between, in text order. */
export function withImplicitParagraphs(text: string, blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  let k = 0
  for (const p of lineBlocks(text)) {
    while (k < blocks.length && blocks[k].start <= p.start) {
      out.push(blocks[k])
      k++
    }
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.type === 'table' && p.start < prev.end) continue
    out.push(p)
  }
  while (k < blocks.length) out.push(blocks[k++])
  return out
}
