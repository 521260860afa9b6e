// @vitest-environment happy-dom
// Components with behaviour: a field cell edited in place, the help panel in both languages, and the
// one keyboard listener routing keys (and leaving keys typed into inputs alone).
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { fieldDef } from '../../src/shared/fields'
import type { FieldState } from '../../src/shared/contract'
import { I18nProvider } from '../../src/renderer/src/i18n'
import { FieldCell } from '../../src/renderer/src/components/review/FieldCell'
import { HelpPanel } from '../../src/renderer/src/components/HelpPanel'
import { DocHeader } from '../../src/renderer/src/components/review/DocHeader'
import type { DocStatus, DocumentDetail } from '../../src/shared/contract'
import { useKeyboard } from '../../src/renderer/src/components/use-keyboard'
import type { Command } from '../../src/renderer/src/lib/keymap'

afterEach(cleanup)

const staff = fieldDef('staff')!
const state = (origin: FieldState['origin'], value: FieldState['value'], confidence = 0.42): FieldState => ({
  field: 'staff', value, approximate: false, span: [0, 1], confidence, rule: 'r', origin, updated_at: '',
})

function EditableCell({ onSaved }: { onSaved: (v: string) => void }) {
  const [editing, setEditing] = useState(true)
  const [draft, setDraft] = useState('3')
  return (
    <FieldCell def={staff} state={state('auto', 3)} focused warned="warning" onFocus={() => {}}
      edit={editing ? { draft, setDraft, save: () => { onSaved(draft); setEditing(false) }, cancel: () => setEditing(false) } : null} />
  )
}

describe('FieldCell', () => {
  it('shows value, origin and a low confidence in Chinese', () => {
    render(<I18nProvider lang="zh"><FieldCell def={staff} state={state('auto', 3)} focused={false} warned={null} edit={null} onFocus={() => {}} /></I18nProvider>)
    expect(screen.getByTestId('field-value').textContent).toBe('3')
    const badge = document.querySelector('.origin')!
    expect(badge.textContent).toBe('自动')
    expect(badge.getAttribute('title')).toContain('42%')
    expect(badge.className).toContain('low')
  })
  it('says corrected / confirmed, and (空) for no value', () => {
    render(<I18nProvider lang="zh"><FieldCell def={staff} state={state('corrected', null)} focused={false} warned={null} edit={null} onFocus={() => {}} /></I18nProvider>)
    expect(document.querySelector('.origin')!.textContent).toBe('已更正')
    expect(screen.getByTestId('field-value').textContent).toBe('（空）')
  })
  it('edits in place: Enter saves the draft, Escape cancels', () => {
    const saved: string[] = []
    render(<I18nProvider lang="zh"><EditableCell onSaved={(v) => saved.push(v)} /></I18nProvider>)
    const input = screen.getByRole('textbox') as HTMLInputElement
    fireEvent.change(input, { target: { value: '5' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(saved).toEqual(['5'])
    expect(screen.queryByRole('textbox')).toBeNull()
    cleanup()
    render(<I18nProvider lang="zh"><EditableCell onSaved={(v) => saved.push(v)} /></I18nProvider>)
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' })
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(saved).toEqual(['5'])
  })
})

describe('FieldCell keyboard', () => {
  it('opens the editor with the old value selected, so typing replaces it', () => {
    render(<I18nProvider lang="zh"><EditableCell onSaved={() => {}} /></I18nProvider>)
    const input = screen.getByRole('textbox') as HTMLInputElement
    expect(document.activeElement).toBe(input)
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 1])
  })
  it('is the one Tab stop of the fields when focused, and names its label, value and origin', () => {
    render(<I18nProvider lang="zh"><FieldCell def={staff} state={state('auto', 3)} focused warned="warning" warningText="表三不平衡" edit={null} onFocus={() => {}} /></I18nProvider>)
    const cell = screen.getByRole('gridcell')
    expect(cell.getAttribute('tabindex')).toBe('0')
    expect(cell.getAttribute('aria-label')).toBe('工作人员数: 3 (自动) — 表三不平衡')
    cleanup()
    render(<I18nProvider lang="zh"><FieldCell def={staff} state={state('auto', 3)} focused={false} warned={null} edit={null} onFocus={() => {}} /></I18nProvider>)
    expect(screen.getByRole('gridcell').getAttribute('tabindex')).toBe('-1')
  })
})

describe('HelpPanel', () => {
  it('lists the keys in the chosen language', () => {
    render(<I18nProvider lang="en"><HelpPanel onClose={() => {}} /></I18nProvider>)
    expect(screen.getByText('Confirm every field')).toBeTruthy()
    cleanup()
    render(<I18nProvider lang="zh"><HelpPanel onClose={() => {}} /></I18nProvider>)
    expect(screen.getByText('确认全部字段')).toBeTruthy()
    expect(screen.getAllByText(/Shift\+C/).length).toBeGreaterThan(0)
  })
})

function KeyProbe({ log }: { log: Command[] }) {
  useKeyboard('review', (cmd) => { log.push(cmd); return true })
  return <input aria-label="box" />
}

describe('useKeyboard', () => {
  it('routes keys to commands, but not keys typed into an input', () => {
    const log: Command[] = []
    render(<KeyProbe log={log} />)
    fireEvent.keyDown(window, { key: 'n' })
    fireEvent.keyDown(window, { key: 'C', shiftKey: true })
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    const box = screen.getByLabelText('box')
    box.focus()
    fireEvent.keyDown(box, { key: 'j' })
    fireEvent.keyDown(box, { key: 'Escape' })
    expect(log).toEqual(['nextWarning', 'confirmAll', 'undo', 'back'])
  })
})

describe('DocHeader', () => {
  const detail = {
    id: 7, sha256: '', size: 1, file_name: 'a.txt', file_path: null, kind: 'txt', encoding: 'utf-8', page_count: null,
    imported_at: '', status: 'in_review', note: '', extractor_version: null, tags: [2], fields: [], warnings: [],
    raw_text: '', clean_text: '', clean_map: [0], blocks: [], page_starts: null,
  } satisfies DocumentDetail
  const noop = () => {}

  it('shows why verification was refused and offers the override', () => {
    const calls: [DocStatus, boolean | undefined][] = []
    render(
      <I18nProvider lang="zh">
        <DocHeader detail={detail} title="报告" position={{ index: 0, total: 3, walk: 'list' }} refused="还有 1 个未解决的错误"
          tags={[{ id: 2, name: '待复核', color: '#c0392b' }, { id: 3, name: '其他', color: '#2471a3' }]}
          onStatus={(s, o) => calls.push([s, o])} onTag={noop} onNote={noop} onPrev={noop} onNext={noop} onBack={noop} />
      </I18nProvider>,
    )
    expect(screen.getByTestId('refused').textContent).toContain('还有 1 个未解决的错误')
    fireEvent.click(screen.getByTestId('override'))
    fireEvent.click(screen.getByTestId('flag'))
    expect(calls).toEqual([['verified', true], ['flagged', undefined]])
    expect(screen.getByTestId('position').textContent).toBe('列表 第 1 / 3 份')
    expect(document.querySelectorAll('.tag-chip.active')).toHaveLength(1)
  })

  it('shows a web archive capture and the original format (issue 14), none for a plain file', () => {
    const captured = {
      ...detail, kind: 'html' as const,
      origin: { format: null, url: 'https://www.example.gov.cn/a.html', captured_at: '2022-03-01T08:30:00Z', archive: { name: 'crawl.warc.gz', sha256: 'ab', entry: null, offset: 9, record_id: null, payload_digest: null, content_type: 'text/html' } },
    }
    const { unmount } = render(
      <I18nProvider lang="zh">
        <DocHeader detail={captured} title="报告" position={{ index: 0, total: 1, walk: 'list' }} refused={null} tags={[]}
          onStatus={noop} onTag={noop} onNote={noop} onPrev={noop} onNext={noop} onBack={noop} />
      </I18nProvider>,
    )
    expect(screen.getByTestId('doc-origin').textContent).toBe('抓取自 https://www.example.gov.cn/a.html · 抓取时间 2022-03-01T08:30:00Z · 网页归档 crawl.warc.gz')
    unmount()
    render(
      <I18nProvider lang="en">
        <DocHeader detail={{ ...detail, kind: 'docx', origin: { format: 'wps', url: null, captured_at: null, archive: null } }} title="r" position={{ index: 0, total: 1, walk: 'list' }} refused={null} tags={[]}
          onStatus={noop} onTag={noop} onNote={noop} onPrev={noop} onNext={noop} onBack={noop} />
      </I18nProvider>,
    )
    expect(screen.queryByTestId('doc-origin')).toBeNull()
    expect(screen.getByTestId('doc-header').textContent).toContain('Original format wps')
  })
})
