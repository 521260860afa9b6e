/**
 * From a report spec to a model (title, tables) and to the report's blocks: the free-form prose report of
 * the years before 2019 and the standard report with its tables, then the dirt the spec asks for
 * (traditional script, pinyin, navigation, flattened tables, mojibake, a contradicting year).
 */
import type { ReportBlock } from './blocks'
import { mapBlockText } from './blocks'
import { chineseNumber, formatDate } from './dates'
import { gluePinyin, mojibakeEnding, navLines, pdfSpaces, toTraditional } from './dirt'
import type { ReportModel, ReportSpec, StandardTables, StatedCount } from './model'
import { makeRng, type Rng } from './prng'
import {
  IMPROVE_PARAGRAPHS, OTHER_MATTERS, OVERVIEW_PARAGRAPHS, PROBLEM_PARAGRAPHS, STANDARD_OVERVIEW, STANDARD_OVERVIEW_ALT,
  type ProseContext,
} from './prose'
import { t2Grid, t2v19Grid, t3Grid, t4Grid } from './standard-grids'
import { generateTables } from './tables'

export interface ComposedReport {
  model: ReportModel
  blocks: ReportBlock[]
}

function defaultTitle(spec: ReportSpec, rng: Rng): string {
  const { name } = spec.agency
  if (spec.format !== 'free-form') return `${name}${spec.year}年政府信息公开工作年度报告`
  return rng.pick([
    `${name}${spec.year}年政府信息公开工作年度报告`,
    `${name}${spec.year}年度政府信息公开工作报告`,
    `${spec.year}年度${name}政府信息公开工作年度报告`,
  ])
}

function metaLine(spec: ReportSpec, rng: Rng): string | null {
  if (!spec.publish) return null
  const a = spec.agency.name
  return rng.pick([
    `发布时间：${spec.publish} 09:${String(rng.int(10, 59))}  来源：${a}  字体：[大 中 小]`,
    `发布日期：${spec.publish}    点击数：`,
    `来源：${a} 作者： 发布时间：${spec.publish} ${rng.int(10, 17)}:${rng.int(10, 59)}:${rng.int(10, 59)} 字体大小：`,
  ])
}

/** Split n into k non-negative parts. */
function split(rng: Rng, n: number, k: number): number[] {
  const cuts = Array.from({ length: k - 1 }, () => rng.int(0, n)).sort((x, y) => x - y)
  const parts: number[] = []
  let prev = 0
  for (const c of cuts) {
    parts.push(c - prev)
    prev = c
  }
  parts.push(n - prev)
  return parts
}

function proactiveText(spec: ReportSpec, rng: Rng, ctx: ProseContext): string {
  const s = spec.stats
  const self = spec.agency.self
  if (!s || s.proactive.kind === 'unstated') {
    return `${self}通过门户网站、政务公开栏和服务窗口等渠道，及时公开机构职能、政策文件、工作动态、财政预决算等信息，内容更新及时、准确。`
  }
  if (s.proactive.kind === 'none') return `${ctx.year}年度，${self}未主动公开政府信息。`
  const n = s.proactive.n
  if (s.proactive.approx) {
    const web = Math.floor(n / 2)
    return `全年，共计主动公开各类信息${n}余条，其中在政府网站公开${web}余条，通过公开栏等其他方式公开${n - web}余条。`
  }
  const [p1, p2, p3, p4] = split(rng, n, 4)
  const breakdown = `其中机构职能类${p1}条、政策文件类${p2}条、工作动态类${p3}条、其他信息${p4}条`
  if (s.proactiveCumulative !== undefined) {
    return `截至${ctx.year}年底，${self}历年累计主动公开政府信息${s.proactiveCumulative}条。${ctx.year}年新增主动公开政府信息${n}条，${breakdown}。`
  }
  return `${ctx.year}年，${self}通过${spec.agency.site}门户网站等渠道共主动公开政府信息${n}条，${breakdown}。`
}

function applicationsText(spec: ReportSpec, rng: Rng, ctx: ProseContext): string {
  const s = spec.stats
  const self = spec.agency.self
  const out: string[] = []
  const app = s?.applications ?? { kind: 'unstated' as const }
  if (app.kind === 'count') {
    const [face, web, mail] = split(rng, app.n, 3)
    const granted = rng.int(Math.floor(app.n / 2), app.n)
    out.push(
      `${ctx.year}年，${self}共收到政府信息公开申请${app.n}件，其中当面申请${face}件、网上申请${web}件、信函申请${mail}件。` +
        `所有申请均在法定期限内答复，其中同意公开${granted}件，告知申请人所申请信息不存在或不属于本机关公开职责范围${app.n - granted}件。`,
    )
  } else if (app.kind === 'none') {
    out.push(rng.pick([
      `${ctx.year}年度，${self}未收到公民、法人或其他组织提出的政府信息公开申请。`,
      `截至${ctx.year}年末${self}未收到任何形式的政府信息公开申请。`,
    ]))
  } else if (s?.licensingAccepted !== undefined) {
    out.push(
      `${self}进一步规范依申请公开办理流程，明确专人每日查看申请受理平台。截至${ctx.year}年12月25日，服务窗口共受理行政许可和其他审批事项${s.licensingAccepted}件，办结${s.licensingAccepted}件，按时办结率100%，无一超期办理。`,
    )
  } else {
    out.push(`${self}进一步规范依申请公开的受理、审查、答复等环节，畅通网络、信函、当面等申请渠道，方便群众依法获取政府信息。`)
  }
  if (s?.consultations !== undefined) out.push(`此外，全年接待群众现场及电话咨询${s.consultations}人次，均当场予以解答。`)
  return out.join('')
}

function reviewText(spec: ReportSpec, ctx: ProseContext): string | null {
  const s = spec.stats
  if (!s) return null
  const { reconsiderations: r, lawsuits: l } = s
  const self = spec.agency.self
  if (r.kind === 'unstated' && l.kind === 'unstated') return null
  if (r.kind === 'none' && l.kind === 'none') return `${ctx.year}年度，${self}没有发生因政府信息公开引起的行政复议和行政诉讼案件。`
  const part = (c: StatedCount, what: string): string =>
    c.kind === 'count' ? `发生${what}${c.n}起` : c.kind === 'none' ? `未发生${what}` : ''
  const parts = [part(r, '因政府信息公开引起的行政复议案件'), part(l, '行政诉讼案件')].filter((p) => p !== '')
  return `${ctx.year}年度，${self}${parts.join('，')}，均依法妥善处理，未发生被纠错或败诉的情况。`
}

function feesText(spec: ReportSpec): string | null {
  const f = spec.stats?.fees
  if (!f || f.kind === 'unstated') return null
  const self = spec.agency.self
  if (f.kind === 'none') return `${self}在依申请提供政府信息的过程中未收取任何费用，也未发生减免收费的情况。`
  return `全年共收取检索、复制、邮寄费${f.n}元，无减免收费的情况。`
}

function staffText(spec: ReportSpec): string | null {
  const s = spec.stats
  if (!s || (s.staff === undefined && s.budget === undefined)) return null
  const self = spec.agency.self
  const out: string[] = []
  if (s.staff !== undefined) out.push(`${self}现有政府信息公开工作人员${s.staff}名，并根据工作职责进行了分工，明确责任。`)
  if (s.budget !== undefined) out.push(`安排必要的工作经费，全年政府信息公开工作经费支出${s.budget}元。`)
  return out.join('')
}

function signature(spec: ReportSpec): ReportBlock | null {
  const lines: string[] = []
  if (spec.signedByAgency !== false && (spec.signedByAgency || spec.signed)) lines.push(spec.agency.name)
  if (spec.signed) lines.push(formatDate(spec.signed, spec.signedStyle ?? 'arabic'))
  return lines.length > 0 ? { kind: 'signature', lines } : null
}

function introFreeForm(spec: ReportSpec): string {
  const y = spec.dirt?.yearConflict ? spec.year + 1 : spec.year
  return (
    // without a title line the report does not name itself either: the signature is the only source
    (spec.dirt?.noTitle
      ? `${spec.year}年，在${spec.agency.parent}的正确领导下，${spec.agency.self}认真贯彻执行《中华人民共和国政府信息公开条例》（以下简称《条例》），扎实做好政府信息公开工作，现将有关情况报告如下。`
      : `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${spec.agency.parent}关于政务公开工作的部署，特向社会公布${y}年度${spec.agency.name}政府信息公开工作年度报告。`) +
    `本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、复议诉讼情况、存在的主要问题及改进措施等部分组成。` +
    `本报告中所列数据的统计期限自${spec.year}年1月1日起至${spec.year}年12月31日止。本报告的电子版可在${spec.agency.site}门户网站下载。`
  )
}

const GUIDE_2019 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）'
const GUIDE_2021 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）'

function introStandard(spec: ReportSpec): string {
  const y = spec.dirt?.yearConflict ? spec.year + 1 : spec.year
  const guide = spec.format === 'standard-2019' ? GUIDE_2019 : GUIDE_2021
  return (
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${guide}要求编制，` +
    (spec.dirt?.noTitle ? `现将${spec.agency.self}${y}年度政府信息公开工作情况报告如下。` : `现向社会公布${spec.agency.name}${y}年度政府信息公开工作情况。`) +
    `全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。` +
    `本报告所列数据的统计期限自${spec.year}年1月1日起至${spec.year}年12月31日止。`
  )
}

function headings(): (text: string) => ReportBlock {
  let k = 0
  return (text: string) => ({ kind: 'heading', text: `${chineseNumber(++k)}、${text}` })
}

function freeFormBody(spec: ReportSpec, rng: Rng, ctx: ProseContext): ReportBlock[] {
  const h = headings()
  const blocks: ReportBlock[] = [{ kind: 'p', text: introFreeForm(spec) }]
  blocks.push(h(rng.pick(['概述', '基本情况', '政府信息公开工作的基本情况'])))
  rng.sample(OVERVIEW_PARAGRAPHS, 3).forEach((f, k) => {
    // the bank numbers its paragraphs; a report numbers the ones it keeps
    blocks.push({ kind: 'p', text: f(ctx).replace(/^（.）/, `（${chineseNumber(k + 1)}）`) })
  })
  blocks.push(h('主动公开政府信息情况'), { kind: 'p', text: proactiveText(spec, rng, ctx) })
  blocks.push(h('依申请公开政府信息情况'), { kind: 'p', text: applicationsText(spec, rng, ctx) })
  const fees = feesText(spec)
  if (fees) blocks.push(h('政府信息公开的收费及减免情况'), { kind: 'p', text: fees })
  const review = reviewText(spec, ctx)
  if (review) blocks.push(h('因政府信息公开申请提起行政复议、行政诉讼的情况'), { kind: 'p', text: review })
  const staff = staffText(spec)
  if (staff) blocks.push(h('机构建设和保障经费情况'), { kind: 'p', text: staff })
  blocks.push(h(rng.pick(['存在的主要问题及改进措施', '存在的主要问题和改进情况'])))
  blocks.push({ kind: 'p', text: rng.pick(PROBLEM_PARAGRAPHS)(ctx) }, { kind: 'p', text: rng.pick(IMPROVE_PARAGRAPHS)(ctx) })
  return blocks
}

function standardBody(spec: ReportSpec, rng: Rng, ctx: ProseContext, t: StandardTables): ReportBlock[] {
  const h = headings()
  const blanks = spec.blanks ?? 'zero'
  const flat = spec.dirt?.flattenTables === true
  const blocks: ReportBlock[] = [{ kind: 'p', text: introStandard(spec) }, h('总体情况')]
  const self = spec.agency.self
  STANDARD_OVERVIEW.forEach((f0, k) => {
    const f = rng.chance(0.5) ? f0 : STANDARD_OVERVIEW_ALT[k]
    let text = f(ctx)
    if (k === 0 && spec.proactiveProse !== undefined) text += `全年共主动公开政府信息${spec.proactiveProse}条。`
    if (k === 1 && spec.applicationsProse) {
      text += `全年${self}共收到政府信息公开申请${t.t3.new[6]}件，上年结转${t.t3.carried[6]}件，办结${t.t3.total[6]}件，结转下年度继续办理${t.t3.carry_forward[6]}件。`
    }
    if (k === 1 && spec.consultationsProse !== undefined) text += `另外，全年通过电话和窗口接待群众政策咨询${spec.consultationsProse}人次。`
    blocks.push({ kind: 'p', text })
  })
  const table = (b: ReportBlock & { kind: 'table' }): ReportBlock => {
    if (!flat) return b
    // what scraping left of a table: one separator per cell, no text
    const cells = b.grid.reduce((n, row) => n + row.length, 0)
    return { kind: 'flat', text: '|'.repeat(cells) }
  }
  blocks.push(h('主动公开政府信息情况'), table(spec.format === 'standard-2021' ? t2Grid(t, blanks) : t2v19Grid(t, blanks)))
  blocks.push(h('收到和处理政府信息公开申请情况'), table(t3Grid(t, spec.format, blanks)))
  blocks.push(h('政府信息公开行政复议、行政诉讼情况'), table(t4Grid(t, blanks)))
  blocks.push(h('存在的主要问题及改进情况'))
  blocks.push({ kind: 'p', text: rng.pick(PROBLEM_PARAGRAPHS)(ctx) }, { kind: 'p', text: rng.pick(IMPROVE_PARAGRAPHS)(ctx) })
  blocks.push(h('其他需要报告的事项'))
  blocks.push({
    kind: 'p',
    text: spec.feesNoneProse ? `本年度${self}未收取政府信息公开信息处理费。${rng.pick(OTHER_MATTERS)(ctx)}` : rng.pick(OTHER_MATTERS)(ctx),
  })
  return blocks
}

/** Build the model of a spec (deterministic in its seed). */
export function buildModel(spec: ReportSpec): { model: ReportModel; rng: Rng } {
  const rng = makeRng(spec.seed)
  const title = spec.title ?? defaultTitle(spec, rng)
  // last year's carry_forward is this year's carried, column by column (check 5 of fields.md)
  const carried = spec.carriedFrom ? buildModel(spec.carriedFrom).model.tables?.t3.carry_forward.slice(0, 6) : undefined
  const tables = spec.format === 'free-form' ? null : generateTables(rng, spec.format, spec.agency.level, spec.breaks ?? [], carried)
  return { model: { spec, title, tables }, rng }
}

export function composeReport(spec: ReportSpec): ComposedReport {
  const { model, rng } = buildModel(spec)
  const ctx: ProseContext = { a: spec.agency, year: spec.year }
  const dirt = spec.dirt ?? {}
  const nav = (dirt.nav ?? []).map((s) => navLines(s, spec.agency.site, spec.agency.name))
  let blocks: ReportBlock[] = []
  for (const n of nav) for (const line of n.top) blocks.push({ kind: 'nav', text: line })
  if (!dirt.noTitle) {
    if (dirt.sitePrefixTitle) blocks.push({ kind: 'nav', text: `${spec.agency.site}-${model.title}` })
    blocks.push({ kind: 'title', text: model.title })
  }
  const meta = metaLine(spec, rng)
  if (meta) blocks.push({ kind: 'meta', text: meta })
  const body = model.tables ? standardBody(spec, rng, ctx, model.tables) : freeFormBody(spec, rng, ctx)
  if (dirt.mojibake) {
    // the remnant sits at the end of the first paragraph after the first heading
    const k = body.findIndex((b, i) => i > 0 && b.kind === 'p' && body[i - 1].kind === 'heading')
    const b = body[k]
    if (b && b.kind === 'p') body[k] = { kind: 'p', text: mojibakeEnding(b.text) }
  }
  blocks.push(...body)
  const sig = signature(spec)
  if (sig) blocks.push(sig)
  for (const n of nav) for (const line of n.bottom) blocks.push({ kind: 'nav', text: line })
  if (spec.script === 'traditional') blocks = mapBlockText(blocks, toTraditional)
  if (dirt.pinyin) blocks = mapBlockText(blocks, gluePinyin)
  if (dirt.pdfSpaces) blocks = mapBlockText(blocks, pdfSpaces)
  return { model, blocks }
}
