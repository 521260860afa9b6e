/**
 * The administrative divisions (NBS 2023-06-30, resources/divisions/README.md): provinces, prefectures
 * and counties by code and by name. The compact data (~70 kB) is bundled into the code by a JSON import,
 * so it needs no path at run time under tsx, vitest or the electron-vite build; the name index is built
 * on first use, once per process (each extraction worker builds its own).
 */
import data from '../../../resources/divisions/divisions.json' with { type: 'json' }
import former from '../../../resources/divisions/former.json' with { type: 'json' }

export type DivisionLevel = 'province' | 'prefecture' | 'county'

export interface Division {
  /** the data's own code: 2 digits (province), 4 (prefecture) or 6 (county) */
  code: string
  /** the 6-digit GB/T 2260 code (a province or prefecture padded with zeros) */
  gbCode: string
  name: string
  level: DivisionLevel
  /** the enclosing unit; a county directly under a province (济源市, 仙桃市) has the province */
  parent: Division | null
  /** a prefecture with no counties under it (东莞市, 中山市, 儋州市, 嘉峪关市) */
  childless: boolean
  /**
   * a name the current data no longer has (会理县, now 会理市; 襄樊市, now 襄阳市), from the GB/T 2260 revisions
   * 2002–2016 (resources/divisions/former.json): its code is the one of its time, its parent today's unit of
   * that code's prefix. Found by name only, never by code (today's unit may hold the same code).
   */
  former?: true
}

interface Index {
  byCode: Map<string, Division>
  byName: Map<string, Division[]>
  /**
   * The lengths of the names that begin with each two characters, longest first: divisionNamesAt runs at
   * most positions of every report, and most positions begin no name (issue 15: trying every length there
   * was the extractor's costliest function)
   */
  lengthsByStart: Map<string, number[]>
}

let index: Index | null = null

const ETHNIC = '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各'
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC})族?)+自治(州|县|旗)$`)

/**
 * Other names a unit goes by in an agency name: the short forms of autonomous units
 * (湘西土家族苗族自治州 → 湘西州, 湘西自治州; 长阳土家族自治县 → 长阳县).
 */
export function aliasesOf(name: string): string[] {
  const m = name.match(AUTONOMOUS)
  return m ? [m[1] + m[2], `${m[1]}自治${m[2]}`] : []
}

/**
 * Every autonomous unit's full name in `s` written short (湘西土家族苗族自治州吉首市 → 湘西州吉首市, 长阳土家族自治县 →
 * 长阳县): to compare two writings of one place.
 */
const AUTONOMOUS_IN = new RegExp(`([\\u4e00-\\u9fa5]{2,}?)(?:(?:${ETHNIC})族?)+自治(州|县|旗)`, 'g')
export function autonomousShort(s: string): string {
  return s.replace(AUTONOMOUS_IN, '$1$2')
}

/** A province's name without its unit, as running text often writes it: 安徽, 北京, 广西, 内蒙古. */
export function provinceShortName(name: string): string {
  return name.replace(/(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市)$/, '')
}

/** The mainland provinces' names without their unit (上海, 广西, 内蒙古). */
export const PROVINCE_SHORT_NAMES: readonly string[] = [
  '北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省', '安徽省',
  '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省', '重庆市', '四川省', '贵州省',
  '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区',
].map(provinceShortName)

function build(): Index {
  const byCode = new Map<string, Division>()
  const codes = Object.keys(data as Record<string, string>).sort((a, b) => a.length - b.length || a.localeCompare(b))
  for (const code of codes) {
    const name = (data as Record<string, string>)[code]
    const level: DivisionLevel = code.length === 2 ? 'province' : code.length === 4 ? 'prefecture' : 'county'
    const parent = level === 'province' ? null
      : level === 'prefecture' ? byCode.get(code.slice(0, 2)) ?? null
      : byCode.get(code.slice(0, 4)) ?? byCode.get(code.slice(0, 2)) ?? null
    byCode.set(code, { code, gbCode: code.padEnd(6, '0'), name, level, parent, childless: level === 'prefecture' })
  }
  const byName = new Map<string, Division[]>()
  const put = (key: string, d: Division): void => {
    const list = byName.get(key)
    if (!list) byName.set(key, [d])
    else if (!list.includes(d)) list.push(d)
  }
  for (const d of byCode.values()) {
    if (d.level === 'county' && d.parent?.level === 'prefecture') d.parent.childless = false
    put(d.name, d)
    for (const a of aliasesOf(d.name)) put(a, d)
  }
  // names of earlier years, only where no current name or short form is written the same
  for (const [code, name] of Object.entries(former as Record<string, string>)) {
    if (byName.has(name)) continue
    const level: DivisionLevel = code.length === 2 ? 'province' : code.length === 4 ? 'prefecture' : 'county'
    const parent = level === 'province' ? null : byCode.get(code.slice(0, level === 'county' ? 4 : 2)) ?? byCode.get(code.slice(0, 2)) ?? null
    put(name, { code, gbCode: code.padEnd(6, '0'), name, level, parent, childless: false, former: true })
  }
  const lengthsByStart = new Map<string, number[]>()
  for (const k of byName.keys()) {
    if (k.length < 2) continue
    const lengths = lengthsByStart.get(k.slice(0, 2))
    if (!lengths) lengthsByStart.set(k.slice(0, 2), [k.length])
    else if (!lengths.includes(k.length)) lengths.push(k.length)
  }
  for (const lengths of lengthsByStart.values()) lengths.sort((a, b) => b - a)
  return { byCode, byName, lengthsByStart }
}

function idx(): Index {
  index ??= build()
  return index
}

/** The units a name (full, or an autonomous unit's short form) may mean; empty when unknown. */
export function divisionsByName(name: string): readonly Division[] {
  return idx().byName.get(name) ?? []
}

/**
 * The known names `text` starts with, longest first (宣城市宣州区… → 宣城市), each with the units it may
 * mean; two-character names (歙县) are the shortest.
 */
export function divisionNamesAt(text: string): { name: string; divisions: readonly Division[] }[] {
  const i = idx()
  const out: { name: string; divisions: readonly Division[] }[] = []
  const lengths = text.length >= 2 ? i.lengthsByStart.get(text.slice(0, 2)) : undefined
  if (!lengths) return out
  for (const len of lengths) {
    if (len > text.length) continue
    const list = i.byName.get(text.slice(0, len))
    if (list) out.push({ name: text.slice(0, len), divisions: list })
  }
  return out
}

/** A unit by the data's code (2, 4 or 6 digits) or by its 6-digit GB/T 2260 code. */
export function divisionByCode(code: string): Division | null {
  const i = idx().byCode
  return i.get(code) ?? i.get(code.replace(/0000$/, '')) ?? i.get(code.replace(/00$/, '')) ?? null
}

/** The unit itself or one of its ancestors is `scope`. */
export function isWithin(d: Division, scope: Division): boolean {
  for (let p: Division | null = d; p; p = p.parent) if (p === scope) return true
  return false
}

/** The unit's enclosing units, nearest first. */
export function ancestorsOf(d: Division): Division[] {
  const out: Division[] = []
  for (let p = d.parent; p; p = p.parent) out.push(p)
  return out
}
