/** Test helpers: a ParsedDocument built the way the readers build one (tables as ' | ' rows), then extracted. */
import type { ExtractionResult, ParsedDocument } from '../../src/shared/document'
import type { FieldValue } from '../../src/shared/fields'
import { extractReport } from '../../src/main/extract/index'
import { TextBuilder } from '../../src/main/ingest/text-builder'
import { cleanText } from '../../src/main/text/index'

export type Part = string | string[][]

/** Paragraph strings and tables (rows of cells), in order, through the readers' own TextBuilder. */
export function docOf(parts: Part[], kind: ParsedDocument['kind'] = 'docx'): ParsedDocument {
  const b = new TextBuilder()
  for (const p of parts) {
    if (typeof p === 'string') b.paragraph(p)
    else b.table(p)
  }
  return { kind, encoding: null, pageCount: null, text: b.build(), blocks: b.blocks, warnings: [] }
}

export function txtDoc(text: string): ParsedDocument {
  return { kind: 'txt', encoding: 'utf-8', pageCount: null, text, blocks: [], warnings: [] }
}

export function extract(doc: ParsedDocument): ExtractionResult {
  return extractReport(doc, cleanText(doc.text))
}

export function valuesOf(r: ExtractionResult): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {}
  for (const f of r.fields) out[f.field] = f.value
  return out
}

export const codes = (r: ExtractionResult): string[] => r.warnings.map((w) => w.code)
