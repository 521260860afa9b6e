/**
 * Writes src/main/eval/pages-halves.json: the ids of ../shared/corpus/pages split in two halves, ordered
 * by the SHA-256 of each id (random but reproducible, independent of the texts): the first half is the
 * development half, the second is held out (issue 12). Run once; the file is committed.
 */
import { createHash } from 'node:crypto'
import { readdirSync, writeFileSync } from 'node:fs'

const dir = process.argv[2] ?? '/work/shared/corpus/pages'
const ids = readdirSync(dir).filter((n) => n.endsWith('.gold.json')).map((n) => n.slice(0, -'.gold.json'.length))
const hash = (id: string): string => createHash('sha256').update(id).digest('hex')
const order = [...ids].sort((a, b) => (hash(a) < hash(b) ? -1 : 1))
const half = Math.ceil(order.length / 2)
const out = { how: 'ids sorted by sha256(id); first half dev, second half held out', dev: order.slice(0, half).sort(), held: order.slice(half).sort() }
writeFileSync(new URL('../src/main/eval/pages-halves.json', import.meta.url), JSON.stringify(out, null, 1) + '\n')
console.log(`dev ${out.dev.length}, held ${out.held.length}`)
