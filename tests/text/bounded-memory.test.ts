/**
 * Bounded memory (issue 10, point 6): the clean text's offset map and the extraction view's map are typed
 * arrays, and building them for a 2 M-character text allocates a few bytes of JS heap per character, not
 * one JS value per character (that was ~100 bytes per character: a 40 MB text needed 1.5-2 GB).
 * Heap growth is measured without a collection in between, so short-lived per-character garbage counts.
 */
import { describe, expect, it } from 'vitest'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { cleanText } from '../../src/main/text/index'
import { makeView } from '../../src/main/extract/view'
import { generateReport } from '../../bench/lib/report-text'
import { MAX_TEXT_CHARS, parseDocument } from '../../src/main/ingest/index'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function bigText(chars: number): string {
  const parts: string[] = []
  let n = 0
  for (let seed = 1; n < chars; seed++) {
    // a little of what the view squeezes: layout spaces, between CJK and between digits
    const t = generateReport(seed).text.replace(/年/g, ' 年').replace(/(\d)(\d)/g, '$1 $2')
    parts.push(t)
    n += t.length
  }
  return parts.join('')
}

/** JS heap growth while fn runs (MB), with no collection after it. */
function heapGrowthMb<T>(fn: () => T): { value: T; mb: number } {
  gc()
  const before = process.memoryUsage().heapUsed
  const value = fn()
  return { value, mb: (process.memoryUsage().heapUsed - before) / 1024 / 1024 }
}

describe('memory for a long text', () => {
  const text = bigText(2_000_000)

  it('the clean text keeps its offsets in Int32Arrays, built without per-character JS values', () => {
    const { value: clean, mb } = heapGrowthMb(() => cleanText(text))
    expect(clean.map).toBeInstanceOf(Int32Array)
    expect(clean.ends).toBeInstanceOf(Int32Array)
    expect(clean.map.length).toBe(clean.text.length + 1)
    // measured: ~33 MB (the text, its line pieces, short-lived rule output); per-line tracked objects
    // kept for every line at once took ~100 MB
    expect(mb).toBeLessThan(60)
  })

  it('the extraction view is built from slices, its map to the clean text kept as runs', () => {
    const clean = cleanText(text)
    const { value: view, mb } = heapGrowthMb(() => makeView(clean))
    expect(view.toClean.viewStarts).toBeInstanceOf(Int32Array)
    expect(view.toClean.length).toBe(view.text.length + 1)
    // one run per squeezed space run, not one offset per character
    expect(view.toClean.viewStarts.length).toBeLessThan(view.text.length / 4)
    expect(view.toClean.at(view.text.length)).toBe(clean.text.length)
    expect(view.text.length).toBeLessThan(clean.text.length)
    // measured: ~22 MB (the text and its slices, here cut by many spaces); one JS string and one number
    // per character took ~82 MB
    expect(mb).toBeLessThan(45)
  })

  it('a text longer than a document may hold is refused with its size, before any cleaning', async () => {
    const line = '政府信息公开工作年度报告 2020\n'
    const bytes = Buffer.from(line.repeat(Math.ceil((MAX_TEXT_CHARS + 1) / line.length)))
    await expect(parseDocument(bytes, 'huge.txt')).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/^The text is 25\.2 million characters, more than the 25\.2 million one document may hold \(文本长度 2517 万字符/),
    })
    const page = Buffer.from(`<html><body>${'<p>报告</p>'.repeat(Math.ceil((2 * MAX_TEXT_CHARS + 1) / 9))}</body></html>`)
    await expect(parseDocument(page, 'huge.html')).rejects.toMatchObject({ code: 'too_large', message: expect.stringMatching(/^The page is 50\.3 million characters/) })
  })
})
