/**
 * Look-alike folding: the characters some converters (WPS PDFs, full-width input) put where a
 * plain one was meant. NFKC is applied only to these ranges, one char for one char, because NFKC
 * on everything would also fold the full-width punctuation (，：（）) that the extractor matches.
 */

const RADICAL_SUPPLEMENT: [string, string][] = [
  ['⺁', '厂'], ['⺅', '亻'], ['⺆', '冂'], ['⺉', '刂'], ['⺊', '卜'], ['⺌', '小'], ['⺍', '小'], ['⺎', '兀'], ['⺒', '巳'],
  ['⺓', '幺'], ['⺖', '忄'], ['⺗', '心'], ['⺘', '扌'], ['⺙', '攵'], ['⺜', '日'], ['⺝', '月'], ['⺠', '民'], ['⺡', '氵'],
  ['⺢', '氺'], ['⺣', '灬'], ['⺤', '爫'], ['⺦', '丬'], ['⺧', '牛'], ['⺨', '犭'], ['⺩', '王'], ['⺫', '目'], ['⺬', '示'],
  ['⺭', '礻'], ['⺮', '竹'], ['⺯', '糹'], ['⺰', '纟'], ['⺲', '罒'], ['⺹', '耂'], ['⺺', '肀'], ['⺻', '聿'], ['⺼', '肉'],
  ['⺾', '艹'], ['⺿', '艹'], ['⻀', '艹'], ['⻁', '虎'], ['⻂', '衤'], ['⻃', '覀'], ['⻄', '西'], ['⻅', '见'], ['⻆', '角'],
  ['⻈', '讠'], ['⻉', '贝'], ['⻋', '车'], ['⻌', '辶'], ['⻍', '辶'], ['⻎', '辶'], ['⻏', '阝'], ['⻐', '钅'], ['⻑', '長'],
  ['⻒', '镸'], ['⻓', '长'], ['⻔', '门'], ['⻕', '阜'], ['⻖', '阝'], ['⻗', '雨'], ['⻘', '青'], ['⻙', '韦'], ['⻚', '页'],
  ['⻛', '风'], ['⻜', '飞'], ['⻝', '食'], ['⻟', '飠'], ['⻠', '饣'], ['⻢', '马'], ['⻣', '骨'], ['⻤', '鬼'], ['⻥', '鱼'],
  ['⻦', '鸟'], ['⻧', '卤'], ['⻨', '麦'], ['⻩', '黄'], ['⻪', '黾'], ['⻬', '齐'], ['⻮', '齿'], ['⻰', '龙'], ['⻳', '龟'],
]

const FOLD = buildFoldTable()

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(0x10000)
  // full-width digits and Latin letters -> ASCII
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xfee0
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = c - 0xfee0
  // Kangxi radicals, CJK radicals supplement, CJK compatibility ideographs -> unified ideographs
  const ranges: Array<[number, number]> = [
    [0x2e80, 0x2eff],
    [0x2f00, 0x2fdf],
    [0xf900, 0xfaff],
  ]
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c++) {
      const n = String.fromCharCode(c).normalize('NFKC')
      if (n.length === 1 && n.charCodeAt(0) !== c) t[c] = n.charCodeAt(0)
    }
  }
  // NFKC leaves most of the radicals supplement alone; these are the ones whose ideograph is not in
  // doubt (Unicode's EquivalentUnifiedIdeograph.txt), and PDF fonts (Noto CJK via Chromium) emit them
  for (const [radical, ideograph] of RADICAL_SUPPLEMENT) t[radical.charCodeAt(0)] = ideograph.charCodeAt(0)
  return t
}

/** Fold look-alikes char for char; the result has the same length as `s`. */
export function foldLookalikes(s: string): string {
  let out: string[] | null = null
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)]
    if (f !== 0) {
      if (out === null) out = s.split('')
      out[i] = String.fromCharCode(f)
    }
  }
  return out === null ? s : out.join('')
}
