/**
 * What a revision changed, in words a reviewer reads (issue 11): field labels from the dictionary, status
 * labels, tag names, "note", "dismissed warning", instead of ids and enums.
 */
import type { Tag } from '../../../shared/contract'
import { fieldDef, type FieldValue } from '../../../shared/fields'
import type { Lang, MessageKey } from '../i18n/catalogue'
import { enumLabel } from './enum-labels'

type T = (key: MessageKey, vars?: Record<string, string | number>) => string

export function targetName(target: string, t: T, label: (x: { zh: string; en: string }) => string): string {
  const def = fieldDef(target)
  if (def) return label(def)
  if (target === 'status') return t('lib.col.status')
  if (target === 'note') return t('review.note')
  if (target === 'tags') return t('review.tags')
  if (target.startsWith('dismissal:')) return t('hist.dismissal')
  if (target === 'confirm') return t('hist.confirmAll')
  return target
}

/** A revision's value as shown in the history: status and enum labels, tag names. */
export function revisionValue(target: string, v: FieldValue, tags: readonly Tag[], t: T, lang: Lang): string {
  if (v === null || v === undefined) return ''
  if (target === 'status' && typeof v === 'string') return t(`status.${v}` as MessageKey) || v
  if (target === 'tags' && typeof v === 'string') {
    if (v === '') return '—'
    return v.split(',').map((id) => tags.find((tg) => tg.id === Number(id))?.name ?? `#${id}`).join('、')
  }
  const def = fieldDef(target)
  if (def?.type === 'enum') return enumLabel(def, v, lang)
  return String(v)
}

/** The targets of one change, named and joined (for "Ctrl+Z will undo: …"). */
export function targetsLabel(targets: readonly string[], t: T, label: (x: { zh: string; en: string }) => string): string {
  const names = targets.filter((x) => x !== 'status' || targets.length === 1).map((x) => targetName(x, t, label))
  return names.length > 3 ? `${names.slice(0, 3).join('、')} …（${targets.length}）` : names.join('、')
}
