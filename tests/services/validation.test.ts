/** Every method refuses malformed arguments at the door with bad_request, and nothing is written. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../../src/shared/contract'
import type { OpenServices } from '../../src/main/services/open-library'
import { codeOf, makeTestLibrary, open, type TestLibrary } from './service-fixtures'

let lib: TestLibrary
let app: OpenServices

beforeAll(async () => {
  lib = await makeTestLibrary(3)
  app = open(lib)
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})

const BAD: [string, unknown][] = [
  ['documents.list', { limit: -1 }],
  ['documents.list', { limit: 'ten' }],
  ['documents.list', { sort: 'sha256' }],
  ['documents.list', { status: ['done'] }],
  ['documents.list', { format: ['standard-2030'] }],
  ['documents.list', { year: [2019.5] }],
  ['documents.list', { extra: 1 }],
  ['documents.list', 'all'],
  ['documents.get', {}],
  ['documents.get', { id: '1' }],
  ['documents.get', { id: 0 }],
  ['documents.setStatus', { ids: [], status: 'verified' }],
  ['documents.setStatus', { ids: [1], status: 'approved' }],
  ['documents.setStatus', { ids: [1], status: 'verified', override: 'yes' }],
  ['documents.setNote', { id: 1 }],
  ['documents.setNote', { id: 1, note: 5 }],
  ['fields.set', { ids: [1], field: 'no_such_field', value: 1 }],
  ['fields.set', { ids: [1], field: 'report_year', value: '2019' }],
  ['fields.set', { ids: [1], field: 'report_year' }],
  ['fields.set', { ids: [1], field: 'format', value: 'tabular' }],
  ['fields.set', { ids: [1], field: 'publish_date', value: '2019/01/02' }],
  ['fields.set', { ids: [-3], field: 'staff', value: 2 }],
  ['fields.confirm', { id: 1, fields: [] }],
  ['fields.confirm', { id: 1, fields: ['nope'] }],
  ['search.query', {}],
  ['search.query', { q: 'x'.repeat(500) }],
  ['tags.create', { name: '   ' }],
  ['tags.create', { name: 'a', color: 'red' }],
  ['tags.update', { id: 1, color: '#12345' }],
  ['tags.apply', { ids: [1], tag: 1 }],
  ['history.undo', {}],
  ['history.undo', { revision: 1, batch: 'x' }],
  ['history.redo', { revision: 'one' }],
  ['import.choose', { folder: 'yes' }],
  ['jobs.cancel', { job: 7 }],
  ['export.count', { format: 'pdf', scope: 'all' }],
  ['export.start', { format: 'csv', scope: 'ids' }],
  ['export.start', { format: 'csv', scope: 'all', fields: ['nope'] }],
  ['library.info', { x: 1 }],
  ['no.such.method', {}],
]

describe('validation at the door', () => {
  it.each(BAD)('%s %j -> bad_request', async (method, args) => {
    expect(await codeOf(app.services.call(method, args))).toBe('bad_request')
  })

  it('refuses any path a caller names: import.paths, import.choose with paths, an export with out (issue 10)', async () => {
    const dir = lib.dir
    const refused = async (method: string, args: unknown): Promise<string> => {
      const e = await app.services.call(method, args).catch((x: unknown) => x)
      expect(e).toBeInstanceOf(ApiError)
      expect((e as ApiError).code).toBe('bad_request')
      return (e as ApiError).message
    }
    expect(await refused('import.paths', { paths: ['/etc/shadow'] })).toMatch(/import\.paths' is refused/)
    expect(await refused('import.choose', { paths: ['/etc/shadow'] })).toMatch(/'paths' is refused/)
    // browser mode: no open dialog, so nothing to choose from either
    expect(await refused('import.choose', {})).toMatch(/upload/)
    for (const method of ['export.start', 'export.count']) {
      expect(await refused(method, { format: 'csv', scope: 'all', out: join(dir, 'x.csv') })).toMatch(/'out' is refused/)
    }
    expect(existsSync(join(dir, 'x.csv'))).toBe(false)
    expect((app.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(4)
  })

  it('an error is an ApiError whose message names the argument', async () => {
    const e = await app.services.call('documents.get', { id: 'x' }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ApiError)
    expect((e as ApiError).message).toContain("'id'")
  })

  it('bad input changes nothing', async () => {
    const before = app.db.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }
    await codeOf(app.services.call('fields.set', { ids: [1, 2], field: 'report_year', value: 'next year' }))
    await codeOf(app.services.call('documents.setStatus', { ids: [1], status: 'gone' }))
    expect(app.db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual(before)
  })

  it('unknown document ids are not_found, not crashes', async () => {
    expect(await codeOf(app.services.call('documents.get', { id: 99999 }))).toBe('not_found')
    expect(await codeOf(app.services.call('fields.set', { ids: [99999], field: 'staff', value: 3 }))).toBe('not_found')
    expect(await codeOf(app.services.call('history.undo', { revision: 99999 }))).toBe('not_found')
    expect(await codeOf(app.services.call('jobs.cancel', { job: 'nope' }))).toBe('not_found')
  })

  it('good arguments pass', async () => {
    expect(await codeOf(app.services.call('library.info', undefined))).toBe('ok')
    expect(await codeOf(app.services.call('documents.list', {}))).toBe('ok')
    expect(await codeOf(app.services.call('fields.set', { ids: [1], field: 'publish_date', value: '2019-01-02' }))).toBe('ok')
  })
})
