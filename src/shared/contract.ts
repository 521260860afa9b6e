/**
 * The one API contract. The Electron preload, the loopback HTTP bridge (browser mode) and the CLI all
 * speak it; main implements it in src/main/services and validates every argument at the door.
 * A method added here must be implemented in the service map: the compiler finds what is missing.
 */
import type { DocWarning, DocumentKind, DocumentOrigin, Block, FieldCandidate } from './document'
import type { FieldValue, ReportFormat } from './fields'
import type { TextBox } from './text-box'

export type DocStatus = 'new' | 'in_review' | 'verified' | 'flagged'
export const DOC_STATUSES: readonly DocStatus[] = ['new', 'in_review', 'verified', 'flagged']
export type FieldOrigin = 'auto' | 'corrected' | 'confirmed'

export interface Tag { id: number; name: string; color: string; count?: number }

export interface DocumentRow {
  id: number
  file_name: string
  kind: DocumentKind
  encoding: string | null
  title: string | null
  agency: string | null
  region: string | null
  report_year: number | null
  format: ReportFormat | null
  status: DocStatus
  errors: number
  warnings: number
  tags: number[]
  imported_at: string
  text_length: number
}

export interface FieldState {
  field: string
  value: FieldValue
  approximate: boolean
  span: [number, number] | null
  confidence: number | null
  rule: string | null
  origin: FieldOrigin
  updated_at: string
  /** the copy of the report a person chose this value from (issue 13); absent when it is the document's own */
  source?: number
}

export interface StoredWarning extends DocWarning {
  id: number
  source: 'import' | 'extract'
  /** 'dismissed': a person accepted it (with a reason) and its values have not changed since; not counted */
  state?: 'open' | 'dismissed'
  dismissal?: { id: number; reason: string; reviewer: string; at: string }
}

export interface DocumentDetail {
  id: number
  sha256: string
  size: number
  file_name: string
  file_path: string | null
  kind: DocumentKind
  encoding: string | null
  page_count: number | null
  imported_at: string
  status: DocStatus
  note: string
  extractor_version: string | null
  /** where it came from beyond its file: its own format, a web archive's URL and capture date (issue 14); null for a plain file */
  origin?: DocumentOrigin | null
  tags: number[]
  fields: FieldState[]
  warnings: StoredWarning[]
  raw_text: string
  clean_text: string
  /** for every clean-text offset, the raw-text offset it came from (length clean_text.length + 1) */
  clean_map: number[]
  blocks: Block[]
  page_starts: number[] | null
  /** PDF and OCR'd scans: where runs of raw_text sit on the pages; null when not recorded (imported before issue 11) */
  boxes?: TextBox[] | null
  /** who verified it and when (the latest change of status to verified), null when not verified */
  verified?: { by: string; at: string } | null
  /** values the extractor considered for fields it left empty or kept below its confidence threshold */
  candidates?: FieldCandidate[]
}

export interface Revision {
  id: number
  document_id: number
  target: string
  old_value: FieldValue
  new_value: FieldValue
  old_origin: FieldOrigin | null
  new_origin: FieldOrigin | null
  reason: string
  at: string
  batch: string | null
  undoes: number | null
  undone: boolean
  /** who made the change ('' when not known) */
  reviewer?: string
}

/** What the document's Ctrl+Z (or Ctrl+Shift+Z) would undo (redo) now: one change, its targets. */
export interface HistoryStep { batch: string; targets: string[]; revisions: number }

export type SortKey = 'id' | 'file_name' | 'agency' | 'region' | 'report_year' | 'format' | 'status' | 'warnings' | 'imported_at'
export interface ListQuery {
  status?: DocStatus[]
  year?: number[]
  format?: (ReportFormat | 'unknown')[]
  tag?: number[]
  hasWarnings?: boolean
  /** full-text search over the texts; any length of Chinese substring */
  search?: string
  /** the dataset view's facets (issue 13): any of the values written (agency, region as written) */
  agency?: string[]
  region?: string[]
  level?: string[]
  kind?: DocumentKind[]
  /** documents with an open warning of one of these codes */
  warning?: string[]
  /** field conditions, all of which must hold (a saved search's body) */
  conditions?: FieldCondition[]
  /** a saved search by id: its filters and conditions, evaluated now (a smart list) */
  saved?: number
  sort?: SortKey
  desc?: boolean
  offset?: number
  limit?: number
}
/**
 * `estimated`: `total` is an estimate (a search found in most of a very large library: counting every match
 * would take seconds; the share found in the documents walked, times the filtered documents). The rows are exact.
 */
export interface ListResult { total: number; rows: DocumentRow[]; estimated?: boolean }

/**
 * One condition of a saved search (issue 13). `field` is a field id of the dictionary (table cells too:
 * `t3.new.total`) or one of the document's own properties: `status`, `kind`, `tag` (a tag's name),
 * `warning` (an open warning's code; `present`/`empty` for any), `verified_by` (who last verified it).
 * Numbers compare as numbers, dates and text as written; `starts`/`contains` take text.
 */
export type ConditionOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'starts' | 'contains' | 'empty' | 'present'
export const CONDITION_OPS: readonly ConditionOp[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'starts', 'contains', 'empty', 'present']
export const CONDITION_PROPERTIES = ['status', 'kind', 'tag', 'warning', 'verified_by'] as const
export interface FieldCondition { field: string; op: ConditionOp; value?: string | number }

/** The filters a saved search keeps: a list query without its sort, paging or another saved search. */
export type SavedFilter = Omit<ListQuery, 'sort' | 'desc' | 'offset' | 'limit' | 'saved'>
/** A named search kept in the library; `count` is how many documents it finds now. */
export interface SavedSearch { id: number; name: string; filter: SavedFilter; created_at: string; count: number }

/** The dataset view's facets: counts per value over the filtered set (each facet ignoring its own choice). */
export type FacetName = 'status' | 'year' | 'format' | 'kind' | 'level' | 'region' | 'agency' | 'tag' | 'warning'
export const FACET_NAMES: readonly FacetName[] = ['status', 'year', 'format', 'kind', 'level', 'region', 'agency', 'tag', 'warning']
/** `value` null: documents without one (no year, no warning…) */
export interface FacetCount { value: string | number | null; count: number }
export interface Facet { name: FacetName; values: FacetCount[]; /** values beyond those listed (the longest facets are cut) */ more: number }
/** One cell of the coverage grid: the reports of one agency for one year. */
export interface CoverageCell { year: number; documents: number; verified: number; /** the first document, to open */ id: number }
export interface CoverageRow { agency: string; documents: number; cells: CoverageCell[] }
/** The headline figures summed over the filtered set per report year (the charts). */
export const CHART_FIELDS = ['applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total', 'admin_reconsiderations', 'admin_lawsuits'] as const
export type ChartField = (typeof CHART_FIELDS)[number]
export interface YearFigures { year: number; documents: number; sums: Partial<Record<ChartField, number>>; reporting: Partial<Record<ChartField, number>> }
export interface DatasetView {
  total: number
  facets: Facet[]
  grid: { years: number[]; agencies: number; offset: number; rows: CoverageRow[] }
  years: YearFigures[]
  /** present when the query asked for `split`: requests received per year in one series per level or region */
  split?: SplitFigures
}
/**
 * Requests received per year split by administrative level (every level) or by region (the 8 with most
 * requests; the rest, and reports without a region or level, in the series whose `key` is null).
 */
export interface SplitFigures { by: SplitBy; series: { key: string | null; sums: Record<number, number> }[] }
export type SplitBy = 'level' | 'region'
export interface DatasetQuery { filter?: ListQuery; gridOffset?: number; gridLimit?: number; split?: SplitBy }

export interface SearchHit { id: number; file_name: string; title: string | null; snippet: string; count: number }

export interface ImportedItem { id: number; file: string; kind: DocumentKind; encoding: string | null; warnings: DocWarning[] }
export interface ImportSummary {
  imported: ImportedItem[]
  duplicates: { file: string; id: number }[]
  failed: { file: string; error: string }[]
  /**
   * files inside given folders left out, each with why: the extension is plainly not a report (.json,
   * .jpg, …), hidden, a pipe or device, a link leading outside the chosen folder
   */
  skipped?: { file: string; reason: string }[]
  cancelled: boolean
  /**
   * web archives opened (issue 14): per archive, how many records were reports imported as documents and
   * how many were skipped; each skipped record is also in `skipped` with its URL and why
   */
  archives?: { file: string; records: number; reports: number; skipped: number }[]
  /** why the import stopped before the end (the library's disk is full); the files listed are done */
  stopped?: string
  /** how many pages of a scan OCR read at once in this import; absent: OCR was off */
  ocrPagesAtOnce?: number
}

/** The most pages of one document OCR reads at once (each takes a core and about 1 GB while it is read). */
export const MAX_OCR_PAGES_AT_ONCE = 16

export type ExportFormat = 'csv' | 'xlsx' | 'jsonl' | 'bagit'
export type FieldGroupChoice = 'document' | 'headline' | 't2' | 't2v19' | 't3' | 't4'
/**
 * What a person chooses for an export, as the window and the HTTP bridge send it. It names no place to
 * write: the desktop app asks with its own save dialog in main, the browser mode offers a download.
 */
export interface ExportSettings {
  format: ExportFormat
  /** 'ids' exports exactly `ids` (a selection); 'filter' exports what `filter` lists (paging ignored) */
  scope: 'all' | 'verified' | 'ids' | 'filter'
  ids?: number[]
  /** with scope 'filter': the library's list query (status, year, format, tag, hasWarnings, search) */
  filter?: ListQuery
  groups?: FieldGroupChoice[]
  /** explicit field ids; overrides groups */
  fields?: string[]
  labels?: boolean
  provenanceColumns?: boolean
  /**
   * CSV (also inside a bag): a text cell starting with = + - @, a tab or a CR gets a leading ' so that a
   * spreadsheet shows it instead of running it as a formula; numbers are never touched. Default true;
   * false writes the text exactly (for pandas, R). XLSX and JSON Lines never need it.
   */
  formulaGuard?: boolean
  /**
   * By report (issue 13): one row per group of copies (a document without copies is its own row), with the
   * reconciled values and, per value, the copy it came from (`<field>__source`, JSON Lines provenance
   * `source`). A bag keeps its per-document files and adds report-groups.csv and .jsonl.
   */
  byGroup?: boolean
}
/**
 * The export engine's request: the settings plus where to write. Built only inside main (the CLI from its
 * --out, the desktop app from the save dialog, the browser mode from a private temporary folder); never
 * taken from a caller of the contract, whose validators refuse an `out` (issue 10).
 */
export interface ExportRequest extends ExportSettings {
  out?: string
}
export interface ExportSummary { path: string; documents: number; bytes: number; format: ExportFormat }

export type JobKind = 'import' | 'export' | 'reextract' | 'reocr' | 'check'
/**
 * `pages`: the current document is read by OCR, this many of its pages done (issue 14). A check (library.check)
 * names its part in `current` (CheckPart) and counts in done/total that part's tables (integrity, tables,
 * references), documents (documents, search) or originals (fixity, with the bytes read of all in `bytes`).
 */
/** `elapsed`: seconds the current part has run, where the job knows it (a check's parts run at once, each shown in its turn). */
export interface JobProgress { job: string; kind: JobKind; done: number; total: number; current: string | null; pages?: { done: number; total: number }; bytes?: { done: number; total: number }; elapsed?: number }
/** The parts of a check, in the order they run (`current` of a check job's progress). */
export type CheckPart = 'integrity' | 'tables' | 'references' | 'documents' | 'search' | 'fixity'
/** What `annalist check` prints: a line per part ('ok   …' or 'FAIL …'), then the verdict. */
export interface CheckSummary { ok: boolean; lines: string[] }
export type JobEnd =
  | { job: string; kind: 'import'; summary: ImportSummary }
  | { job: string; kind: 'export'; summary: ExportSummary | null; error?: string }
  | { job: string; kind: 'reextract'; summary: { documents: number } }
  /** a document read again by OCR (documents.reocr); `error` when it could not be */
  | { job: string; kind: 'reocr'; summary: { id: number; pages: number } | null; error?: string }
  /** the library checked (library.check); null with `error` when the check itself could not run */
  | { job: string; kind: 'check'; summary: CheckSummary | null; error?: string }

/**
 * A library made by an older version being upgraded behind the window (issue 15), documents done of all: its texts
 * stored once (migration 13), or with `step` a migration's long step (migration 15's file-name search index:
 * library/upgrade-steps.ts), step `index` of `count`, named by `id` (0 / 0 documents: a step that is one statement).
 */
export interface LibraryUpgrade { done: number; total: number; finished: boolean; step?: { version: number; index: number; count: number; id: string } }
/** `upgrade`: present while the library's texts are being upgraded (library.upgrade events follow its progress). */
export interface LibraryInfo { path: string; documents: number; demo: boolean; version: number; mode: 'electron' | 'browser'; upgrade?: LibraryUpgrade }

/** Every method: name -> [argument, result]. */
export interface Api {
  'library.info': [void, LibraryInfo]
  /**
   * `annalist check` as a job (issue 15): SQLite's integrity, every table, references, whole documents, the
   * search index against the texts, and fixity (every original against its SHA-256), with progress and cancel.
   */
  'library.check': [void, { job: string }]
  'documents.list': [ListQuery, ListResult]
  'documents.get': [{ id: number }, DocumentDetail]
  'documents.setStatus': [{ ids: number[]; status: DocStatus; override?: boolean; reason?: string; reviewer?: string }, { changed: number; refused: { id: number; reason: string }[]; batch?: string }]
  'documents.setNote': [{ id: number; note: string; reviewer?: string }, void]
  /**
   * The next document to review after `after`, in queue order (errors, then low confidence, then the rest;
   * verified skipped). `tier` is where `after` stood when it was reached (it may have left its tier since);
   * `passed` are the documents already walked this session: never offered again. `ahead`: how many open
   * documents are left after `next`, passed ones not counted.
   */
  'documents.queue': [{ after?: number; tier?: number; passed?: number[] }, { next: number | null; remaining: number; tier?: number | null; ahead?: number }]
  'fields.set': [{ ids: number[]; field: string; value: FieldValue; reason?: string; /** raw-text span the value was picked from (one document only) */ span?: [number, number]; /** a number written as approximate (300余) */ approximate?: boolean; reviewer?: string }, { changed: number; batch: string }]
  'fields.confirm': [{ id: number; fields: string[]; reviewer?: string }, { changed: number; batch: string }]
  /** A person accepted a warning (kept as a revision); it stays dismissed until the values it concerns change. */
  'warnings.dismiss': [{ id: number; warning: number; reason: string; reviewer?: string }, { batch: string }]
  'search.query': [{ q: string; limit?: number }, SearchHit[]]
  'tags.list': [void, Tag[]]
  'tags.create': [{ name: string; color?: string }, Tag]
  'tags.update': [{ id: number; name?: string; color?: string }, Tag]
  'tags.delete': [{ id: number }, void]
  'tags.apply': [{ ids: number[]; tag: number; on: boolean; reviewer?: string }, { changed: number; batch: string }]
  'history.list': [{ id: number }, Revision[]]
  /** `document` alone: that document's last change (its own stack, derived from the revisions); with `batch`: only its part of it */
  'history.undo': [{ revision?: number; batch?: string; document?: number; reviewer?: string }, { undone: number }]
  'history.redo': [{ revision?: number; batch?: string; document?: number; reviewer?: string }, { redone: number }]
  'history.steps': [{ id: number }, { undo: HistoryStep | null; redo: HistoryStep | null }]
  /**
   * Desktop: main shows the native open dialog (files, or one folder) and imports what the person picked;
   * `job` is null when they cancelled. The caller never names a path. Browser mode: refused (files come in
   * by upload). `ocrPages`: how many pages of a scan OCR reads at once (1–16, default 1; the desk's setting).
   */
  'import.choose': [{ folder?: boolean; ocrPages?: number }, { job: string | null }]
  'jobs.cancel': [{ job: string }, void]
  'export.count': [ExportSettings, { documents: number }]
  /** desktop: main asks where with its save dialog (cancelled: ApiError 'cancelled'); browser: a download */
  'export.start': [ExportSettings, { job: string }]
  'fields.dictionary': [void, { version: string }]
  /** the authority list of agencies built from the library: one agency under its written names (issue 13) */
  'dataset.agencies': [void, AgencyEntry[]]
  /** documents that are copies of one report (same agency and year, closely matching text) */
  'dataset.groups': [void, CopyGroup[]]
  /** the same agency's reports of the year before and after this one (the cross-year checks compare with them) */
  'documents.neighbours': [{ id: number }, { previous: number | null; next: number | null }]
  /** this report beside the same agency's previous and next one, with the cross-year checks between them (the desk's years view) */
  'documents.years': [{ id: number }, YearsComparison]
  /**
   * Read a PDF or image document again by OCR (issue 14: a text layer of mojibake from a broken font), as a
   * job with progress per page and cancel. Its text and automatic values are replaced; values a person set stay.
   * `ocrPages`: pages read at once, as for an import.
   */
  'documents.reocr': [{ id: number; ocrPages?: number }, { job: string }]
  /**
   * One agency, one name: every document whose agency is written as one of `from` gets `to`, as one undoable
   * bulk change (history.undo with the returned batch), re-validated like any correction.
   */
  'dataset.mergeAgency': [{ from: string[]; to: string; reason?: string; reviewer?: string }, { changed: number; batch: string; documents: number[] }]
  /** a written agency name is not the agency its key puts it with: it becomes its own (`back`: undo that) */
  'dataset.splitAgency': [{ name: string; back?: boolean; reviewer?: string }, AgencyEntry[]]
  /** the canonical name of an agency (by its key); '' goes back to its most used written form */
  'dataset.renameAgency': [{ key: string; name: string; reviewer?: string }, AgencyEntry[]]
  /** the copies of the document's report side by side (null: it has none) */
  'copies.get': [{ id: number }, CopyComparison | null]
  /**
   * "For these fields (or table cells), copy `source` is right": the document `id` takes source's values as
   * one revision batch with the source copy as provenance (undone like any correction); `source` must be in
   * id's group (or be id itself, which confirms its own values).
   */
  'copies.choose': [{ id: number; source: number; fields: string[]; reviewer?: string }, { changed: number; batch: string }]
  /** a person's decision: `ids` are not copies of the rest of their group (they form their own, or stand alone) */
  'copies.split': [{ ids: number[]; reviewer?: string }, CopyGroup[]]
  /** a person's decision: these documents and their groups are copies of one report */
  'copies.join': [{ ids: number[]; reviewer?: string }, CopyGroup]
  /** the dataset view (issue 13): facet counts, the coverage grid (a page of agencies) and the figures per year, for a filter */
  'dataset.view': [DatasetQuery, DatasetView]
  /** saved searches (smart lists), each with how many documents it finds now */
  'saved.list': [void, SavedSearch[]]
  /** save a search under a name (a name already used is replaced: the same search, new filters) */
  'saved.save': [{ name: string; filter: SavedFilter }, SavedSearch]
  'saved.delete': [{ id: number }, void]
}
/** One copy of a report, as the desk shows it in a column: its values (absent: no row for the field). */
export interface CopyColumn {
  id: number
  file_name: string
  kind: DocumentKind
  status: DocStatus
  fields: Record<string, { value: FieldValue; approximate: boolean; origin: FieldOrigin; source?: number }>
}
/** A document's group of copies side by side; `differing`: the field ids on which the copies' values differ. */
export interface CopyComparison { group: CopyGroup; copies: CopyColumn[]; differing: string[] }
/** A cross-year check between two neighbouring years: `against` says which neighbour this document was compared with. */
export interface YearWarning { against: 'previous' | 'next'; code: string; message: string; message_en: string; fields: string[] }
/** Years side by side: `fields` are those where the previous or next year has a value, in the dictionary's order. */
export interface YearsComparison { previous: CopyColumn | null; current: CopyColumn; next: CopyColumn | null; fields: string[]; warnings: YearWarning[] }
export interface AgencyVariant { name: string; documents: number }
/** `renamed`: a person gave the canonical name; `split`: a written name a person split out into an agency of its own */
export interface AgencyEntry { name: string; key: string; region_code: string | null; documents: number; variants: AgencyVariant[]; renamed?: boolean; split?: boolean }
/** `pinned`: a person split or joined it (present only then); automatic grouping leaves it as it is */
export interface CopyGroup { id: number; documents: number[]; similarity: number; pinned?: boolean }

export type ApiMethod = keyof Api
export type ApiArgs<M extends ApiMethod> = Api[M][0]
export type ApiResult<M extends ApiMethod> = Api[M][1]

export interface ApiEvents {
  'job.progress': JobProgress
  'job.end': JobEnd
  'library.changed': { ids: number[] | null }
  /** the library's texts being upgraded after it opened (migration 13's repacking); `finished` once, at the end */
  'library.upgrade': LibraryUpgrade
  /** desktop: a menu item the window acts on (the shell has no view of the current filter or selection) */
  'app.command': { command: AppCommand }
}
/** Menu commands the desktop shell sends to the window. */
export type AppCommand = 'export' | 'search' | 'review.next' | 'library.switched' | 'import.files' | 'import.folder' | 'library.check'
export type ApiEventName = keyof ApiEvents

/** Errors cross every boundary as data and are rebuilt on the other side. */
export interface ApiErrorData { name: 'ApiError'; code: ApiErrorCode; message: string }
export type ApiErrorCode = 'bad_request' | 'not_found' | 'conflict' | 'unavailable' | 'internal' | 'cancelled'
export class ApiError extends Error {
  readonly code: ApiErrorCode
  constructor(code: ApiErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
  toData(): ApiErrorData {
    return { name: 'ApiError', code: this.code, message: this.message }
  }
  static fromData(d: ApiErrorData): ApiError {
    return new ApiError(d.code, d.message)
  }
}

/** What the renderer talks to, whatever the transport (preload or HTTP). */
export interface AnnalistClient {
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>>
  on<E extends ApiEventName>(event: E, fn: (payload: ApiEvents[E]) => void): () => void
  /**
   * An address the page may load the original from (PDF rendering). Desktop: the app:// scheme. Browser:
   * a one-minute ticket URL for this one file, minted by an authenticated call (no token in the URL).
   */
  originalUrl(id: number): Promise<string>
  /** browser mode: a one-minute ticket URL for the file an export job wrote; ask for it when it is used */
  downloadUrl?(job: string): Promise<string>
  /** browser mode only: upload files for import */
  upload?(files: File[], opts?: { ocrPages?: number }): Promise<{ job: string }>
  mode: 'electron' | 'browser'
}
