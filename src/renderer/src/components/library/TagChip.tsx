/** A tag as a small coloured label. */
import type { Tag } from '../../../../shared/contract'

/** black or white, whichever reads better on a tag's colour (the colour is the user's choice: AA either way) */
export function textOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) return '#fff'
  const lin = (h: string) => { const c = parseInt(h, 16) / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4 }
  const l = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3])
  // contrast with white (1.05 / (l + 0.05)) against contrast with black ((l + 0.05) / 0.05)
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#fff' : '#000'
}

export function TagChip({ tag, onClick, active, hint }: { tag: Tag; onClick?: () => void; active?: boolean; hint?: string }) {
  const style = { borderColor: tag.color, background: active ? tag.color : undefined, color: active ? textOn(tag.color) : undefined }
  const body = <>{hint && <kbd className="tag-key">{hint}</kbd>}<i className="dot" style={{ background: tag.color }} />{tag.name}</>
  return onClick
    ? <button type="button" className={`tag-chip ${active ? 'active' : ''}`} style={style} onClick={onClick} aria-pressed={active}
      title={hint ? `Shift+${hint}` : undefined}>{body}</button>
    : <span className="tag-chip" style={style}>{body}</span>
}
