/**
 * A stored document read again from its original (issue 14: a garbage text layer sent to OCR from the review
 * desk): its raw text, structure, page count and import warnings are replaced, then its extraction as a
 * re-extraction stores it (values a person corrected or confirmed are kept). Their spans pointed into the
 * old text, so they are cleared: the value stays, its place in the new text is unknown. One transaction.
 */
import type { ExtractionResult, ParsedDocument } from '../../shared/document'
import { ApiError } from '../../shared/contract'
import type { Db } from './db'
import { type CleanText, mapToBlob } from './codec'
import { insertWarnings, structureJson } from './documents'
import { storeExtraction } from './field-store'
import { stmt } from './statements'

export function replaceDocumentText(db: Db, id: number, parsed: ParsedDocument, clean: CleanText, extraction: ExtractionResult): void {
  db.transaction(() => {
    if (!stmt(db, 'SELECT 1 FROM documents WHERE id = ?').get(id)) throw new ApiError('not_found', `no document ${id}`)
    stmt(db, 'UPDATE documents SET page_count = ? WHERE id = ?').run(parsed.pageCount, id)
    // storeExtraction drops the search entry while the old clean text is still there, then indexes the new
    storeExtraction(db, id, extraction, clean)
    // a raw text is never updated in place (the texts view packs the clean text against it): the row is written anew
    stmt(db, 'DELETE FROM texts WHERE document_id = ?').run(id)
    stmt(db, 'INSERT INTO texts (document_id, raw_text, clean_text, clean_map, structure) VALUES (?, ?, ?, ?, ?)')
      .run(id, parsed.text, clean.text, mapToBlob(clean.map), structureJson(parsed))
    stmt(db, "DELETE FROM warnings WHERE document_id = ? AND source = 'import'").run(id)
    insertWarnings(db, id, 'import', parsed.warnings)
    stmt(db, "UPDATE fields SET span_start = NULL, span_end = NULL WHERE document_id = ? AND origin != 'auto'").run(id)
  }).immediate()
}
