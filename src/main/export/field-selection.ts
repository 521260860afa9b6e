/**
 * Which fields an export request asks for, and the flat column layout CSV and the XLSX documents sheet
 * share. Approximate values are marked in one `approximate_fields` column (the ids of the record's
 * approximate values, joined by ';') so that every value column keeps a plain number.
 */
import { ALL_FIELDS, fieldDef, type FieldDef } from '../../shared/fields'
import { ApiError, type ExportRequest, type FieldGroupChoice } from '../../shared/contract'

const GROUPS: readonly FieldGroupChoice[] = ['document', 'headline', 't2', 't2v19', 't3', 't4']

/** The fields of the request, in dictionary order; explicit `fields` win over `groups`. */
export function selectFields(req: Pick<ExportRequest, 'fields' | 'groups'>): FieldDef[] {
  if (req.fields && req.fields.length > 0) {
    const unknown = req.fields.filter((f) => !fieldDef(f))
    if (unknown.length > 0) {
      throw new ApiError('bad_request', `unknown field id${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 10).join(', ')}`)
    }
    const wanted = new Set(req.fields)
    return ALL_FIELDS.filter((f) => wanted.has(f.id))
  }
  if (req.groups && req.groups.length > 0) {
    const bad = req.groups.filter((g) => !GROUPS.includes(g))
    if (bad.length > 0) throw new ApiError('bad_request', `unknown field group: ${bad.join(', ')} (groups: ${GROUPS.join(', ')})`)
    const wanted = new Set<string>(req.groups)
    return ALL_FIELDS.filter((f) => wanted.has(f.group))
  }
  return [...ALL_FIELDS]
}

export type ColumnKind = 'id' | 'source_file' | 'sha256' | 'status' | 'tags' | 'approximate' | 'value' | 'origin'
  | 'note' | 'verified_by' | 'verified_at' | 'dismissed'
  | 'source_format' | 'source_url' | 'captured_at' | 'source_archive' | 'archive_sha256' | 'archive_record' | 'copies' | 'unreconciled' | 'source'
export interface Column {
  /** header in the first row (machine-readable) */
  key: string
  /** Chinese label (second header row with --labels, XLSX header) */
  zh: string
  kind: ColumnKind
  field?: FieldDef
}

/**
 * Record columns first, then each field, each followed by its `<id>__origin` column when asked for. By report
 * (issue 13): `copies` and `unreconciled_fields` after the id, and each field's `<id>__source` (the copy its
 * value came from) after it; the per-document layout is unchanged.
 */
export function recordColumns(fields: readonly FieldDef[], provenance: boolean, byGroup = false): Column[] {
  const cols: Column[] = [
    { key: 'id', zh: '文档编号', kind: 'id' },
    ...(byGroup ? [
      { key: 'copies', zh: '副本文档', kind: 'copies' as const },
      { key: 'unreconciled_fields', zh: '未核定字段', kind: 'unreconciled' as const },
    ] : []),
    { key: 'source_file', zh: '来源文件', kind: 'source_file' },
    { key: 'sha256', zh: 'SHA-256', kind: 'sha256' },
    { key: 'status', zh: '审核状态', kind: 'status' },
    { key: 'tags', zh: '标签', kind: 'tags' },
    { key: 'approximate_fields', zh: '近似值字段', kind: 'approximate' },
  ]
  for (const f of fields) {
    cols.push({ key: f.id, zh: f.zh, kind: 'value', field: f })
    if (provenance) cols.push({ key: `${f.id}__origin`, zh: `${f.zh}·来源`, kind: 'origin', field: f })
    if (byGroup) cols.push({ key: `${f.id}__source`, zh: `${f.zh}·取自副本`, kind: 'source', field: f })
  }
  // the review (issue 11), after the fields so that the columns before them keep their places
  cols.push(
    { key: 'review_note', zh: '审核备注', kind: 'note' },
    { key: 'verified_by', zh: '核对人', kind: 'verified_by' },
    { key: 'verified_at', zh: '核对时间', kind: 'verified_at' },
    { key: 'dismissed_warnings', zh: '已忽略的提示', kind: 'dismissed' },
  )
  // where it came from (issue 14), last again so that every earlier column keeps its place
  cols.push(
    { key: 'source_format', zh: '原始格式', kind: 'source_format' },
    { key: 'source_url', zh: '抓取网址', kind: 'source_url' },
    { key: 'captured_at', zh: '抓取时间', kind: 'captured_at' },
    { key: 'source_archive', zh: '网页归档', kind: 'source_archive' },
    { key: 'source_archive_sha256', zh: '网页归档 SHA-256', kind: 'archive_sha256' },
    { key: 'archive_record', zh: '归档记录', kind: 'archive_record' },
  )
  return cols
}

/** Descriptions of the record columns for the data dictionary. */
export const RECORD_COLUMN_DICTIONARY: readonly { id: string; zh: string; en: string; type: string; group: string }[] = [
  { id: 'id', zh: '文档编号', en: 'Document id in the library', type: 'integer', group: 'record' },
  { id: 'source_file', zh: '来源文件', en: 'Original file name', type: 'text', group: 'record' },
  { id: 'sha256', zh: 'SHA-256', en: 'SHA-256 of the original bytes', type: 'text', group: 'record' },
  { id: 'status', zh: '审核状态', en: 'Review status (new, in_review, verified, flagged)', type: 'enum', group: 'record' },
  { id: 'tags', zh: '标签', en: "Tag names joined by ';'", type: 'text', group: 'record' },
  { id: 'approximate_fields', zh: '近似值字段', en: "Ids of values written as approximate (100余条), joined by ';'", type: 'text', group: 'record' },
  { id: 'review_note', zh: '审核备注', en: "The reviewer's note on the document", type: 'text', group: 'record' },
  { id: 'verified_by', zh: '核对人', en: 'Who marked the document verified (empty unless verified)', type: 'text', group: 'record' },
  { id: 'verified_at', zh: '核对时间', en: 'When it was marked verified (ISO 8601)', type: 'text', group: 'record' },
  { id: 'dismissed_warnings', zh: '已忽略的提示', en: "Warnings a reviewer accepted: 'code: reason (reviewer)' joined by ';' (JSON Lines: a list of objects)", type: 'text', group: 'record' },
  { id: 'source_format', zh: '原始格式', en: "The original's own format when it was read like another (doc, wps: like DOCX; mhtml: like HTML); empty otherwise", type: 'enum', group: 'record' },
  { id: 'source_url', zh: '抓取网址', en: 'Web archive: the captured URL (WARC-Target-URI)', type: 'text', group: 'record' },
  { id: 'captured_at', zh: '抓取时间', en: 'Web archive: when the page was captured (WARC-Date, ISO 8601)', type: 'text', group: 'record' },
  { id: 'source_archive', zh: '网页归档', en: 'Web archive: the WARC/WACZ file the document was taken from', type: 'text', group: 'record' },
  { id: 'source_archive_sha256', zh: '网页归档 SHA-256', en: 'Web archive: SHA-256 of that whole archive file', type: 'text', group: 'record' },
  { id: 'archive_record', zh: '归档记录', en: "Web archive: the record, as '[WARC inside a WACZ]#byte offset <WARC-Record-ID>'", type: 'text', group: 'record' },
  { id: 'copies', zh: '副本文档', en: "By report only: the ids of the copies of the report folded into the row, joined by ';'", type: 'text', group: 'record' },
  { id: 'unreconciled_fields', zh: '未核定字段', en: "By report only: fields whose copies disagree and no reviewer chose (the value most copies hold is given), joined by ';'", type: 'text', group: 'record' },
  { id: '<field>__source', zh: '取自副本', en: 'By report only: the document id of the copy the value came from', type: 'integer', group: 'provenance' },
  { id: '<field>__origin', zh: '字段来源', en: 'auto (extracted), corrected (changed by a person), confirmed (checked by a person)', type: 'enum', group: 'provenance' },
]
