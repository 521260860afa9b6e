/** 1–2 character search through the trigram vocabulary: occurrences at the very end of a text count. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importBuffers } from '../../src/main/import/index'
import { searchIds } from '../../src/main/services/search'

let dir = ''
let db: Db
const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-short-search-'))
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  await importBuffers(db, [
    { name: 'a.txt', bytes: enc('青石县教育局2019年政府信息公开工作年度报告\n本年主动公开信息120条。\n落款：鑫龘') },
    { name: 'b.txt', bytes: enc('白河市民政局2020年政府信息公开工作年度报告\n本年主动公开信息80条。') },
  ], { workers: 1 })
})
afterAll(() => {
  db?.close()
  rmSync(dir, { recursive: true, force: true })
})

it('finds two characters that stand only at the end of a text', () => {
  expect(searchIds(db, '鑫龘')).toEqual([1])
  expect(searchIds(db, '龘')).toEqual([1])
})

it('finds one and two characters that occur in several texts, and nothing for what occurs nowhere', () => {
  expect(searchIds(db, '公开')).toEqual([1, 2])
  expect(searchIds(db, '县')).toEqual([1])
  expect(searchIds(db, '市')).toEqual([2])
  expect(searchIds(db, '龙')).toEqual([])
  expect(searchIds(db, '虚无')).toEqual([])
})
