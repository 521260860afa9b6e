/**
 * The archival package (BagIt, RFC 8493), built in a directory that the caller renames into place:
 *   data/originals/<file name>     the original bytes, checked against their SHA-256 on the way out
 *   data/texts/<file name>.txt     the clean text (the raw text when no clean text was stored)
 *   data/documents.csv, .jsonl     the dataset, as the CSV and JSON Lines exports
 *   data/files.csv                 which document each original and text belongs to
 *   data/dictionary.csv            the data dictionary, ending with a note on the CSV formula guard
 *   data/revisions.jsonl           every manual change to the exported documents
 * then manifest-sha256.txt over data/, bagit.txt, bag-info.txt and tagmanifest-sha256.txt.
 */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Db } from '../library/db'
import { ApiError } from '../../shared/contract'
import type { FieldDef } from '../../shared/fields'
import { TextFileWriter } from './atomic-output'
import { BAGIT_TXT, bagInfoLine, hashFile, listFiles, manifestLine } from './bagit-format'
import { UniqueNames } from './bag-names'
import { BOM, csvLine } from './csv-format'
import { csvFormulaNote, DICTIONARY_HEADER, dictionaryRows } from './dictionary'
import { recordColumns } from './field-selection'
import { wellFormedJson } from './jsonl-format'
import { openCsvSink, openJsonlSink, type RecordSink } from './record-sinks'
import { chunksOf, parseStoredValue, RecordReader } from './records'
import { GroupedReader } from './group-records'
import { yieldToLoop, type ExportControl, type ExportOptions } from './progress'

export interface BagOptions {
  labels: boolean
  provenance: boolean
  /** the CSV files follow the same formula guard as a CSV export (csv-format) */
  formulaGuard: boolean
  bagInfo?: ExportOptions['bagInfo']
  /** by report (issue 13): also data/report-groups.csv and .jsonl, one row per group of copies */
  units?: Map<number, number[]>
}

/** Steps beyond one per document: revisions, dictionary, checksums, tag files. */
export const BAG_EXTRA_STEPS = 3

interface RevisionRow {
  id: number; document_id: number; target: string; old_value: string | null; new_value: string | null
  old_origin: string | null; new_origin: string | null; reason: string; at: string; batch: string | null; undoes: number | null
}

async function closeAll(sinks: readonly RecordSink[]): Promise<void> {
  for (const s of sinks) await s.close()
}

export async function writeBag(
  db: Db, dir: string, ids: readonly number[], fields: readonly FieldDef[], opts: BagOptions, control: ExportControl,
): Promise<void> {
  const data = join(dir, 'data')
  await mkdir(join(data, 'originals'), { recursive: true })
  await mkdir(join(data, 'texts'), { recursive: true })

  const sinks: RecordSink[] = []
  try {
    const csv = await openCsvSink(join(data, 'documents.csv'), recordColumns(fields, opts.provenance), opts.labels, opts.formulaGuard)
    sinks.push(csv)
    const jsonl = await openJsonlSink(join(data, 'documents.jsonl'), fields)
    sinks.push(jsonl)
    const files = await TextFileWriter.open(join(data, 'files.csv'))
    sinks.push({ write: async () => {}, close: () => files.close(), abandon: () => files.abandon() }) // written per document below
    await files.write(BOM + csvLine(['id', 'sha256', 'source_file', 'original', 'text', 'text_source'], opts.formulaGuard))

    const reader = new RecordReader(db, fields.map((f) => f.id), true)
    const original = db.prepare('SELECT bytes FROM originals WHERE document_id = ?').pluck()
    const text = db.prepare('SELECT raw_text, clean_text FROM texts WHERE document_id = ?')
    const names = new UniqueNames()

    for (const chunk of chunksOf(ids)) {
      control.check()
      const records = reader.read(chunk)
      for (const r of records) {
        const name = names.claim(r.fileName, `document-${r.id}.${r.kind}`)
        const bytes = original.get(r.id) as Buffer | undefined
        if (bytes) {
          const sha = createHash('sha256').update(bytes).digest('hex')
          if (sha !== r.sha256) {
            throw new ApiError('internal', `the stored original of document ${r.id} (${r.fileName}) no longer matches its SHA-256; the bag was not written`)
          }
          await writeFile(join(data, 'originals', name), bytes)
        }
        const t = text.get(r.id) as { raw_text: string; clean_text: string } | undefined
        const textSource = !t ? null : t.clean_text !== '' ? 'clean' : 'raw'
        if (t) await writeFile(join(data, 'texts', `${name}.txt`), textSource === 'clean' ? t.clean_text : t.raw_text)
        await files.write(csvLine([
          r.id, r.sha256, r.fileName, bytes ? `originals/${name}` : null, t ? `texts/${name}.txt` : null, textSource,
        ], opts.formulaGuard))
        control.step(r.fileName)
      }
      await csv.write(records)
      await jsonl.write(records)
      if (records.length < chunk.length) control.step(null, chunk.length - records.length)
      await yieldToLoop()
    }
    await closeAll(sinks.splice(0))

    await writeRevisions(db, join(data, 'revisions.jsonl'), ids, control)
    control.step('revisions.jsonl')
    await writeDictionary(join(data, 'dictionary.csv'), fields, opts.formulaGuard)
    control.step('dictionary.csv')
    if (opts.units) await writeReportGroups(db, data, fields, opts, opts.units, control)
  } catch (e) {
    for (const s of sinks) await s.abandon()
    throw e
  }

  // payload manifest and Payload-Oxum from what is actually on disk
  const { files: payload } = await listFiles(dir, 'data')
  let manifest = ''
  let octets = 0
  for (const p of payload) {
    control.check()
    const h = await hashFile(join(dir, p))
    octets += h.bytes
    manifest += manifestLine(h.checksum, p)
  }
  await writeFile(join(dir, 'manifest-sha256.txt'), manifest)
  control.step('manifest-sha256.txt')

  const info = opts.bagInfo ?? {}
  const now = new Date()
  const bagInfo = [
    bagInfoLine('Source-Organization', info.sourceOrganization?.trim() || 'Not stated'),
    bagInfoLine('Bagging-Date', now.toISOString().slice(0, 10)),
    bagInfoLine('Bag-Software-Agent', 'Annalist'),
    bagInfoLine('Payload-Oxum', `${octets}.${payload.length}`),
    bagInfoLine('Bag-Count', '1 of 1'),
    bagInfoLine('Document-Count', String(ids.length)),
    bagInfoLine('Field-Count', String(fields.length)),
    bagInfoLine('External-Description', info.externalDescription?.trim()
      || `Chinese government information disclosure annual reports (政府信息公开工作年度报告): ${ids.length} documents with their originals, clean texts, extracted and reviewed fields, and revision log.`),
  ].join('')
  await writeFile(join(dir, 'bagit.txt'), BAGIT_TXT)
  await writeFile(join(dir, 'bag-info.txt'), bagInfo)
  let tagManifest = ''
  for (const tag of ['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt']) {
    tagManifest += manifestLine((await hashFile(join(dir, tag))).checksum, tag)
  }
  await writeFile(join(dir, 'tagmanifest-sha256.txt'), tagManifest)
}

async function writeRevisions(db: Db, path: string, ids: readonly number[], control: ExportControl): Promise<void> {
  const out = await TextFileWriter.open(path)
  try {
    const stmt = db.prepare(`SELECT id, document_id, target, old_value, new_value, old_origin, new_origin, reason, at, batch, undoes
      FROM revisions WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, id`)
    for (const chunk of chunksOf(ids)) {
      control.check()
      const rows = stmt.all(JSON.stringify(chunk)) as RevisionRow[]
      // an undo is a revision of the same document, so the chunk holds both ends
      const undone = new Set(rows.filter((r) => r.undoes !== null).map((r) => r.undoes))
      for (const r of rows) {
        await out.write(wellFormedJson(JSON.stringify({
          id: r.id, document_id: r.document_id, target: r.target,
          old_value: parseStoredValue(r.old_value), new_value: parseStoredValue(r.new_value),
          old_origin: r.old_origin, new_origin: r.new_origin, reason: r.reason, at: r.at,
          batch: r.batch, undoes: r.undoes, undone: undone.has(r.id),
        })) + '\n')
      }
      await yieldToLoop()
    }
    await out.close()
  } catch (e) {
    await out.abandon()
    throw e
  }
}

async function writeDictionary(path: string, fields: readonly FieldDef[], formulaGuard: boolean): Promise<void> {
  const lines = [BOM + csvLine([...DICTIONARY_HEADER], formulaGuard)]
  for (const d of [...dictionaryRows(fields), csvFormulaNote(formulaGuard)]) lines.push(csvLine([d.id, d.zh, d.en, d.type, d.group], formulaGuard))
  await writeFile(path, lines.join(''))
}

/** The bag's rows by report: every original stays in the bag; these two files fold the copies (issue 13). */
async function writeReportGroups(db: Db, data: string, fields: readonly FieldDef[], opts: BagOptions, units: Map<number, number[]>, control: ExportControl): Promise<void> {
  const sinks = [
    await openCsvSink(join(data, 'report-groups.csv'), recordColumns(fields, opts.provenance, true), opts.labels, opts.formulaGuard),
    await openJsonlSink(join(data, 'report-groups.jsonl'), fields),
  ]
  try {
    const reader = new GroupedReader(db, fields.map((f) => f.id), true, units)
    for (const chunk of chunksOf([...units.keys()])) {
      control.check()
      const records = reader.read(chunk)
      for (const s of sinks) await s.write(records)
      await yieldToLoop()
    }
    await closeAll(sinks)
  } catch (e) {
    for (const s of sinks) await s.abandon()
    throw e
  }
}
