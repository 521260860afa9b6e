/**
 * Tags: create, rename/recolour, delete, and apply to or remove from many documents. Putting a tag on or
 * off a document is a revision ('tags', the whole set before and after) so it can be undone with the rest.
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../library/db'
import type { Tag } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import { nowIso } from '../library/codec'
import { addRevision, tagsValue } from './revisions'

const DEFAULT_COLOR = '#888888'

export function listTags(db: Db): Tag[] {
  return db.prepare(
    'SELECT t.id, t.name, t.color, (SELECT count(*) FROM document_tags dt WHERE dt.tag_id = t.id) AS count FROM tags t ORDER BY t.name COLLATE NOCASE, t.id',
  ).all() as Tag[]
}

function getTag(db: Db, id: number): Tag {
  const t = db.prepare('SELECT t.id, t.name, t.color, (SELECT count(*) FROM document_tags dt WHERE dt.tag_id = t.id) AS count FROM tags t WHERE t.id = ?').get(id) as Tag | undefined
  if (!t) throw new ApiError('not_found', `no tag ${id}`)
  return t
}

function nameTaken(db: Db, name: string, except?: number): boolean {
  const r = db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number } | undefined
  return r !== undefined && r.id !== except
}

export function createTag(db: Db, name: string, color?: string): Tag {
  if (nameTaken(db, name)) throw new ApiError('conflict', `a tag named '${name}' exists already`)
  const info = db.prepare('INSERT INTO tags (name, color) VALUES (?, ?)').run(name, color ?? DEFAULT_COLOR)
  return getTag(db, Number(info.lastInsertRowid))
}

export function updateTag(db: Db, id: number, change: { name?: string; color?: string }): Tag {
  const t = getTag(db, id)
  if (change.name !== undefined && nameTaken(db, change.name, id)) throw new ApiError('conflict', `a tag named '${change.name}' exists already`)
  db.prepare('UPDATE tags SET name = ?, color = ? WHERE id = ?').run(change.name ?? t.name, change.color ?? t.color, id)
  return getTag(db, id)
}

function tagSet(db: Db, documentId: number): number[] {
  return (db.prepare('SELECT tag_id FROM document_tags WHERE document_id = ?').all(documentId) as { tag_id: number }[]).map((r) => r.tag_id)
}

/** Deleting a tag takes it off its documents; each of them gets a revision, so the history stays true. Returns the documents touched. */
export function deleteTag(db: Db, id: number): number[] {
  const t = getTag(db, id)
  const batch = randomUUID()
  let docs: number[] = []
  db.transaction(() => {
    const at = nowIso()
    docs = (db.prepare('SELECT document_id FROM document_tags WHERE tag_id = ?').all(id) as { document_id: number }[]).map((r) => r.document_id)
    for (const d of docs) {
      const before = tagSet(db, d)
      addRevision(db, { documentId: d, target: 'tags', oldValue: tagsValue(before), newValue: tagsValue(before.filter((x) => x !== id)), reason: `tag '${t.name}' deleted`, batch, at })
    }
    db.prepare('DELETE FROM tags WHERE id = ?').run(id)
  }).immediate()
  return docs
}

export function applyTag(db: Db, ids: number[], tag: number, on: boolean, reviewer?: string): { changed: number; batch: string; changedIds: number[] } {
  const t = getTag(db, tag)
  const batch = randomUUID()
  const changedIds: number[] = []
  const has = db.prepare('SELECT 1 FROM document_tags WHERE document_id = ? AND tag_id = ?')
  const exists = db.prepare('SELECT 1 FROM documents WHERE id = ?')
  const add = db.prepare('INSERT INTO document_tags (document_id, tag_id) VALUES (?, ?)')
  const remove = db.prepare('DELETE FROM document_tags WHERE document_id = ? AND tag_id = ?')
  db.transaction(() => {
    const at = nowIso()
    for (const id of new Set(ids)) {
      if (!exists.get(id)) throw new ApiError('not_found', `no document ${id}`)
      if ((has.get(id, tag) !== undefined) === on) continue
      const before = tagSet(db, id)
      if (on) add.run(id, tag)
      else remove.run(id, tag)
      const after = on ? [...before, tag] : before.filter((x) => x !== tag)
      addRevision(db, { documentId: id, target: 'tags', oldValue: tagsValue(before), newValue: tagsValue(after), reason: `${on ? '+' : '-'}${t.name}`, batch, at, reviewer })
      changedIds.push(id)
    }
  }).immediate()
  return { changed: changedIds.length, batch, changedIds }
}
