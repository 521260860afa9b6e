/**
 * The region of a body named only short (县人社局, 市民促局: issue 12, fourth wild set) from the one place of its unit
 * the text names as the platform it publishes on (利用凤县人民政府网站…, 可在“铜陵市政府信息公开平台”上下载), as pages
 * p080 takes 濱江區 from 以濱江區政府信息公開網站為平臺. Addresses, documents' names and other places are not read.
 */
import { divisionNamesAt } from './divisions'
import { regionOf } from './region-name'

/** (…or the place's government issuing the rules the body follows, 临邑县政府《关于做好政府信息公开工作的通知》: the
 * unit's superior named by its place outside the document's name (not 《平武县人民政府办公室关于…》, a name cited);
 * wild-final w035, wild-counts2 w021) */
/** a place's government web site or disclosure platform (凤县人民政府网站, 铜陵市政府信息公开平台, 青山县政务网, 永泰县人民政府公众信息网站: wild-final2 w044) */
const PLATFORM = /([\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|州|旗))(?:人民政府|政府)?(?:门户网站|(?:公众信息|公众|政务|信息)?网站|(?<=政府)(?=《)|政府信息公开平台|信息公开平台|信息公开网|政务网|政府网)/g

function aloneOnLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1
  const to = text.indexOf('\n', end)
  return text.slice(from, start).trim() === '' && text.slice(end, to < 0 ? text.length : to).trim() === ''
}

/** The one place of the short form's unit (县 for 县人社局) named as a platform, or null when none or several. */
export function platformPlace(text: string, short: string): { value: string; start: number; end: number } | null {
  const unit = /^(?:省|市|县|区|州|旗)/.exec(short)?.[0]
  if (!unit) return null
  const found = new Map<string, number>()
  PLATFORM.lastIndex = 0
  for (let m = PLATFORM.exec(text); m; m = PLATFORM.exec(text)) {
    // the host portal's name alone on its line (湘阴县人民政府门户网站 over the page) is where the page is, not a platform
    // the text says the body publishes on (two session-12 blind writers: the place is not attached to the body)
    if (aloneOnLine(text, m.index, m.index + m[0].length)) continue
    // (a web site inside a document's name, 《…2017年度海南省政府网站绩效评价结果通报》: the document's subject; set 60)
    if (text.lastIndexOf('《', m.index) > text.lastIndexOf('》', m.index)) continue
    // the words before may run into the lazy name (利用凤县…, 依托市…): the place is the tail that is a place the
    // divisions data knows, whole (an unknown name here is as often a verb before the unit: 依托市)
    const words = m[1]
    for (let i = 0; i < words.length - 1; i++) {
      const place = words.slice(i)
      if (place.endsWith(unit) && regionOf(place) === place && divisionNamesAt(place).some((n) => n.name === place)) {
        if (!found.has(place)) found.set(place, m.index + i)
        break
      }
    }
  }
  if (found.size !== 1) return null
  const [[value, start]] = [...found]
  return { value, start, end: start + value.length }
}
