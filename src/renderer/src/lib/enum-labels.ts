/** Labels for enum values (report format, administrative level) from the catalogue; the id otherwise. */
import type { FieldDef, FieldValue } from '../../../shared/fields'
import { CATALOGUES, type Lang, type MessageKey } from '../i18n/catalogue'

const PREFIX: Record<string, string> = { format: 'format', admin_level: 'level' }

export function enumLabel(def: Pick<FieldDef, 'id'>, value: FieldValue, lang: Lang): string {
  if (value === null) return ''
  const prefix = PREFIX[def.id]
  const key = prefix ? (`${prefix}.${String(value)}` as MessageKey) : null
  return (key && CATALOGUES[lang][key]) || String(value)
}
