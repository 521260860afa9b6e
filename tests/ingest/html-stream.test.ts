// The large-page reader (issue 10) reads a page's source without a parse tree and must make exactly the
// tree walker's text and blocks: on the fixture pages, on crafted malformed markup, and on random tag soup.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appendHtmlBlocks, parseHtml } from '../../src/main/ingest/html-blocks'
import { appendHtmlSourceBlocks } from '../../src/main/ingest/html-stream'
import { decodeHtml } from '../../src/main/ingest/read-html'
import { TextBuilder } from '../../src/main/ingest/text-builder'
import { withImplicitParagraphs } from '../../src/main/ingest/implicit-paragraphs'

const ROOT = join(__dirname, '..', '..')

function viaTree(html: string): { text: string; blocks: unknown[] } {
  const b = new TextBuilder()
  appendHtmlBlocks(parseHtml(html), b)
  return { text: b.build(), blocks: b.blocks }
}

function viaSource(html: string): { text: string; blocks: unknown[] } {
  const b = new TextBuilder()
  appendHtmlSourceBlocks(html, b)
  return { text: b.build(), blocks: b.blocks }
}

const CRAFTED = [
  '<p>a<p>b<div>c</div>d</p>',
  '<html><body>before<div>in div<div>inner</body></html>',
  '<html><body><div>a<div>b',
  '<html><body><p>x</p><select><option>hidden?</option> after',
  '<div>text<select>x</select>y</div><button>b</button>z',
  '<table><caption>标题</caption><tr><td rowspan=2>a<td colspan="2">b<tr><td>c</table>after the table',
  '<table><tr><td>outer<table><tr><td>inner</td></tr></table></td><td>2</td></tr></table>',
  '<pre>  a\n  b<br>c   d</pre><p>  spaced   out  </p>',
  '<p>&amp;&nbsp;&#x4e00;&lt;p&gt;&copy; &unknown; &#20013;</p>',
  '<script>var a = "<p>x</p>"</script><style>p{}</style><noscript><p>n</p></noscript><textarea>t<b>x</b></textarea>',
  '<p>a<!-- <p>hidden</p> -->b</p>',
  '<p><![CDATA[x<y]]>z</p>',
  '<P>a</p><DIV>b</DIV><Table><TR><TD>1</TD></TR></Table><Br>c<BR/>d',
  '<ul><li>a<li>b</ul><dl><dt>x<dd>y</dl><ol><li>c</ol>',
  '<div/>text<br/>more<hr>rule',
  '<p>a</p><script>var x = 1',
  '<p>a<b>bold</div>c<i>it</div>d<a href=x>link</div>e',
  'head text<!DOCTYPE html><p>body</p>tail text',
  '<body><table><tr><td>x<td>y',
  '<body><div><table><tr><td>x<td>y</div>z',
  '<h1>t<h2>u</h1>v<h2>w',
  '<p>一<span>二<p>三</span>四</p>',
  '<table><tr><td>a</td></tr></TABLE><p>after</p></table>end',
  '<div><p>in p</div>after<p>x<audio>y</p>z',
  '<td>loose cell</td><tr><th>h</th></tr>',
  '<iframe src="x">frame<p>in</p></iframe>out<svg><text>v</text></svg>',
  '<p a="x>y" b=\'<c>\'>quoted</p><img alt="a"/>x<input value=1/>y',
  '<div><pre>one<pre>two</div>three',
  '',
  'only text',
]

/** Tag soup from a fixed seed: every tag the readers treat specially, opened and closed at random. */
function soup(seed: number): string {
  let x = seed
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    return x % n
  }
  const tags = ['p', 'div', 'span', 'b', 'i', 'a', 'li', 'ul', 'table', 'tr', 'td', 'th', 'tbody', 'br', 'pre', 'script', 'select', 'h1', 'dt', 'dd', 'dl', 'P', 'TD', 'caption', 'textarea']
  const words = ['一', '二 三', '  ', '&amp;', '\n', '四五六', 'x y', '&nbsp;']
  const out: string[] = []
  for (let k = 0, n = 5 + next(40); k < n; k++) {
    const r = next(10)
    const tag = tags[next(tags.length)]
    if (r < 4) out.push(`<${tag}${next(4) === 0 ? ' colspan="2"' : ''}>`)
    else if (r < 7) out.push(`</${tag}>`)
    else if (r === 7 && tag === 'script') out.push('<script>a<b</script>')
    else out.push(words[next(words.length)])
  }
  return out.join('')
}

describe('large-page reader (html-stream)', () => {
  it('makes the tree walker\'s text and blocks on every fixture page', () => {
    const pages = readdirSync(join(ROOT, 'tests/fixtures/reports')).filter((f) => f.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(0)
    for (const f of pages) {
      const html = decodeHtml(readFileSync(join(ROOT, 'tests/fixtures/reports', f))).decoded.text
      expect(viaSource(html), f).toEqual(viaTree(html))
    }
  })

  it('makes the tree walker\'s text and blocks on malformed markup', () => {
    for (const html of CRAFTED) expect(viaSource(html), html).toEqual(viaTree(html))
  })

  it('makes the tree walker\'s text and blocks on random tag soup', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const html = soup(seed)
      expect(viaSource(html), html).toEqual(viaTree(html))
    }
  })

  it('the implicit paragraphs of a page are the paragraph blocks the builder would have made', () => {
    const html = CRAFTED.slice(5, 9).join('') + '<p>末段</p>'
    const full = new TextBuilder()
    appendHtmlSourceBlocks(html, full)
    const tablesOnly = new TextBuilder({ paragraphBlocks: false })
    appendHtmlSourceBlocks(html, tablesOnly)
    expect(tablesOnly.blocks.every((b) => b.type === 'table')).toBe(true)
    expect(withImplicitParagraphs(tablesOnly.build(), tablesOnly.blocks)).toEqual(full.blocks)
  })

  it('reads a 6-million-character page within a 160 MB heap (a parse tree of it needs several times that)', () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=160', '--import', 'tsx', join(__dirname, 'helpers/read-big-page.ts'), '6'], {
      cwd: ROOT, encoding: 'utf8', timeout: 120_000,
    })
    expect(r.status, r.stderr.slice(-500)).toBe(0)
    const out = JSON.parse(r.stdout.trim()) as { chars: number; blocks: number; implicit: boolean }
    expect(out.chars).toBeGreaterThan(5e6)
    expect(out.implicit).toBe(true)
    expect(out.blocks).toBe(0)
  }, 150_000)
})
