/**
 * The import warnings the readers attach to a ParsedDocument, each in both UI languages.
 */
import type { DocWarning } from '../../shared/document'

export function warning(code: string, severity: DocWarning['severity'], message_en: string, message: string): DocWarning {
  return { code, severity, message, message_en }
}

export function mislabelledWarning(fileName: string, actual: string): DocWarning {
  return warning(
    'mislabelled',
    'warning',
    `${fileName} is named like another format but its content is ${actual.toUpperCase()}; read as ${actual.toUpperCase()}`,
    `文件扩展名与内容不符：内容实为 ${actual.toUpperCase()}，已按 ${actual.toUpperCase()} 读取`,
  )
}
