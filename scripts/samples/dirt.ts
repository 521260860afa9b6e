/**
 * The dirt of scraped reports, as string transforms the composer applies to a clean report: traditional
 * script (opencc-js cn -> tw), pinyin glued after converted characters (規(guī)劃), pdftotext-like spaces
 * between digits and Chinese (2017 年度), an HTML remnant with mojibake (?!?/span>), navigation lines.
 */
import * as OpenCC from 'opencc-js'
import type { NavStyle } from './model'

let cnToTw: ((s: string) => string) | null = null

export function toTraditional(s: string): string {
  cnToTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' })
  return cnToTw(s)
}

/**
 * Pinyin with tone marks for traditional characters that differ from their simplified form: what a
 * site's "ruby" conversion widget left glued into the text. A subset on purpose: real pages annotate
 * some converted characters and not others.
 */
const PINYIN: Record<string, string> = {
  規: 'guī', 劃: 'huà', 開: 'kāi', 國: 'guó', 務: 'wù', 長: 'zhǎng', 無: 'wú', 現: 'xiàn', 頁: 'yè',
  發: 'fā', 來: 'lái', 據: 'jù', 關: 'guān', 導: 'dǎo', 織: 'zhī', 機: 'jī', 構: 'gòu', 實: 'shí',
  積: 'jī', 極: 'jí', 項: 'xiàng', 續: 'xù', 進: 'jìn', 強: 'qiáng', 應: 'yīng', 體: 'tǐ', 設: 'shè',
  監: 'jiān', 責: 'zé', 確: 'què', 條: 'tiáo', 門: 'mén', 網: 'wǎng', 絡: 'luò', 領: 'lǐng', 學: 'xué',
  習: 'xí', 問: 'wèn', 題: 'tí', 將: 'jiāng', 報: 'bào', 請: 'qǐng', 處: 'chǔ', 辦: 'bàn', 專: 'zhuān',
  對: 'duì', 過: 'guò', 時: 'shí', 會: 'huì', 與: 'yǔ', 經: 'jīng', 濟: 'jì', 費: 'fèi', 員: 'yuán',
  訊: 'xùn', 見: 'jiàn', 數: 'shù', 統: 'tǒng', 計: 'jì', 區: 'qū', 鄉: 'xiāng', 鎮: 'zhèn', 復: 'fù',
  議: 'yì', 訴: 'sù', 訟: 'sòng', 訪: 'fǎng', 舉: 'jǔ', 環: 'huán', 資: 'zī', 衛: 'wèi', 產: 'chǎn',
  業: 'yè', 農: 'nóng', 審: 'shěn', 許: 'xǔ', 證: 'zhèng', 書: 'shū', 檔: 'dàng', 傳: 'chuán',
  廣: 'guǎng', 電: 'diàn', 視: 'shì', 話: 'huà', 讀: 'dú', 說: 'shuō', 決: 'jué', 執: 'zhí', 級: 'jí',
  戶: 'hù', 準: 'zhǔn', 質: 'zhì', 歷: 'lì', 結: 'jié', 轉: 'zhuǎn', 當: 'dāng', 標: 'biāo', 範: 'fàn',
  態: 'tài', 動: 'dòng', 輩: 'bèi', 類: 'lèi', 響: 'xiǎng', 層: 'céng', 維: 'wéi', 護: 'hù', 覽: 'lǎn',
}

/** Glue `(pinyin)` after every character of the table above. Run on traditional text. */
export function gluePinyin(s: string): string {
  let out = ''
  for (const ch of s) out += PINYIN[ch] ? `${ch}(${PINYIN[ch]})` : ch
  return out
}

const CJK = '\\u3400-\\u9fff'
const SPACE_AFTER_NUM = new RegExp(`([0-9%])(?=[${CJK}])`, 'g')
const SPACE_BEFORE_NUM = new RegExp(`([${CJK}])(?=[0-9])`, 'g')

/** What a PDF text layer gives: a space wherever digits meet Chinese. */
export function pdfSpaces(s: string): string {
  return s.replace(SPACE_AFTER_NUM, '$1 ').replace(SPACE_BEFORE_NUM, '$1 ')
}

/** A full stop and a closing tag, mangled by a wrong decode: 成效?!?/span> */
export function mojibakeEnding(s: string): string {
  const k = s.lastIndexOf('。')
  return k < 0 ? `${s}?!?/span>` : `${s.slice(0, k)}?!?/span>${s.slice(k + 1)}`
}

/** Navigation lines a page leaves in the scraped text, by style; `where` says top or bottom. */
export function navLines(style: NavStyle, site: string, section: string): { top: string[]; bottom: string[] } {
  switch (style) {
    case 'portal-trad':
      return { top: ['• 無障礙|', '  • 長輩版', section, `您現在所在的位置: 網站首頁 > 政府信息公開 > ${section} > 政府信息公開年報`], bottom: [] }
    case 'breadcrumb':
      return { top: [`${site}`, `首页 > 政务公开 > 政府信息公开年报 > 正文`], bottom: ['【打印本页】 【关闭窗口】'] }
    case 'login':
      return { top: ['登录 |  注册 ', ''], bottom: [] }
    case 'qr-trad':
      return { top: [], bottom: ['掃描二維碼隨身看資訊'] }
    case 'print':
      return { top: [], bottom: ['相关文档:', '扫一扫在手机打开', '关闭 打印'] }
  }
}
