/**
 * The parsed fields, grouped: document, headline numbers, then the standard tables as grids. For
 * assistive technology each group is a grid (rows of label and value; the tables with their column and
 * row headers); for the keyboard the whole pane is one Tab stop with the arrows inside (data-zone).
 */
import type { ReactNode } from 'react'
import type { FieldDef, FieldGroup } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import { GROUP_FIELDS } from '../../lib/field-layout'
import { TableGrid } from './TableGrid'

export type CellFor = (def: FieldDef, compact: boolean) => ReactNode

export function FieldsPane({ groups, hiddenT3, cellFor }: { groups: FieldGroup[]; hiddenT3: ReadonlySet<string>; cellFor: CellFor }) {
  const { t, label } = useI18n()
  return (
    <div className="fields-pane" data-testid="fields-pane" data-zone="fields">
      {groups.map((g) => (
        <section key={g} className={`group group-${g}`} aria-labelledby={`group-${g}`}>
          <h3 id={`group-${g}`}>{t(`group.${g}` as MessageKey)}</h3>
          {g === 'document' || g === 'headline' ? (
            <div className="field-list" role="grid" aria-labelledby={`group-${g}`}>
              {GROUP_FIELDS[g].map((def) => (
                <div key={def.id} className="field-row" role="row">
                  <span className="field-label" role="rowheader" title={def.id}>{label(def)}</span>
                  {cellFor(def, false)}
                </div>
              ))}
            </div>
          ) : (
            <div className="grid-wrap"><TableGrid group={g} hiddenRows={g === 't3' ? hiddenT3 : new Set()} cellFor={cellFor} /></div>
          )}
        </section>
      ))}
    </div>
  )
}
