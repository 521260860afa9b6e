/** The data dictionary an export ships with: the record columns, then every exported field. */
import type { FieldDef } from '../../shared/fields'
import { RECORD_COLUMN_DICTIONARY } from './field-selection'

export interface DictionaryRow { id: string; zh: string; en: string; type: string; group: string }

export const DICTIONARY_HEADER = ['id', 'zh', 'en', 'type', 'group'] as const
export const DICTIONARY_HEADER_ZH = ['字段编号', '中文', 'English', '类型', '分组'] as const

export function dictionaryRows(fields: readonly FieldDef[]): DictionaryRow[] {
  return [
    ...RECORD_COLUMN_DICTIONARY,
    ...fields.map((f) => ({
      id: f.id, zh: f.zh, en: f.en,
      type: f.options ? `${f.type} (${f.options.join(', ')})` : f.type,
      group: f.group,
    })),
  ]
}
