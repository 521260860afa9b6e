/**
 * Links to other reports on the page (issue 12, distractors): a 相关文章 list after the report, a 最新公开
 * sidebar before it (上一篇：/下一篇： lines the text's furniture rule already drops). Each is the title line
 * of another body's report (青山县民政局2020年政府信息公开工作年度报告), and read as this report's title or
 * sentence it gave another body's name: 43 of 79 dev reports with a related list after them, all 79 with a
 * sidebar before them. A line is a link when it stands under a list's heading or in a run of title lines
 * naming two bodies or more: of such a run only the line whose body the rest of the text names too is the
 * report's own; none is when no body or several are (the agency is then left to the other rules, or empty).
 */
import type { Ctx } from './context'
import type { Line } from './view'

/** a list's heading alone on its line */
const LIST_HEADING = /^(?:相关链接|相关文章|相关阅读|相关信息|相关新闻|相关稿件|推荐阅读|延伸阅读|猜你喜欢|最新公开|最新信息|最新文章|最新更新|热点信息|热点新闻|热门文章|热门信息|往年报告|历年报告|其他年度)\s*[:：]?$/
/** a report's title line: a name (maybe none), its year, the subject, the report's word, maybe a date after */
const REPORT_TITLE = /^(?:【[^】]{0,20}】)?(.{0,40}?)(?:关于)?(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?.{0,20}?(?:政府信息公开|政务公开|信息公开).{0,16}?(?:年度报告|工作报告|年报|报告)(?:的通知)?[\s\d\-/.:年月日()（）]*$/
/** a page's metadata row under its heading (来源：…, 发布时间：…, 信息来源：…) */
const PAGE_META = /^(?:来源|信息来源|文章来源|发布时间|发布日期|发布机构|时间|日期|作者)\s*[:：]|(?:发布时间|发布日期)\s*[:：]/

/** lines read at each end of the text: links stand near the head (a sidebar) or the end (a related list) */
const END_LINES = 40

interface Titled { line: Line; name: string }

function titledLine(line: Line): Titled | null {
  const t = line.text.trim()
  // (most lines are prose: the cheap tests first, the title's pattern after)
  if (t.length > 90 || t.length < 10 || !t.includes('公开') || !(t.includes('报告') || t.includes('年报')) || /[。，,；;]/.test(t)) return null
  const m = REPORT_TITLE.exec(t)
  return m ? { line, name: m[1].replace(/关于$/, '') } : null
}

/** a place's unit word or its government's name that a repeated title line may leave off: 丽阳镇 / 丽阳, X镇人民政府 / X镇 */
const UNIT_LEFT_OFF = /^(?:(?:镇|乡|街道|街|县|区|市|旗|州|盟|苏木)(?:人民政府|政府|办事处)?|人民政府|政府|办事处)$/
/** `long` is `short` with its unit word or its government after it (丽阳镇 / 丽阳, 丽阳镇人民政府 / 丽阳镇) */
const withUnit = (long: string, short: string) => short.length >= 2 && long.startsWith(short) && UNIT_LEFT_OFF.test(long.slice(short.length))
/**
 * the same body, one written with its parent places (泉州市鲤城区统计局 / 鲤城区统计局), or without its unit word (the
 * title repeated on the next line short, 丽阳镇2022年度… / 丽阳2022年度…, is no list of two bodies; wild-agency10 w045)
 */
const sameBody = (a: string, b: string) => a === b || a.endsWith(b) || b.endsWith(a) || withUnit(a, b) || withUnit(b, a)

const cache = new WeakMap<Ctx, Set<Line>>()

/** The lines of `ctx` that link to other reports. */
export function linkLines(ctx: Ctx): Set<Line> {
  const seen = cache.get(ctx)
  if (seen) return seen
  const out = new Set<Line>()
  const lines = ctx.lines
  const at = lines.length > END_LINES * 2 ? [...lines.slice(0, END_LINES), ...lines.slice(-END_LINES)] : lines
  let run: Titled[] = []
  let afterHeading = false
  const close = (next?: Line) => {
    const names: string[] = []
    for (const r of run) if (r.name && !names.some((n) => sameBody(n, r.name))) names.push(r.name)
    if (names.length >= 2 || (afterHeading && run.length > 0)) {
      // the report's own title line: the one body of the run that the text names outside the run; failing that, the
      // run's last line when the page's metadata row follows it (… / 无锡市物价局2016年… / 无锡市审计局2016年… / 来源：…
      // 发布时间：…): a sidebar's links, then the page's own heading (session-11 blind batch)
      const inRun = new Set(run.map((r) => r.line))
      const named = names.filter((n) => n.length >= 2 && mentionedOutside(ctx, n, inRun))
      const last = run[run.length - 1]
      // (only a run of one year's reports under no list heading: a 最新公开 or 相关文章 list, or other years' reports, is
      // links to its last line too)
      const oneYear = new Set(run.map((r) => r.line.text.match(/\d{4}(?=年)/)?.[0] ?? '')).size === 1
      const own = named.length === 1 ? named[0]
        : !named.length && !afterHeading && oneYear && next && PAGE_META.test(next.text.trim()) && last.name ? last.name : null
      for (const r of run) if (!own || !r.name || !sameBody(r.name, own)) out.add(r.line)
    }
    run = []
    afterHeading = false
  }
  for (const l of at) {
    const t = l.text.trim()
    if (t === '') continue
    if (LIST_HEADING.test(t)) { close(); afterHeading = true; continue }
    const titled = titledLine(l)
    if (titled) run.push(titled)
    else close(l)
  }
  close()
  cache.set(ctx, out)
  return out
}

function mentionedOutside(ctx: Ctx, name: string, inRun: Set<Line>): boolean {
  const text = ctx.view.text
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (![...inRun].some((l) => i >= l.start && i < l.end)) return true
  }
  return false
}

/** The view offset `at` lies on a link line. */
export function onLinkLine(ctx: Ctx, at: number): boolean {
  for (const l of linkLines(ctx)) if (at >= l.start && at < l.end) return true
  return false
}
