/**
 * `npx tsx scripts/heldout-formats.ts --out DIR [--from DIR] [--chromium [PATH]]`: render every hand-written
 * held-out TXT report (tests/fixtures/heldout) as DOCX, PDF and saved-page HTML, with its gold copied beside
 * each, into DIR/docx, DIR/pdf and DIR/html (`NAME-docx.docx` + `NAME-docx.gold.json`, ...); with
 * --chromium, also the HTML pages printed to PDF by Chromium, into DIR/chromium-pdf. Then
 * `npm run annalist -- eval DIR/pdf` tells whether a report gives the same fields whatever its format.
 * Table-like lines (tab-separated, or pipe rows starting with '|') become real table rows; a Markdown
 * `|---|` rule line is dropped, as no DOCX/PDF/HTML table has one. Output goes outside the repo: these
 * files are reproduced by this script, never committed.
 */
import { mkdir, readdir, readFile, writeFile, copyFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { decodeText } from '../src/main/ingest'
import { makeDocx, type DocxBlock } from './lib/docx-writer'
import { makePdf } from './lib/pdf-writer'

export type Piece = { p: string } | { rows: string[][] }

const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/

/** The cells of a table-like line, or null when the line is prose. */
export function rowCells(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim())
  const t = line.trim()
  if (t.startsWith('|') && t.length > 1) {
    const inner = t.endsWith('|') ? t.slice(1, -1) : t.slice(1)
    return inner.split('|').map((c) => c.trim())
  }
  return null
}

/** Split a report's text into paragraphs and runs of table rows; blank lines separate, and are dropped. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = []
  let rows: string[][] | null = null
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (PIPE_RULE.test(line) && line.includes('-') && line.includes('|')) continue
    const cells = rowCells(line)
    if (cells) {
      if (!rows) {
        rows = []
        out.push({ rows })
      }
      rows.push(cells)
      continue
    }
    rows = null
    if (line.trim() !== '') out.push({ p: line.trim() })
  }
  return out
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A simple saved page: title, breadcrumbs and body as <p>, tables as <table> rows. */
export function toHtml(ps: Piece[]): string {
  const first = ps.find((x): x is { p: string } => 'p' in x)
  const body = ps
    .map((x) =>
      'p' in x
        ? `<p>${esc(x.p)}</p>`
        : `<table border="1" cellspacing="0">\n${x.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}\n</table>`,
    )
    .join('\n')
  return (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8">' +
    `<title>${esc(first?.p ?? '')}</title></head>\n<body>\n<div class="article">\n${body}\n</div>\n</body></html>\n`
  )
}

export function toDocxBlocks(ps: Piece[]): DocxBlock[] {
  return ps.map((x) => ('p' in x ? { p: x.p } : { table: x.rows }))
}

export function toPdfLines(ps: Piece[]): (string | { cells: string[] })[] {
  const lines: (string | { cells: string[] })[] = []
  for (const x of ps) {
    if ('p' in x) lines.push(x.p)
    else for (const r of x.rows) lines.push({ cells: r })
  }
  return lines
}

export const HELDOUT_DIR = fileURLToPath(new URL('../tests/fixtures/heldout', import.meta.url))

/**
 * Renders every held-out report in `from` into `out`/docx, /pdf and /html, each with its gold beside it.
 * With `chromium` (a browser executable), the HTML pages are also printed to PDF by that browser into
 * `out`/chromium-pdf: real producer output (Skia, embedded Noto CJK subsets, borders as filled shapes).
 */
export async function renderHeldout(from: string, out: string, opts: { chromium?: string } = {}): Promise<number> {
  const names = (await readdir(from)).filter((n) => n.endsWith('.txt')).sort()
  const formats = ['docx', 'pdf', 'html', ...(opts.chromium ? ['chromium-pdf'] : [])]
  for (const fmt of formats) await mkdir(join(out, fmt), { recursive: true })
  for (const name of names) {
    const base = name.slice(0, -4)
    const gold = join(from, `${base}.gold.json`)
    const ps = pieces(decodeText(new Uint8Array(await readFile(join(from, name)))).text)
    const files: [string, Buffer][] = [
      ['docx', await makeDocx(toDocxBlocks(ps))],
      ['pdf', makePdf([{ lines: toPdfLines(ps) }])],
      ['html', Buffer.from(toHtml(ps), 'utf8')],
    ]
    for (const [fmt, bytes] of files) {
      await writeFile(join(out, fmt, `${base}-${fmt}.${fmt}`), bytes)
      await copyFile(gold, join(out, fmt, `${base}-${fmt}.gold.json`))
    }
  }
  if (opts.chromium) {
    const { chromium } = await import('@playwright/test')
    const browser = await chromium.launch({ executablePath: opts.chromium })
    try {
      const page = await browser.newPage()
      for (const name of names) {
        const base = name.slice(0, -4)
        await page.goto(pathToFileURL(join(out, 'html', `${base}-html.html`)).href)
        await page.pdf({ path: join(out, 'chromium-pdf', `${base}-chromium.pdf`), format: 'A4' })
        await copyFile(join(from, `${base}.gold.json`), join(out, 'chromium-pdf', `${base}-chromium.gold.json`))
      }
    } finally {
      await browser.close()
    }
  }
  return names.length
}

async function main(argv: string[]): Promise<number> {
  const k = argv.indexOf('--out')
  if (k < 0 || !argv[k + 1]) {
    console.error('usage: npx tsx scripts/heldout-formats.ts --out DIR [--from DIR] [--chromium /usr/bin/chromium]')
    return 2
  }
  const out = resolve(argv[k + 1])
  const f = argv.indexOf('--from')
  const from = f >= 0 && argv[f + 1] ? resolve(argv[f + 1]) : HELDOUT_DIR
  const c = argv.indexOf('--chromium')
  const chromium = c >= 0 ? (argv[c + 1] && !argv[c + 1].startsWith('--') ? argv[c + 1] : '/usr/bin/chromium') : undefined
  const n = await renderHeldout(from, out, { chromium })
  console.log(`rendered ${n} reports as ${chromium ? 'docx, pdf, html and chromium-pdf' : 'docx, pdf and html'} under ${out}`)
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}
