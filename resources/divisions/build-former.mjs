// Derives former.json (code → name) from the GB/T 2260 revisions 2002–2016 of the npm package gb2260 0.6.0
// (MIT, https://github.com/cn/GB2260.js): the names of units that the current data (divisions.json, NBS
// 2023-06-30) no longer has, by name or by an autonomous unit's short form. Reports of 2008–2020 name them
// (会理县 before it became 会理市, 襄樊市 before 襄阳市, 崇文区), and without them a shorter current name inside
// the old one is read instead (理县 in 会理县). Each name keeps the code of its last revision.
// Run: `npm pack gb2260@0.6.0 && tar xzf gb2260-0.6.0.tgz && node resources/divisions/build-former.mjs package/lib`
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const lib = process.argv[2]
if (!lib) throw new Error('usage: node build-former.mjs <gb2260 package lib folder>')
const current = JSON.parse(readFileSync(join(here, 'divisions.json'), 'utf8'))
const ETHNIC = /^(.{2,}?)(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族?)+自治(州|县|旗)$/
const known = new Set()
for (const name of Object.values(current)) {
  known.add(name)
  const m = name.match(ETHNIC)
  if (m) { known.add(m[1] + m[2]); known.add(`${m[1]}自治${m[2]}`) }
}
// placeholders, the special administrative regions (not in the current data either), and districts named by a direction and 市区/郊区, which running text writes as words (济南市区, 城南郊区)
const DROP = /市辖区|^(县|市|台湾省|香港特别行政区|澳门特别行政区|(?:省|自治区)直辖.*)$|^[东南西北中]?(?:市区|郊区)$|^市郊区$/
// two-character names whose first character ends a common word before 县 (公开县…, 担任县…, 传达县政府, 平安县, 中华县,
// 农户县, 丘陵县): read in running text, or joined across a line break (主动公开 / 县水利局), they would name a county
const COMMON_HEAD = /^[开任安华达户陵]县$/
const revisions = readdirSync(lib).filter((f) => /^\d{6}\.json$/.test(f)).sort()
const out = {}
for (const f of revisions) {
  for (const [code, name] of Object.entries(JSON.parse(readFileSync(join(lib, f), 'utf8')))) {
    if (known.has(name) || DROP.test(name) || COMMON_HEAD.test(name) || !/(县|区|市|旗|盟|州|地区)$/.test(name)) continue
    const compact = code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code
    for (const [c, n] of Object.entries(out)) if (n === name) delete out[c]
    out[compact] = name
  }
}
writeFileSync(join(here, 'former.json'), JSON.stringify(out) + '\n')
console.log(`former.json: ${Object.keys(out).length} former names (revisions ${revisions[0]}–${revisions.at(-1)})`)
