/**
 * One validator per API method: untrusted arguments in (from the window, the HTTP bridge or a test),
 * typed arguments out, or ApiError('bad_request'). The mapped type makes a new contract method a compile
 * error here until it has a validator.
 */
import type { Api, ApiArgs, ApiMethod, ExportFormat, ExportSettings, FieldCondition, FieldGroupChoice, ListQuery, SavedFilter, SortKey, SplitBy } from '../../shared/contract'
import { CONDITION_OPS, CONDITION_PROPERTIES, DOC_STATUSES, MAX_OCR_PAGES_AT_ONCE } from '../../shared/contract'
import { ADMIN_LEVELS, REPORT_FORMATS, fieldDef } from '../../shared/fields'
import type { DocumentKind } from '../../shared/document'
import type { FieldValue } from '../../shared/fields'
import {
  array, bad, bool, compact, enumItem, idItem, int, intItem, noArgs, object, oneOf, optArray, optBool, optInt,
  optOneOf, optStr, str, strItem,
} from './validate'
import { MAX_REVIEWER } from './reviewer'

/** A selection may be the whole library; a bound still keeps one request from holding the process. */
export const MAX_IDS = 200_000
const SORT_KEYS: readonly SortKey[] = ['id', 'file_name', 'agency', 'region', 'report_year', 'format', 'status', 'warnings', 'imported_at']
const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'jsonl', 'bagit']
const GROUPS: readonly FieldGroupChoice[] = ['document', 'headline', 't2', 't2v19', 't3', 't4']
const SPLITS: readonly SplitBy[] = ['level', 'region']
const COLOR = /^#[0-9a-fA-F]{6}$/
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

type Validators = { [M in ApiMethod]: (raw: unknown) => ApiArgs<M> }

const ids = (o: Record<string, unknown>, key = 'ids'): number[] => array(o, key, idItem, { nonEmpty: true, max: MAX_IDS })
const batchId = (o: Record<string, unknown>): string | undefined => optStr(o, 'batch', { max: 100, nonEmpty: true })

/** Checks a value against the field dictionary's type for that field. */
export function checkFieldValue(field: string, value: unknown): FieldValue {
  const def = fieldDef(field)
  if (!def) throw bad(`unknown field '${field}'`)
  if (value === null) return null
  switch (def.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw bad(`${field} takes a whole number`)
      return value
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad(`${field} takes a number`)
      return value
    case 'date':
      if (typeof value !== 'string' || !DATE.test(value)) throw bad(`${field} takes a date written YYYY-MM-DD`)
      return value
    case 'enum':
      if (typeof value !== 'string' || !def.options?.includes(value)) throw bad(`${field} must be one of ${def.options?.join(', ')}`)
      return value
    case 'text':
      if (typeof value !== 'string') throw bad(`${field} takes text`)
      if (value.length > 10_000) throw bad(`${field} is longer than 10000 characters`)
      return value
  }
}

const KINDS: readonly DocumentKind[] = ['txt', 'docx', 'pdf', 'html']
const FILTER_KEYS = ['status', 'year', 'format', 'tag', 'hasWarnings', 'search', 'agency', 'region', 'level', 'kind', 'warning', 'conditions'] as const
const NUMERIC_OPS = new Set(['gt', 'ge', 'lt', 'le'])
const TEXT_ITEM = (v: unknown, where: string): string => {
  const s = strItem(v, where)
  if (s.length > 500) throw bad(`'${where}' is longer than 500 characters`)
  return s
}

/** One field condition of a saved search: a known field or property, an operator that suits its type, a value. */
function condition(v: unknown, where: string): FieldCondition {
  const o = object(v, where, ['field', 'op', 'value'])
  const field = str(o, 'field', { nonEmpty: true, max: 200 })
  const def = fieldDef(field)
  if (!def && !(CONDITION_PROPERTIES as readonly string[]).includes(field)) {
    throw bad(`'${where}': unknown field '${field}' (a field id, or ${CONDITION_PROPERTIES.join(', ')})`)
  }
  const op = oneOf(o, 'op', CONDITION_OPS)
  const numeric = def !== undefined && (def.type === 'integer' || def.type === 'number')
  if (op === 'empty' || op === 'present') {
    if (o.value !== undefined) throw bad(`'${where}': '${op}' takes no value`)
    return { field, op }
  }
  const value = o.value
  if (typeof value !== 'string' && typeof value !== 'number') throw bad(`'${where}': '${op}' needs a value (text or number)`)
  if (typeof value === 'string' && value.length > 500) throw bad(`'${where}': the value is longer than 500 characters`)
  if (numeric && (op === 'starts' || op === 'contains')) throw bad(`'${where}': ${field} is a number; use eq, ne, gt, ge, lt, le`)
  if (numeric && !Number.isFinite(Number(value))) throw bad(`'${where}': ${field} is compared with a number, not '${value}'`)
  if (!def && NUMERIC_OPS.has(op)) throw bad(`'${where}': '${op}' does not apply to ${field}`)
  return { field, op, value: numeric ? Number(value) : value }
}

/** The filters of a list (also a saved search's body); unknown keys are refused by `object`. */
function filterParts(o: Record<string, unknown>): SavedFilter {
  return compact({
    status: optArray(o, 'status', enumItem(DOC_STATUSES)),
    year: optArray(o, 'year', intItem, { max: 1000 }),
    format: optArray(o, 'format', enumItem([...REPORT_FORMATS, 'unknown'] as const)),
    tag: optArray(o, 'tag', idItem, { max: 1000 }),
    hasWarnings: optBool(o, 'hasWarnings'),
    search: optStr(o, 'search', { max: 200 }),
    agency: optArray(o, 'agency', TEXT_ITEM, { max: 1000 }),
    region: optArray(o, 'region', TEXT_ITEM, { max: 1000 }),
    level: optArray(o, 'level', enumItem(ADMIN_LEVELS)),
    kind: optArray(o, 'kind', enumItem(KINDS)),
    warning: optArray(o, 'warning', TEXT_ITEM, { max: 200 }),
    conditions: optArray(o, 'conditions', condition, { max: 50 }),
  })
}

/** documents.list's arguments; also the `filter` of an export of the current filter. */
function listQuery(raw: unknown, method: string): ListQuery {
  const o = object(raw, method, [...FILTER_KEYS, 'saved', 'sort', 'desc', 'offset', 'limit'])
  return compact({
    ...filterParts(o),
    saved: optInt(o, 'saved', { min: 1 }),
    sort: optOneOf(o, 'sort', SORT_KEYS),
    desc: optBool(o, 'desc'),
    offset: optInt(o, 'offset', { min: 0 }),
    limit: optInt(o, 'limit', { min: 1, max: 5000 }),
  })
}

/**
 * No caller of the contract names a file: the places to read and write come from main's own dialogs (desktop)
 * or from uploads and downloads (browser). An argument that tries is refused with the reason (issue 10).
 */
function refusePaths(raw: unknown, method: string, keys: readonly string[]): void {
  if (raw === null || typeof raw !== 'object') return
  const found = keys.find((k) => Object.prototype.hasOwnProperty.call(raw, k))
  if (found) throw bad(`${method}: '${found}' is refused: the app asks where with its own dialog (desktop) or uses upload and download (browser); the command line takes paths`)
}

function exportRequest(raw: unknown, method: string): ExportSettings {
  refusePaths(raw, method, ['out', 'path'])
  const o = object(raw, method, ['format', 'scope', 'ids', 'filter', 'groups', 'fields', 'labels', 'provenanceColumns', 'formulaGuard', 'byGroup'])
  const scope = oneOf(o, 'scope', ['all', 'verified', 'ids', 'filter'] as const)
  if (scope === 'filter' && o.filter === undefined) throw bad(`${method}: scope 'filter' needs 'filter' (a list query, {} for everything)`)
  if (scope !== 'filter' && o.filter !== undefined) throw bad(`${method}: 'filter' goes with scope 'filter'`)
  if (o.filter !== undefined && (o.filter === null || typeof o.filter !== 'object' || Array.isArray(o.filter))) {
    throw bad(`${method}: 'filter' must be an object (a list query)`)
  }
  return compact({
    format: oneOf(o, 'format', EXPORT_FORMATS),
    scope,
    ids: scope === 'ids' ? ids(o) : optArray(o, 'ids', idItem, { max: MAX_IDS }),
    filter: scope === 'filter' ? listQuery(o.filter, `${method} filter`) : undefined,
    groups: optArray(o, 'groups', enumItem(GROUPS)),
    fields: optArray(o, 'fields', (v, where) => {
      const f = strItem(v, where)
      if (!fieldDef(f)) throw bad(`'${where}': unknown field '${f}'`)
      return f
    }),
    labels: optBool(o, 'labels'),
    provenanceColumns: optBool(o, 'provenanceColumns'),
    formulaGuard: optBool(o, 'formulaGuard'),
    byGroup: optBool(o, 'byGroup'),
  })
}

export const VALIDATORS: Validators = {
  'library.info': (raw) => noArgs(raw, 'library.info'),
  'library.check': (raw) => noArgs(raw, 'library.check'),
  'documents.list': (raw) => listQuery(raw, 'documents.list'),
  'documents.get': (raw) => ({ id: int(object(raw, 'documents.get', ['id']), 'id', { min: 1 }) }),
  'documents.setStatus': (raw) => {
    const o = object(raw, 'documents.setStatus', ['ids', 'status', 'override', 'reason', 'reviewer'])
    return compact({ ids: ids(o), status: oneOf(o, 'status', DOC_STATUSES), override: optBool(o, 'override'), reason: optStr(o, 'reason', { max: 2000 }), reviewer: reviewer(o) })
  },
  'documents.setNote': (raw) => {
    const o = object(raw, 'documents.setNote', ['id', 'note', 'reviewer'])
    return compact({ id: int(o, 'id', { min: 1 }), note: str(o, 'note', { max: 100_000 }), reviewer: reviewer(o) })
  },
  'documents.queue': (raw) => {
    const o = object(raw, 'documents.queue', ['after', 'tier', 'passed'])
    return compact({ after: optInt(o, 'after', { min: 0 }), tier: optInt(o, 'tier', { min: 0, max: 2 }), passed: optArray(o, 'passed', idItem, { max: MAX_IDS }) })
  },
  'fields.set': (raw) => {
    const o = object(raw, 'fields.set', ['ids', 'field', 'value', 'reason', 'span', 'approximate', 'reviewer'])
    if (!('value' in o)) throw bad(`'value' is required (null clears the field)`)
    const field = str(o, 'field', { nonEmpty: true, max: 200 })
    const docIds = ids(o)
    let span: [number, number] | undefined
    if (o.span !== undefined) {
      const s = o.span
      if (!Array.isArray(s) || s.length !== 2 || !s.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) || (s[0] as number) > (s[1] as number)) {
        throw bad(`'span' must be [start, end] with 0 <= start <= end`)
      }
      if (docIds.length !== 1) throw bad(`'span' goes with exactly one document id`)
      span = [s[0] as number, s[1] as number]
    }
    return compact({
      ids: docIds, field, value: checkFieldValue(field, o.value), reason: optStr(o, 'reason', { max: 2000 }), span,
      approximate: optBool(o, 'approximate'), reviewer: reviewer(o),
    })
  },
  'fields.confirm': (raw) => {
    const o = object(raw, 'fields.confirm', ['id', 'fields', 'reviewer'])
    return compact({
      reviewer: reviewer(o),
      id: int(o, 'id', { min: 1 }),
      fields: array(o, 'fields', (v, where) => {
        const f = strItem(v, where)
        if (!fieldDef(f)) throw bad(`'${where}': unknown field '${f}'`)
        return f
      }, { nonEmpty: true, max: 2000 }),
    })
  },
  'warnings.dismiss': (raw) => {
    const o = object(raw, 'warnings.dismiss', ['id', 'warning', 'reason', 'reviewer'])
    return compact({ id: int(o, 'id', { min: 1 }), warning: int(o, 'warning', { min: 1 }), reason: str(o, 'reason', { nonEmpty: true, max: 2000 }).trim(), reviewer: reviewer(o) })
  },
  'search.query': (raw) => {
    const o = object(raw, 'search.query', ['q', 'limit'])
    return compact({ q: str(o, 'q', { max: 200 }), limit: optInt(o, 'limit', { min: 1, max: 1000 }) })
  },
  'tags.list': (raw) => noArgs(raw, 'tags.list'),
  'tags.create': (raw) => {
    const o = object(raw, 'tags.create', ['name', 'color'])
    const color = optStr(o, 'color')
    if (color !== undefined && !COLOR.test(color)) throw bad(`'color' must be written #rrggbb`)
    return compact({ name: str(o, 'name', { nonEmpty: true, max: 100 }).trim(), color })
  },
  'tags.update': (raw) => {
    const o = object(raw, 'tags.update', ['id', 'name', 'color'])
    const color = optStr(o, 'color')
    if (color !== undefined && !COLOR.test(color)) throw bad(`'color' must be written #rrggbb`)
    return compact({ id: int(o, 'id', { min: 1 }), name: optStr(o, 'name', { nonEmpty: true, max: 100 })?.trim(), color })
  },
  'tags.delete': (raw) => ({ id: int(object(raw, 'tags.delete', ['id']), 'id', { min: 1 }) }),
  'tags.apply': (raw) => {
    const o = object(raw, 'tags.apply', ['ids', 'tag', 'on', 'reviewer'])
    return compact({ ids: ids(o), tag: int(o, 'tag', { min: 1 }), on: bool(o, 'on'), reviewer: reviewer(o) })
  },
  'history.list': (raw) => ({ id: int(object(raw, 'history.list', ['id']), 'id', { min: 1 }) }),
  'history.undo': (raw) => undoArgs(raw, 'history.undo'),
  'history.redo': (raw) => undoArgs(raw, 'history.redo'),
  'history.steps': (raw) => ({ id: int(object(raw, 'history.steps', ['id']), 'id', { min: 1 }) }),
  'import.choose': (raw) => {
    refusePaths(raw, 'import.choose', ['paths', 'path'])
    const o = object(raw, 'import.choose', ['folder', 'ocrPages'])
    return compact({ folder: optBool(o, 'folder'), ocrPages: optInt(o, 'ocrPages', { min: 1, max: MAX_OCR_PAGES_AT_ONCE }) })
  },
  'jobs.cancel': (raw) => ({ job: str(object(raw, 'jobs.cancel', ['job']), 'job', { nonEmpty: true, max: 100 }) }),
  'export.count': (raw) => exportRequest(raw, 'export.count'),
  'export.start': (raw) => exportRequest(raw, 'export.start'),
  'fields.dictionary': (raw) => noArgs(raw, 'fields.dictionary'),
  'dataset.agencies': (raw) => noArgs(raw, 'dataset.agencies'),
  'dataset.groups': (raw) => noArgs(raw, 'dataset.groups'),
  'documents.neighbours': (raw) => ({ id: int(object(raw, 'documents.neighbours', ['id']), 'id', { min: 1 }) }),
  'documents.years': (raw) => ({ id: int(object(raw, 'documents.years', ['id']), 'id', { min: 1 }) }),
  'dataset.view': (raw) => {
    const o = object(raw, 'dataset.view', ['filter', 'gridOffset', 'gridLimit', 'split'])
    return compact({
      split: optOneOf(o, 'split', SPLITS),
      filter: o.filter === undefined ? undefined : listQuery(o.filter, 'dataset.view filter'),
      gridOffset: optInt(o, 'gridOffset', { min: 0 }),
      gridLimit: optInt(o, 'gridLimit', { min: 1, max: 500 }),
    })
  },
  'saved.list': (raw) => noArgs(raw, 'saved.list'),
  'saved.save': (raw) => {
    const o = object(raw, 'saved.save', ['name', 'filter'])
    return { name: str(o, 'name', { nonEmpty: true, max: 100 }).trim(), filter: filterParts(object(o.filter, 'saved.save filter', FILTER_KEYS)) }
  },
  'saved.delete': (raw) => ({ id: int(object(raw, 'saved.delete', ['id']), 'id', { min: 1 }) }),
  'documents.reocr': (raw) => {
    const o = object(raw, 'documents.reocr', ['id', 'ocrPages'])
    return compact({ id: int(o, 'id', { min: 1 }), ocrPages: optInt(o, 'ocrPages', { min: 1, max: MAX_OCR_PAGES_AT_ONCE }) })
  },
  'dataset.mergeAgency': (raw) => {
    const o = object(raw, 'dataset.mergeAgency', ['from', 'to', 'reason', 'reviewer'])
    return compact({
      from: array(o, 'from', (v, where) => strItem(v, where), { nonEmpty: true, max: 1000 }),
      to: str(o, 'to', { nonEmpty: true, max: 500 }),
      reason: optStr(o, 'reason', { max: 2000 }),
      reviewer: reviewer(o),
    })
  },
  'dataset.splitAgency': (raw) => {
    const o = object(raw, 'dataset.splitAgency', ['name', 'back', 'reviewer'])
    return compact({ name: str(o, 'name', { nonEmpty: true, max: 500 }), back: optBool(o, 'back'), reviewer: reviewer(o) })
  },
  'dataset.renameAgency': (raw) => {
    const o = object(raw, 'dataset.renameAgency', ['key', 'name', 'reviewer'])
    return compact({ key: str(o, 'key', { nonEmpty: true, max: 2000 }), name: str(o, 'name', { max: 500 }), reviewer: reviewer(o) })
  },
  'copies.get': (raw) => ({ id: int(object(raw, 'copies.get', ['id']), 'id', { min: 1 }) }),
  'copies.choose': (raw) => {
    const o = object(raw, 'copies.choose', ['id', 'source', 'fields', 'reviewer'])
    return compact({
      id: int(o, 'id', { min: 1 }),
      source: int(o, 'source', { min: 1 }),
      fields: array(o, 'fields', (v, where) => {
        const f = strItem(v, where)
        if (!fieldDef(f)) throw bad(`'${where}': unknown field '${f}'`)
        return f
      }, { nonEmpty: true, max: 2000 }),
      reviewer: reviewer(o),
    })
  },
  'copies.split': (raw) => {
    const o = object(raw, 'copies.split', ['ids', 'reviewer'])
    return compact({ ids: array(o, 'ids', idItem, { nonEmpty: true, max: 1000 }), reviewer: reviewer(o) })
  },
  'copies.join': (raw) => {
    const o = object(raw, 'copies.join', ['ids', 'reviewer'])
    return compact({ ids: array(o, 'ids', idItem, { nonEmpty: true, max: 1000 }), reviewer: reviewer(o) })
  },
}

function undoArgs(raw: unknown, method: string): { revision?: number; batch?: string; document?: number; reviewer?: string } {
  const o = object(raw, method, ['revision', 'batch', 'document', 'reviewer'])
  const args = compact({ revision: optInt(o, 'revision', { min: 1 }), batch: batchId(o), document: optInt(o, 'document', { min: 1 }), reviewer: reviewer(o) })
  const given = [args.revision, args.batch, args.document].filter((x) => x !== undefined).length
  if (given === 0 || (args.revision !== undefined && given > 1)) throw bad(`${method}: give 'revision', 'batch', 'document' (its last change), or 'batch' with 'document'`)
  return args
}

/** Who makes the change: optional, a short name. */
function reviewer(o: Record<string, unknown>): string | undefined {
  return optStr(o, 'reviewer', { max: MAX_REVIEWER })
}

export function validate<M extends ApiMethod>(method: M, raw: unknown): Api[M][0] {
  return VALIDATORS[method](raw)
}
