// HTML pages: declared charsets (GBK), scripts and styles dropped, entities, <br>, tables, deep nesting.
import { describe, expect, it } from 'vitest'
import { encodeText } from '../../scripts/lib/text-writer'
import { parseDocument } from '../../src/main/ingest'
import type { TableBlock } from '../../src/shared/document'
import { REPORT_TITLE, traditional } from './fixtures'

function page(charset: string, body: string): string {
  return `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">\n<title>${REPORT_TITLE}</title>\n<style>body { font: 12px SimSun } .x::after { content: "样式" }</style>\n<script>var nav = "<p>脚本里的文字</p>"; if (a < b) {}</script></head>\n<body>${body}</body></html>`
}

const BODY = `
<div class="nav">首页 &gt; 政府信息公开</div>
<!-- 注释里的文字 -->
<h1>${REPORT_TITLE}</h1>
<p>根据《条例》&nbsp;要求，现公布如下：<br>一、总体情况</p>
<table>
  <tr><th rowspan="2">申请人</th><th colspan="2">数量</th></tr>
  <tr><td>本年</td><td>上年</td></tr>
  <tr><td>自然人</td><td>12</td><td>3</td></tr>
</table>
<p>二、&lt;其他&gt;事项 &amp; 说明</p>`

describe('HTML reader', () => {
  it('reads a GBK page by its meta charset, without scripts, styles or comments', async () => {
    const bytes = encodeText(page('gb2312', BODY), 'gb18030')
    const doc = await parseDocument(bytes, 'report.html')
    expect(doc.kind).toBe('html')
    expect(doc.encoding).toBe('gb18030')
    expect(doc.warnings).toEqual([])
    expect(doc.text).not.toMatch(/脚本|样式|注释|font:/)
    const lines = doc.text.split('\n')
    expect(lines[0]).toBe(REPORT_TITLE)
    expect(lines).toContain('首页 > 政府信息公开')
    expect(lines).toContain('根据《条例》\u00a0要求，现公布如下：')
    expect(lines).toContain('一、总体情况')
    expect(lines).toContain('二、<其他>事项 & 说明')
    const table = doc.blocks.find((b): b is TableBlock => b.type === 'table')
    expect(table?.rows).toEqual([
      ['申请人', '数量', ''],
      ['', '本年', '上年'],
      ['自然人', '12', '3'],
    ])
    for (const b of doc.blocks) if (b.type === 'paragraph') expect(doc.text.slice(b.start, b.end)).toBe(b.text)
  })

  it('reads a Big5 page', async () => {
    const doc = await parseDocument(encodeText(traditional(page('big5', BODY)), 'big5'), 'report.htm')
    expect(doc.encoding).toBe('big5')
    expect(doc.text).toContain(traditional(REPORT_TITLE))
  })

  it('trusts the bytes over a wrong declaration (declared GBK, saved as UTF-8)', async () => {
    const doc = await parseDocument(Buffer.from(page('gbk', BODY)), 'report.html')
    expect(doc.encoding).toBe('utf-8')
    expect(doc.text).toContain(REPORT_TITLE)
    expect(doc.warnings.map((w) => w.code)).toContain('charset_mismatch')
  })

  it('detects the charset from the bytes when none is declared', async () => {
    const html = `<html><body><p>${REPORT_TITLE}</p><p>${'本年度共受理申请12件。'.repeat(5)}</p></body></html>`
    const doc = await parseDocument(encodeText(html, 'gb18030'), 'page.html')
    expect(doc.encoding).toBe('gb18030')
    expect(doc.text.split('\n')[0]).toBe(REPORT_TITLE)
  })

  it('survives 100,000 nested divs', async () => {
    const depth = 100_000
    const html = '<html><body>' + '<div>'.repeat(depth) + '深处的文字' + '</div>'.repeat(depth) + '<p>结尾</p></body></html>'
    const doc = await parseDocument(Buffer.from(html), 'deep.html')
    expect(doc.text).toBe('深处的文字\n结尾')
  })

  it('survives 100,000 unclosed nested elements', async () => {
    const html = '<html><body>' + '<span><div>'.repeat(50_000) + '没有闭合</body></html>'
    const doc = await parseDocument(Buffer.from(html), 'deep.html')
    expect(doc.text).toContain('没有闭合')
  })

  it('keeps <pre> line breaks', async () => {
    const doc = await parseDocument(Buffer.from('<html><body><pre>第一行\n  第二行</pre></body></html>'), 'p.html')
    expect(doc.text).toBe('第一行\n第二行')
  })
})
