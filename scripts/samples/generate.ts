/**
 * The generator: every spec of the catalogue rendered to bytes (TXT in four encodings, HTML, DOCX, PDF),
 * with the gold for fixtures, and written to resources/samples and tests/fixtures/reports under a root.
 * Deterministic: the same code gives the same bytes.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ReportBlock } from './blocks'
import { FIXTURES, SAMPLES } from './catalog'
import { composeReport } from './compose'
import { toTraditional } from './dirt'
import { encodeBig5, encodeGb18030, encodeUtf16le } from './encode'
import { goldFor } from './gold'
import type { ReportModel, ReportSpec } from './model'
import { renderHtml } from './render-html'
import { renderDocx, renderPdf } from './render-office'
import { renderText } from './render-text'

export const SAMPLES_DIR = 'resources/samples'
export const FIXTURES_DIR = 'tests/fixtures/reports'

export interface RenderedReport {
  model: ReportModel
  blocks: ReportBlock[]
  ext: 'txt' | 'html' | 'docx' | 'pdf'
  bytes: Buffer
}

export async function renderReport(spec: ReportSpec): Promise<RenderedReport> {
  const { model, blocks } = composeReport(spec)
  const out = spec.output
  if (out.kind === 'txt') {
    const text = renderText(blocks, { loose: out.loose === true, crlf: out.crlf })
    const bytes =
      out.encoding === 'utf8' ? Buffer.from(text, 'utf8')
        : out.encoding === 'gb18030' ? encodeGb18030(text)
          : out.encoding === 'big5' ? encodeBig5(text)
            : encodeUtf16le(text)
    return { model, blocks, ext: 'txt', bytes }
  }
  if (out.kind === 'html') {
    const site = spec.script === 'traditional' ? toTraditional(spec.agency.site) : spec.agency.site
    const title = spec.script === 'traditional' ? toTraditional(model.title) : model.title
    const html = renderHtml(blocks, { charset: out.encoding === 'utf8' ? 'utf-8' : 'gb2312', site, pageTitle: `${title}_${site}` })
    return { model, blocks, ext: 'html', bytes: out.encoding === 'utf8' ? Buffer.from(html, 'utf8') : encodeGb18030(html) }
  }
  if (out.kind === 'docx') return { model, blocks, ext: 'docx', bytes: await renderDocx(blocks) }
  return { model, blocks, ext: 'pdf', bytes: renderPdf(blocks) }
}

export interface GeneratedFile {
  /** relative to the root, with forward slashes */
  path: string
  bytes: Buffer
}

function sampleName(spec: ReportSpec): string {
  const name = spec.name || spec.title
  if (!name) throw new Error('a sample needs a name or a title')
  return name
}

function describeOutput(spec: ReportSpec): string {
  const o = spec.output
  if (o.kind === 'txt') return `TXT ${o.encoding}${o.crlf ? ' CRLF' : ''}`
  if (o.kind === 'html') return `HTML ${o.encoding}`
  return o.kind.toUpperCase()
}

/** An index of the fixtures for the people who test against them; generated, like the fixtures. */
function fixturesReadme(): string {
  const lines = [
    '# Report fixtures (generated)',
    '',
    'Made by `npm run samples` from `scripts/samples/catalog.ts`; do not edit by hand. Each `NAME.ext` has a',
    '`NAME.gold.json`: field ids of `src/shared/fields.ts`, `null` where the text does not state the value,',
    'values in simplified script, and `notes` naming the traps. Agencies are invented with real place names;',
    'all numbers are invented.',
    '',
    '| fixture | format | file | script |',
    '|---|---|---|---|',
  ]
  for (const s of FIXTURES) lines.push(`| ${s.name} | ${s.format} | ${describeOutput(s)} | ${s.script} |`)
  return lines.join('\n') + '\n'
}

/** Every generated file, in memory. */
export async function generateAll(): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = []
  const seen = new Set<string>()
  const add = (path: string, bytes: Buffer): void => {
    if (seen.has(path)) throw new Error(`two specs write ${path}`)
    seen.add(path)
    files.push({ path, bytes })
  }
  for (const spec of FIXTURES) {
    const r = await renderReport(spec)
    add(`${FIXTURES_DIR}/${spec.name}.${r.ext}`, r.bytes)
    add(`${FIXTURES_DIR}/${spec.name}.gold.json`, Buffer.from(JSON.stringify(goldFor(r.model), null, 2) + '\n', 'utf8'))
  }
  add(`${FIXTURES_DIR}/README.md`, Buffer.from(fixturesReadme(), 'utf8'))
  for (const spec of SAMPLES) {
    const r = await renderReport(spec)
    add(`${SAMPLES_DIR}/${sampleName(spec)}.${r.ext}`, r.bytes)
  }
  return files
}

/** Write everything under root, removing files of the two folders that the generator no longer makes. */
export async function writeAll(root: string): Promise<GeneratedFile[]> {
  const files = await generateAll()
  const wanted = new Set(files.map((f) => f.path))
  for (const dir of [SAMPLES_DIR, FIXTURES_DIR]) {
    await mkdir(join(root, dir), { recursive: true })
    for (const entry of await readdir(join(root, dir))) {
      if (!wanted.has(`${dir}/${entry}`)) await rm(join(root, dir, entry), { recursive: true, force: true })
    }
  }
  for (const f of files) {
    await mkdir(dirname(join(root, f.path)), { recursive: true })
    await writeFile(join(root, f.path), f.bytes)
  }
  return files
}
