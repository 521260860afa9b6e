/**
 * CSV lines of export records, the same bytes as `csvLine(recordCells(r, columns))` but made from the values a
 * record has rather than from every column (issue 15): a line has ~270 columns and a report ~20 values, so
 * the line starts as blank cells and only the record's own columns and its fields' cells are filled in.
 */
import { csvCell, recordCell } from './csv-format'
import type { Column } from './field-selection'
import type { ExportRecord } from './records'

export class CsvRows {
  /** the columns that are not a field's: [position, column] */
  private readonly own: [number, Column][] = []
  private readonly valueAt = new Map<string, number>()
  private readonly originAt = new Map<string, number>()
  private readonly sourceAt = new Map<string, number>()
  private readonly blank: string[]

  constructor(columns: readonly Column[], private readonly formulaGuard: boolean) {
    columns.forEach((c, i) => {
      if (c.kind === 'value') this.valueAt.set(c.field!.id, i)
      else if (c.kind === 'origin') this.originAt.set(c.field!.id, i)
      else if (c.kind === 'source') this.sourceAt.set(c.field!.id, i)
      else this.own.push([i, c])
    })
    this.blank = columns.map(() => '')
  }

  line(r: ExportRecord): string {
    const guard = this.formulaGuard
    const cells = this.blank.slice()
    for (const [i, c] of this.own) cells[i] = csvCell(recordCell(r, c), guard)
    // a blank value has a blank origin (recordCell: 'origin')
    for (const [id, f] of r.fields) {
      if (f.value === null) continue
      const v = this.valueAt.get(id)
      if (v !== undefined) cells[v] = csvCell(f.value, guard)
      const o = this.originAt.get(id)
      if (o !== undefined) cells[o] = csvCell(f.origin, guard)
    }
    for (const [id, copy] of r.group?.sources ?? []) {
      const s = this.sourceAt.get(id)
      if (s !== undefined) cells[s] = csvCell(copy, guard)
    }
    return `${cells.join(',')}\r\n`
  }
}
