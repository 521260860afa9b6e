/**
 * A DOCX or web page shown as its stored blocks (issue 11 point 5): paragraphs, and tables as real tables
 * (not the raw text's ' | ' lines), so a reviewer reads a column instead of counting pipes. The focused field's
 * source is marked (in a paragraph, the exact characters; in a table, its cell) and scrolled to. Every
 * paragraph and cell knows its raw offsets, so a selection here is a pick with its source (lib/page-boxes).
 */
import { useEffect, useMemo, useRef, type Ref } from 'react'
import type { Block } from '../../../../shared/document'
import { useI18n } from '../../i18n'
import { holds, placedRows } from '../../lib/block-cells'
import type { Span } from '../../lib/span-map'

function Paragraph({ text, start, focus }: { text: string; start: number; focus: Span | null }) {
  const end = start + text.length
  if (!focus || !holds(start, end, focus)) return <p data-start={start} data-end={end}>{text}</p>
  const a = Math.max(0, Math.min(text.length, focus[0] - start))
  const b = Math.max(a, Math.min(text.length, focus[1] - start))
  // the marked part keeps its own offsets, so a selection that starts inside it still maps to the raw text
  return (
    <p data-start={start} data-end={end}>
      {text.slice(0, a) !== '' && <span data-start={start} data-end={start + a}>{text.slice(0, a)}</span>}
      <mark className="focus" data-testid="block-focus" data-start={start + a} data-end={start + b}>{text.slice(a, b)}</mark>
      {text.slice(b) !== '' && <span data-start={start + b} data-end={end}>{text.slice(b)}</span>}
    </p>
  )
}

/** the view's text size at zoom 1 (app.css's .block-view); tables are a step smaller (0.93em) */
const BASE_PX = 14

export function BlockView({ blocks, focus, zoom, layer }: { blocks: Block[]; focus: Span | null; zoom: number; layer: Ref<HTMLDivElement> }) {
  const { t } = useI18n()
  const root = useRef<HTMLDivElement>(null)
  const tables = useMemo(() => new Map(blocks.map((b, k) => [k, b.type === 'table' ? placedRows(b) : null])), [blocks])
  useEffect(() => {
    root.current?.querySelector('[data-testid=block-focus]')?.scrollIntoView({ block: 'center', inline: 'nearest' })
  }, [focus, blocks, zoom])
  return (
    <div ref={root} className="block-view" data-testid="block-view" tabIndex={0} aria-label={t('review.blocks')} lang="zh-CN"
      style={zoom === 1 ? undefined : { fontSize: `${BASE_PX * zoom}px` }}>
      <div ref={layer}>
        {blocks.map((b, k) => {
          if (b.type === 'paragraph') return <Paragraph key={k} text={b.text} start={b.start} focus={focus} />
          const rows = tables.get(k) ?? []
          return (
            <table key={k} className="block-table" data-testid="block-table">
              <tbody>
                {rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((c, i) => {
                      const on = holds(c.start, c.end, focus)
                      return (
                        <td key={i} data-start={c.start} data-end={c.end} className={on ? 'focus' : undefined} data-testid={on ? 'block-focus' : undefined}>{c.text}</td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        })}
      </div>
    </div>
  )
}
