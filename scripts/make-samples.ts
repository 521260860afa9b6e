/**
 * `npm run samples`: regenerate the demo library (resources/samples) and the test fixtures with their gold
 * (tests/fixtures/reports) from scripts/samples/catalog.ts. `--out DIR` writes under another root.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeAll } from './samples/generate'

async function main(argv: string[]): Promise<number> {
  const k = argv.indexOf('--out')
  const root = k >= 0 && argv[k + 1] ? resolve(argv[k + 1]) : resolve(fileURLToPath(new URL('..', import.meta.url)))
  const files = await writeAll(root)
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0)
  console.log(`wrote ${files.length} files (${Math.round(bytes / 1024)} KB) under ${root}`)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
