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

/**
 * The bag's dictionary.csv ends with this row, the one place a bag documents its CSV format: whether text
 * cells that a spreadsheet would run as a formula carry a leading ' (csv-format's formula guard).
 */
export function csvFormulaNote(formulaGuard: boolean): DictionaryRow {
  return formulaGuard
    ? {
        id: '(text cells)',
        zh: "CSV 文件中以 =、+、-、@、制表符或回车开头的文本单元格前加有单引号 '，以免电子表格将其作为公式执行；数值不受影响。",
        en: "In the CSV files a text cell starting with =, +, -, @, a tab or a carriage return carries a leading ' so that spreadsheets show it as text instead of running it as a formula; numbers are unchanged. Export with --no-formula-guard (API: formulaGuard: false) to write the text exactly.",
        type: 'note', group: 'csv',
      }
    : {
        id: '(text cells)',
        zh: 'CSV 文件中的文本按原样写出（导出时关闭了公式防护）：以 =、+、-、@、制表符或回车开头的单元格在电子表格中可能被作为公式执行。',
        en: 'In the CSV files text is written exactly as stored (exported with --no-formula-guard): a cell starting with =, +, -, @, a tab or a carriage return may run as a formula if the file is opened in a spreadsheet.',
        type: 'note', group: 'csv',
      }
}
