/**
 * Joint reports (issue 12, point 2: joint bodies kept as written): two bodies that sign one report on two lines,
 * head its title together, or share its 来源 line (A、B). Taking one of them, as the rules did (the nearest
 * signer, the first name of the line), gives a name that is not the report's — the other body alone when the
 * nearest signer is the second. The joint name is written with 、 between the bodies, as the genre does.
 */
import { agencyLike, creditableName, hasPlace, isCentralBody } from './agency-names'

/** each part a full name of its own (a place and an organ word, or a central body), no two alike */
export function jointName(parts: readonly string[]): string | null {
  // (a signature's two lines above its date are as often paragraphs: no name runs past 40 characters)
  if (parts.length < 2 || parts.some((p) => p.length > 40) || new Set(parts).size !== parts.length) return null
  return parts.every((p) => agencyLike(p) && (hasPlace(p) || isCentralBody(p))) ? parts.join('、') : null
}

/** the names that follow a name as 、B、C in a label's value (来源：A、B 时间：…, the view squeezes the space): the joint name, or null */
const MORE = /^(?:、[\u4e00-\u9fa5（）()·]{2,40}?(?=、|作者|发布|时间|日期|浏览|点击|访问|来源|字体|字号|分享|打印|[^\u4e00-\u9fa5（）()·]|$))+/

export function jointAfter(text: string, first: string, end: number): { value: string; end: number } | null {
  const more = MORE.exec(text.slice(end, end + 200))
  if (!more) return null
  const value = jointName([first, ...more[0].split('、').slice(1)])
  return value && creditableName(value) === 'full' ? { value, end: end + more[0].length } : null
}
