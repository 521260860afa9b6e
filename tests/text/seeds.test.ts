/**
 * The development corpus, when present (/work/shared/corpus; skipped elsewhere): each seed's clean
 * text has lost its navigation lines and pinyin, kept its title and agency, and is simplified.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanText, rawSpan, toSimplified } from '../../src/main/text/index'

const CORPUS = '/work/shared/corpus'
const SEEDS = path.join(CORPUS, 'seeds')
const present = fs.existsSync(SEEDS)
const seeds = present ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : []

const NAV = /无障碍|长辈版|您现在所在的位置|登录 *\| *注册|点击数|扫一扫|扫描二维码|关闭 *打印|字体|\/span>|&nbsp;/
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/

interface Gold {
  title: string | null
  agency: string | null
}

describe.skipIf(!present)('development corpus seeds', () => {
  for (const file of seeds) {
    it(file, () => {
      const raw = fs.readFileSync(path.join(SEEDS, file), 'utf8')
      const gold = JSON.parse(fs.readFileSync(path.join(SEEDS, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold
      const ct = cleanText(raw)
      const lines = ct.text.split('\n')
      for (const line of lines) {
        expect(line, 'navigation or markup left').not.toMatch(NAV)
        expect(line, 'pinyin left').not.toMatch(PINYIN)
        expect(toSimplified(line), 'traditional left').toBe(line)
      }
      if (gold.title !== null) {
        expect(lines).toContain(gold.title)
        const at = ct.text.indexOf(gold.title)
        const [a, b] = rawSpan(ct, at, at + gold.title.length)
        // the title's raw span is the title as written, annotations and all, and no more
        expect(cleanText(raw.slice(a, b)).text).toBe(gold.title)
        expect(raw.slice(a, b).length).toBeGreaterThanOrEqual(gold.title.length)
      }
      if (gold.agency !== null) expect(ct.text).toContain(gold.agency)
    })
  }

  const gbk = present ? fs.readdirSync(path.join(CORPUS, 'formats')).filter((f) => f.endsWith('-gbk.txt')) : []
  for (const file of gbk) {
    it(`${file} cleans like its UTF-8 seed`, () => {
      const raw = new TextDecoder('gb18030').decode(fs.readFileSync(path.join(CORPUS, 'formats', file)))
      const seed = fs.readFileSync(path.join(SEEDS, file.replace('-gbk.txt', '.txt')), 'utf8')
      expect(cleanText(raw).text).toBe(cleanText(seed).text)
    })
  }
})
