/**
 * A standard table (二, 三, 四) as a grid of rows × columns, each cell one field (id table.row.column).
 * It fits the pane's width (fixed layout, headers wrap: nothing is cut and nothing scrolls sideways) and
 * its column headers stay in view while the fields scroll (sticky), the row labels on the left.
 */
import type { FieldGroup } from '../../../../shared/fields'
import {
  T2_COLUMNS, T2_ROWS, T2V19_COLUMNS, T2V19_ROWS, T3_COLUMNS, T3_ROWS, T4_BLOCKS, T4_RESULTS, fieldDef,
} from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import type { CellFor } from './FieldsPane'

interface Grid { rows: readonly { id: string; zh: string; en: string; columns: readonly string[] }[]; cols: readonly { id: string; zh: string; en: string }[] }

function gridOf(group: FieldGroup): Grid | null {
  switch (group) {
    case 't2': return { rows: T2_ROWS, cols: T2_COLUMNS }
    case 't2v19': return { rows: T2V19_ROWS, cols: T2V19_COLUMNS }
    case 't3': return { rows: T3_ROWS, cols: T3_COLUMNS }
    case 't4': return { rows: T4_BLOCKS.map((b) => ({ ...b, columns: T4_RESULTS.map((r) => r.id) })), cols: T4_RESULTS }
    default: return null
  }
}

export function TableGrid({ group, hiddenRows, cellFor }: { group: FieldGroup; hiddenRows: ReadonlySet<string>; cellFor: CellFor }) {
  const { t, label, lang } = useI18n()
  const grid = gridOf(group)
  if (!grid) return null
  // only the columns some row uses, in dictionary order
  const used = grid.cols.filter((c) => grid.rows.some((r) => r.columns.includes(c.id)))
  return (
    <table className={`grid grid-${group} grid-${lang}`} lang={lang === 'en' ? 'en' : 'zh-CN'} data-testid={`grid-${group}`} role="grid" aria-label={t(`group.${group}` as MessageKey)}>
      <colgroup><col className="row-label-col" />{used.map((c) => <col key={c.id} />)}</colgroup>
      <thead>
        <tr><td className="corner" />{used.map((c) => <th key={c.id} scope="col">{label(c)}</th>)}</tr>
      </thead>
      <tbody>
        {grid.rows.filter((r) => !hiddenRows.has(r.id)).map((r) => (
          <tr key={r.id}>
            <th className="row-label" scope="row">{label(r)}</th>
            {used.map((c) => {
              if (!r.columns.includes(c.id)) return <td key={c.id} className="na" />
              const def = fieldDef(`${group}.${r.id}.${c.id}`)
              return <td key={c.id}>{def ? cellFor(def, true) : null}</td>
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
