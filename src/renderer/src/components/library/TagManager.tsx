/**
 * Tags: create, rename (double-click the name), colour, delete (a second click confirms: no dialog),
 * and add to / remove from the selected rows. Every apply is an undoable batch.
 */
import { useState } from 'react'
import type { Tag } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import { useClient } from '../../transport/get-client'
import type { Actions } from './LibraryView'

const PALETTE = ['#c0392b', '#d68910', '#1e8449', '#2471a3', '#7d3c98', '#5d6d7e']

export function TagManager({ tags, selected, undo, bump, fail, info }: Actions & { tags: Tag[]; selected: number[] }) {
  const client = useClient()
  const { t } = useI18n()
  const [name, setName] = useState('')
  const [renaming, setRenaming] = useState<number | null>(null)
  const [armed, setArmed] = useState<number | null>(null)

  const run = (p: Promise<unknown>) => p.then(bump, fail)

  const create = () => {
    const n = name.trim()
    if (!n) return
    run(client.call('tags.create', { name: n, color: PALETTE[tags.length % PALETTE.length] }).then(() => setName('')))
  }
  const apply = (tag: Tag, on: boolean) => run(client.call('tags.apply', { ids: selected, tag: tag.id, on }).then((r) => {
    undo.push(r.batch, t(on ? 'undo.label.tagOn' : 'undo.label.tagOff', { count: r.changed, tag: tag.name }))
    info(t('bulk.done', { changed: r.changed }))
  }))
  const remove = (tag: Tag) => {
    if (armed !== tag.id) { setArmed(tag.id); return }
    setArmed(null)
    run(client.call('tags.delete', { id: tag.id }))
  }

  return (
    <div className="tag-manager" data-testid="tag-manager">
      <h3>{t('tags.title')}</h3>
      <ul>
        {tags.map((tag) => (
          <li key={tag.id} data-testid="tag-item" data-tag={tag.name}>
            <input type="color" value={tag.color} aria-label={`${tag.name} colour`}
              onChange={(e) => run(client.call('tags.update', { id: tag.id, color: e.target.value }))} />
            {renaming === tag.id ? (
              <input autoFocus defaultValue={tag.name} aria-label={t('tags.rename')}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') { e.stopPropagation(); setRenaming(null) }
                  if (e.key === 'Enter') {
                    const v = e.currentTarget.value.trim()
                    setRenaming(null)
                    if (v && v !== tag.name) run(client.call('tags.update', { id: tag.id, name: v }))
                  }
                }}
                onBlur={() => setRenaming(null)} />
            ) : (
              <span className="tag-name" title={t('tags.rename')} onDoubleClick={() => setRenaming(tag.id)}>
                {tag.name} {tag.count !== undefined && <small className="muted">{tag.count}</small>}
              </span>
            )}
            {selected.length > 0 && (
              <>
                <button type="button" className="mini" title={t('tags.apply')} data-testid="tag-apply" onClick={() => apply(tag, true)}>+</button>
                <button type="button" className="mini" title={t('tags.remove')} onClick={() => apply(tag, false)}>−</button>
              </>
            )}
            <button type="button" className="mini" title={t('tags.rename')} onClick={() => setRenaming(tag.id)}>✎</button>
            <button type="button" className={`mini ${armed === tag.id ? 'danger' : ''}`}
              title={armed === tag.id ? t('tags.confirmDelete', { name: tag.name }) : t('tags.delete')}
              onClick={() => remove(tag)} onBlur={() => setArmed(null)}>
              {armed === tag.id ? t('tags.delete') : '×'}
            </button>
          </li>
        ))}
      </ul>
      <div className="tag-new">
        <input value={name} placeholder={t('tags.new')} aria-label={t('tags.new')} data-testid="tag-new"
          onChange={(e) => setName(e.target.value)}
          // focus leaves the box once the tag is made, so the next keys are commands again (issue 11: `/` typed into it)
          onKeyDown={(e) => { if (e.key === 'Enter' && !e.nativeEvent.isComposing) { create(); e.currentTarget.blur() } }} />
        <button type="button" onClick={create}>{t('tags.create')}</button>
      </div>
    </div>
  )
}
