// The catalogue: every key in both languages, non-empty, with the same {placeholders}.
import { describe, expect, it } from 'vitest'
import { CATALOGUES, en, format, zh, type MessageKey } from '../../src/renderer/src/i18n/catalogue'
import { makeI18n } from '../../src/renderer/src/i18n'
import { KEY_HELP } from '../../src/renderer/src/lib/keymap'
import { DOC_STATUSES } from '../../src/shared/contract'
import { REPORT_FORMATS } from '../../src/shared/fields'

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('i18n catalogue', () => {
  it('has every key in both languages, none empty, same placeholders', () => {
    const zhKeys = Object.keys(zh).sort()
    expect(Object.keys(en).sort()).toEqual(zhKeys)
    for (const k of zhKeys as MessageKey[]) {
      expect(zh[k].trim(), k).not.toBe('')
      expect(en[k].trim(), k).not.toBe('')
      expect(placeholders(en[k]), k).toEqual(placeholders(zh[k]))
    }
  })

  it('has a label for every status, format and help line', () => {
    for (const lang of ['zh', 'en'] as const) {
      const cat = CATALOGUES[lang] as Record<string, string>
      for (const s of DOC_STATUSES) expect(cat[`status.${s}`]).toBeTruthy()
      for (const f of [...REPORT_FORMATS, 'unknown']) expect(cat[`format.${f}`]).toBeTruthy()
      for (const [, key] of KEY_HELP) expect(cat[key]).toBeTruthy()
    }
  })

  it('English strings are not Chinese and Chinese ones are', () => {
    const han = /[\u4e00-\u9fff]/
    const zhOnlyLatin = (Object.keys(zh) as MessageKey[]).filter((k) => !han.test(zh[k]) && k !== 'app.lang')
    expect(zhOnlyLatin).toEqual([])
    const enWithHan = (Object.keys(en) as MessageKey[]).filter((k) => han.test(en[k]) && k !== 'app.lang' && k !== 'parse.date')
    expect(enWithHan).toEqual([])
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('共 {total} 份', { total: 3 })).toBe('共 3 份')
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}')
    const i = makeI18n('en')
    expect(i.t('lib.count', { total: 12 })).toBe('12 documents')
    expect(i.label({ zh: '标题', en: 'Title' })).toBe('Title')
    expect(makeI18n('zh').t('lib.count', { total: 12 })).toBe('共 12 份文档')
    // an estimated total (a search found in most of a very large library) says so
    expect(makeI18n('zh').t('lib.countAbout', { total: 990000 })).toBe('约 990000 份文档')
    expect(i.t('lib.countAbout', { total: 990000 })).toBe('about 990000 documents')
  })
})

describe('enum labels', () => {
  it('names report formats and levels in both languages, falling back to the id', async () => {
    const { enumLabel } = await import('../../src/renderer/src/lib/enum-labels')
    const { ADMIN_LEVELS } = await import('../../src/shared/fields')
    expect(enumLabel({ id: 'format' }, 'standard-2021', 'zh')).toBe('2021 标准格式')
    expect(enumLabel({ id: 'format' }, 'free-form', 'en')).toBe('Free-form')
    for (const l of ADMIN_LEVELS) expect(enumLabel({ id: 'admin_level' }, l, 'zh')).not.toBe(l)
    expect(enumLabel({ id: 'format' }, 'something-new', 'zh')).toBe('something-new')
    expect(enumLabel({ id: 'format' }, null, 'zh')).toBe('')
  })
})
