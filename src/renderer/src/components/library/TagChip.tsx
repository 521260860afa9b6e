/** A tag as a small coloured label. */
import type { Tag } from '../../../../shared/contract'

export function TagChip({ tag, onClick, active }: { tag: Tag; onClick?: () => void; active?: boolean }) {
  const style = { borderColor: tag.color, background: active ? tag.color : undefined }
  const body = <><i className="dot" style={{ background: tag.color }} />{tag.name}</>
  return onClick
    ? <button type="button" className={`tag-chip ${active ? 'active' : ''}`} style={style} onClick={onClick}>{body}</button>
    : <span className="tag-chip" style={style}>{body}</span>
}
