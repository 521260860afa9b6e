/**
 * The service map: every method of the API contract, implemented over one open library. Each call is
 * validated at the door (validators.ts), runs, and announces what it changed on the event bus.
 * Transports (ipcMain in the shell, the HTTP bridge, tests) call `services.call(method, rawArgs)`: it
 * accepts untrusted input and always fails with an ApiError.
 */
import type { Api, ApiMethod, ApiResult, ExportSettings } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import { documentCount, getDocument, readOriginal } from '../library/documents'
import { confirmFields, setFieldValues } from '../library/field-store'
import { LATEST_VERSION } from '../library/migrations'
import { LibraryError } from '../library/errors'
import { countExport } from '../export'
import type { ServiceContext } from './context'
import { buildAuthority, documentsWithAgency } from '../dataset/authority'
import { yearNeighbours } from '../import/cross-year'
import { copyGroupOf, copyGroups, joinCopies, splitCopies } from '../dataset/copy-store'
import { compareCopies } from '../dataset/compare-copies'
import { compareYears } from '../dataset/compare-years'
import { renameAgency, splitAgencyName } from '../dataset/agency-decisions'
import { chooseFromCopy } from '../library/copy-choice'
import { datasetView } from '../dataset/view'
import { deleteSaved, listSaved, saveSearch } from './saved-searches'
import { historySteps, redo, undo } from './history'
import { deriveRegionFromAgency } from './region-from-agency'
import { dismissWarning } from './dismiss'
import { revalidate } from './revalidate'
import { reviewerOf } from './reviewer'
import { chooseAndImport, closeImportPool, startExport, startReocr, startCheck, startUpload, type UploadedFile } from './jobs-glue'
import { listDocuments, listIds } from './list-query'
import { listHistory } from './revisions'
import { nextInQueue, setNote, setStatus, startReview } from './review'
import { searchDocuments } from './search'
import { applyTag, createTag, deleteTag, listTags, updateTag } from './tags'
import { VALIDATORS } from './validators'
import type { DocumentKind } from '../../shared/document'

export type { ServiceContext } from './context'
export type { UploadedFile } from './jobs-glue'

/** Arguments already validated; the compiler checks every contract method has a handler. */
export type ServiceMap = { [M in ApiMethod]: (args: Api[M][0]) => Promise<ApiResult<M>> }

/** The field dictionary's version, bumped when ids are added (exports and the UI compare it). */
export const DICTIONARY_VERSION = '1'

export function createServiceMap(ctx: ServiceContext): ServiceMap {
  const { db, events } = ctx
  const who = (given: string | undefined): string => reviewerOf(given, ctx.reviewer ?? '')
  const changed = (ids: number[] | null): void => { if (ids === null || ids.length > 0) events.emit('library.changed', { ids }) }
  // The export engine knows all / verified / ids: "the current filter" becomes the ids it lists now.
  const byIds = (req: ExportSettings): ExportSettings => {
    if (req.scope !== 'filter') return req
    const { filter, ...rest } = req
    return { ...rest, scope: 'ids', ids: listIds(db, filter ?? {}) }
  }
  return {
    'library.info': async () => ({ path: ctx.path, documents: documentCount(db), demo: ctx.demo, version: LATEST_VERSION, mode: ctx.mode, ...(ctx.upgrade && !ctx.upgrade.finished ? { upgrade: ctx.upgrade } : {}) }),
    'documents.list': async (q) => listDocuments(db, q),
    'documents.get': async ({ id }) => {
      const d = getDocument(db, id)
      if (!d) throw new ApiError('not_found', `no document ${id}`)
      return d
    },
    'documents.setStatus': async ({ ids, status, override, reason, reviewer }) => {
      const r = setStatus(db, ids, status, { override, reason, reviewer: who(reviewer) })
      changed(r.changedIds)
      return { changed: r.changed, refused: r.refused, batch: r.batch }
    },
    'documents.setNote': async ({ id, note, reviewer }) => {
      if (setNote(db, id, note, who(reviewer))) changed([id])
    },
    'documents.queue': async ({ after, tier, passed }) => nextInQueue(db, after, { tier, passed }),
    // every change of values is followed by re-validation (issue 11), and starts the review of a new document
    'fields.set': async ({ ids, field, value, reason, span, approximate, reviewer }) => {
      const r = setFieldValues(db, ids, field, value, { reason, origin: 'corrected', span, approximate, reviewer: who(reviewer) })
      if (r.changed > 0) {
        // 地区 follows 发布机关 unless a person set it: one change, undone together
        if (field === 'agency') deriveRegionFromAgency(db, ids, r.batch, who(reviewer))
        startReview(db, ids, r.batch, who(reviewer))
        revalidate(db, ids)
      }
      changed(ids)
      return r
    },
    'fields.confirm': async ({ id, fields, reviewer }) => {
      const r = confirmFields(db, id, fields, { reviewer: who(reviewer) })
      if (r.changed > 0) {
        startReview(db, [id], r.batch, who(reviewer))
        revalidate(db, [id])
      }
      changed([id])
      return r
    },
    'warnings.dismiss': async ({ id, warning, reason, reviewer }) => {
      const r = dismissWarning(db, id, warning, reason, who(reviewer))
      startReview(db, [id], r.batch, who(reviewer))
      revalidate(db, [id])
      changed([id])
      return r
    },
    'search.query': async ({ q, limit }) => searchDocuments(db, q, limit),
    'tags.list': async () => listTags(db),
    'tags.create': async ({ name, color }) => {
      const t = createTag(db, name, color)
      changed(null)
      return t
    },
    'tags.update': async ({ id, name, color }) => {
      const t = updateTag(db, id, { name, color })
      changed(null)
      return t
    },
    'tags.delete': async ({ id }) => {
      deleteTag(db, id)
      changed(null)
    },
    'tags.apply': async ({ ids, tag, on, reviewer }) => {
      const r = applyTag(db, ids, tag, on, who(reviewer))
      changed(r.changedIds)
      return { changed: r.changed, batch: r.batch }
    },
    'history.list': async ({ id }) => {
      if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) throw new ApiError('not_found', `no document ${id}`)
      return listHistory(db, id)
    },
    'history.undo': async (sel) => {
      const r = undo(db, { ...sel, reviewer: who(sel.reviewer) })
      revalidate(db, r.documents)
      changed(null)
      return { undone: r.undone }
    },
    'history.redo': async (sel) => {
      const r = redo(db, { ...sel, reviewer: who(sel.reviewer) })
      revalidate(db, r.documents)
      changed(null)
      return { redone: r.redone }
    },
    'history.steps': async ({ id }) => {
      if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) throw new ApiError('not_found', `no document ${id}`)
      return historySteps(db, id)
    },
    'import.choose': async ({ folder, ocrPages }) => chooseAndImport(ctx, folder ?? false, ocrPages),
    'jobs.cancel': async ({ job }) => ctx.jobs.cancel(job),
    'documents.reocr': async ({ id, ocrPages }) => startReocr(ctx, id, ocrPages),
    'library.check': async () => startCheck(ctx),
    'export.count': async (req) => ({ documents: countExport(db, byIds(req)) }),
    'export.start': async (req) => startExport(ctx, byIds(req)),
    'fields.dictionary': async () => ({ version: DICTIONARY_VERSION }),
    'dataset.agencies': async () => buildAuthority(db),
    'dataset.groups': async () => copyGroups(db),
    'documents.neighbours': async ({ id }) => {
      if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) throw new ApiError('not_found', `no document ${id}`)
      return yearNeighbours(db, id)
    },
    'documents.years': async ({ id }) => {
      const r = compareYears(db, id)
      if (!r) throw new ApiError('not_found', `no document ${id}`)
      return r
    },
    'dataset.view': async (q) => datasetView(db, q),
    'saved.list': async () => listSaved(db),
    'saved.save': async ({ name, filter }) => {
      const r = saveSearch(db, name, filter)
      changed(null)
      return r
    },
    'saved.delete': async ({ id }) => {
      deleteSaved(db, id)
      changed(null)
    },
    'dataset.mergeAgency': async ({ from, to, reason, reviewer }) => {
      const ids = documentsWithAgency(db, from)
      if (ids.length === 0) return { changed: 0, batch: '', documents: [] }
      // the same path as a person's bulk correction: revisions in one batch (undoable at once), re-validated
      const r = setFieldValues(db, ids, 'agency', to, { reason: reason ?? `合并机构名称 merged agency names: ${from.join(' / ')} → ${to}`, origin: 'corrected', reviewer: who(reviewer) })
      if (r.changed > 0) {
        startReview(db, ids, r.batch, who(reviewer))
        revalidate(db, ids)
      }
      changed(ids)
      return { ...r, documents: ids }
    },
    'dataset.splitAgency': async ({ name, back, reviewer }) => {
      splitAgencyName(db, name, who(reviewer), back ?? false)
      changed(null)
      return buildAuthority(db)
    },
    'dataset.renameAgency': async ({ key, name, reviewer }) => {
      renameAgency(db, key, name, who(reviewer))
      changed(null)
      return buildAuthority(db)
    },
    'copies.get': async ({ id }) => {
      if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) throw new ApiError('not_found', `no document ${id}`)
      return compareCopies(db, id)
    },
    'copies.choose': async ({ id, source, fields, reviewer }) => {
      if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) throw new ApiError('not_found', `no document ${id}`)
      if (source !== id && !copyGroupOf(db, id)?.documents.includes(source)) throw new ApiError('conflict', `document ${source} is not a copy of document ${id}'s report`)
      const r = chooseFromCopy(db, id, source, fields, { reviewer: who(reviewer) })
      if (r.changed > 0) {
        startReview(db, [id], r.batch, who(reviewer))
        revalidate(db, [id])
      }
      changed([id])
      return r
    },
    'copies.split': async ({ ids, reviewer }) => {
      const r = splitCopies(db, ids, who(reviewer))
      changed(null)
      return r
    },
    'copies.join': async ({ ids, reviewer }) => {
      const r = joinCopies(db, ids, who(reviewer))
      changed(null)
      return r
    },
  }
}

/** What an edit of a read-only library answers: a conflict the person can understand, never a 500. */
export const READ_ONLY_MESSAGE = '资料库以只读方式打开（只读介质或文件夹），不能保存修改；请先备份到可写的文件夹再编辑副本。The library is open read-only (a read-only medium or folder); changes cannot be saved — back it up to a writable folder and edit the copy.'

/** The methods that change the library: refused at the door of a read-only library. */
const WRITES: ReadonlySet<string> = new Set<ApiMethod>([
  'documents.setStatus', 'documents.setNote', 'fields.set', 'fields.confirm', 'tags.create', 'tags.update', 'tags.delete',
  'tags.apply', 'history.undo', 'history.redo', 'import.choose', 'dataset.mergeAgency', 'copies.choose', 'copies.split', 'copies.join',
  'dataset.splitAgency', 'dataset.renameAgency', 'saved.save', 'saved.delete', 'documents.reocr',
])

/** Any failure as an ApiError, so that every transport sends the same `{name, code, message}`. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  if (e instanceof LibraryError) return new ApiError(e.code === 'read_only' ? 'conflict' : 'unavailable', e.code === 'read_only' ? READ_ONLY_MESSAGE : e.message)
  const msg = e instanceof Error ? e.message : String(e)
  // a write that got past the door anyway (SQLITE_READONLY*): the same answer
  const raw: unknown = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined
  const code = typeof raw === 'string' ? raw : ''
  if (code.startsWith('SQLITE_READONLY') || /readonly database/i.test(msg)) return new ApiError('conflict', READ_ONLY_MESSAGE)
  if (/SQLITE_BUSY|database is locked/i.test(msg)) return new ApiError('unavailable', 'the library is busy; try again')
  if (/SQLITE_CONSTRAINT/i.test(msg)) return new ApiError('conflict', msg)
  return new ApiError('internal', msg)
}

/** The method that once let a caller name files to read (issue 10): gone, and refused with a reason. */
const PATHS_REFUSED = "'import.paths' is refused: files to import are picked in the app's open dialog (desktop) or uploaded (browser); the command line takes paths"

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(VALIDATORS, name)
}

/** `format`: the original's own format when it was read like another kind (issue 14: .doc/.wps, MHTML) */
export interface OriginalFile { bytes: Buffer; kind: DocumentKind; fileName: string; encoding: string | null; format?: 'doc' | 'wps' | 'mhtml' | null }

export interface Services {
  readonly ctx: ServiceContext
  readonly map: ServiceMap
  /** Untrusted method name and arguments in; the result, or a thrown ApiError. */
  call(method: string, rawArgs: unknown): Promise<unknown>
  /** The original bytes of a document (PDF rendering, download). */
  original(id: number): OriginalFile
  /** Browser-mode import of uploaded files; `ocrPages`: pages of a scan OCR reads at once (checked by the caller). */
  upload(files: UploadedFile[], opts?: { ocrPages?: number }): { job: string }
  /** Cancel running jobs and wait for them (before the library is closed). */
  shutdown(): Promise<void>
}

export function createServices(ctx: ServiceContext): Services {
  const map = createServiceMap(ctx)
  return {
    ctx,
    map,
    async call(method, rawArgs) {
      if (method === 'import.paths') throw new ApiError('bad_request', PATHS_REFUSED)
      if (!isApiMethod(method)) throw new ApiError('bad_request', `unknown method '${method}'`)
      if (ctx.db.readonly && WRITES.has(method)) throw new ApiError('conflict', READ_ONLY_MESSAGE)
      try {
        const args = VALIDATORS[method](rawArgs)
        const handler = map[method] as (a: unknown) => Promise<unknown>
        return await handler(args)
      } catch (e) {
        throw toApiError(e)
      }
    },
    original(id) {
      const row = ctx.db.prepare('SELECT kind, file_name, encoding, (SELECT format FROM document_origins WHERE document_id = documents.id) AS format FROM documents WHERE id = ?')
        .get(id) as { kind: DocumentKind; file_name: string; encoding: string | null; format: OriginalFile['format'] } | undefined
      const bytes = row ? readOriginal(ctx.db, id) : null
      if (!row || !bytes) throw new ApiError('not_found', `no document ${id}`)
      return { bytes, kind: row.kind, fileName: row.file_name, encoding: row.encoding, format: row.format }
    },
    upload(files, opts) {
      if (ctx.db.readonly) throw new ApiError('conflict', READ_ONLY_MESSAGE)
      try {
        return startUpload(ctx, files, opts?.ocrPages)
      } catch (e) {
        throw toApiError(e)
      }
    },
    async shutdown() {
      await ctx.jobs.cancelAll()
      await closeImportPool(ctx)
    },
  }
}
