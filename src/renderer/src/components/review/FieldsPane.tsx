/** The parsed fields, grouped: document, headline numbers, then the standard tables as grids. */
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
    <div className="fields-pane" data-testid="fields-pane">
      {groups.map((g) => (
        <section key={g} className={`group group-${g}`}>
          <h3>{t(`group.${g}` as MessageKey)}</h3>
          {g === 'document' || g === 'headline' ? (
            <div className="field-list">
              {GROUP_FIELDS[g].map((def) => (
                <div key={def.id} className="field-row">
                  <span className="field-label" title={`${label(def)} · ${def.id}`}>{label(def)}</span>
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
