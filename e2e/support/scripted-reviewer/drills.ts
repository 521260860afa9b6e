/**
 * Drills for the scripted reviewer: reports in the samples' genre whose extraction misses values a person
 * reads in them, with true gold, so that the bench and its e2e test measure corrections the project's own
 * samples (read right by the extractor) never ask for. Each is one kind of correction:
 *   - effort-free: a free-form web page without its agency in the title (agency and region only in the
 *     signature, the request and appeal counts written as statements, the date in the page's header line);
 *   - effort-standard: a standard-2021 table 三 with a cell lost in the flattening (`||`) and a letter l for
 *     the digit 1 (the rows' totals say what they were);
 *   - effort-cells: the project's sample s21-04 with three cells of tables 二 and 三 lost (the sample's own
 *     gold holds them).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO } from '../server'

const FREE = [
  '首页 > 政务公开 > 年度报告',
  '2018年政府信息公开工作年度报告',
  '发布时间：2019-03-01 点击数：126',
  '2018年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年共主动公开政府信息二百一十二条。',
  '依申请公开方面，本年度共有3名群众来电咨询，未收到书面申请。全年受理行政许可事项152件。',
  '本年度发生行政复议1件，无行政诉讼。',
  '青松县林业局',
].join('\n')
const FREE_GOLD = {
  title: '2018年政府信息公开工作年度报告', agency: '青松县林业局', region: '青松县', report_year: 2018, publish_date: '2019-03-01',
  format: 'free-form', proactive_disclosures: 212, applications_received: 0, admin_reconsiderations: 1, admin_lawsuits: 0,
  notes: 'agency and region from the signature; 来电咨询 are not requests (0); 无行政诉讼 is 0',
}
const row = (label: string, cells: (number | string)[]) => [label, ...cells].join(' | ')
const STANDARD = [
  '白河市生态环境局2022年政府信息公开工作年度报告',
  '',
  '三、收到和处理政府信息公开申请情况',
  row('一、本年新收政府信息公开申请数量', [14, 2, 0, 0, 0, 1, 17]),
  row('二、上年结转政府信息公开申请数量', [1, 1, 0, 0, 0, 0, 2]),
  row('三、本年度办理结果 （一）予以公开', [9, 1, 0, 0, 0, 1, 11]),
  row('（二）部分公开', [2, 0, 0, 0, 0, 0, 2]),
  // a cell lost in the flattening (||) and a letter l for the digit 1: the totals say what they were
  row('（七）总计', [14, 2, 0, 0, 0, 'l', 17]),
  '四、结转下年度继续办理 | 1 || 0 | 0 | 0 | 0 | 2',
  '',
  '白河市生态环境局',
  '2023年1月25日',
].join('\n')
const STANDARD_GOLD = {
  title: '白河市生态环境局2022年政府信息公开工作年度报告', agency: '白河市生态环境局', report_year: 2022, format: 'standard-2021',
  't3.total.other_org': 1, 't3.carry_forward.business': 1, 't3.carry_forward.total': 2, 't3.new.total': 17,
  notes: 'the two damaged cells follow from their rows and columns',
}

function damagedSample(): string {
  const text = new TextDecoder('gb18030').decode(readFileSync(join(REPO, 'tests', 'fixtures', 'reports', 's21-04-gbk.txt')))
  // [what the sample has, what the damaged copy has]: the cell's number is gone
  const lost: [RegExp, string][] = [[/行政许可\t63/, '行政许可\t'], [/行政处罚\t59/, '行政处罚\t'], [/(（四）无法提供\t1\.本机关不掌握相关政府信息\t1\t1\t+)2/, '$1']]
  let out = text
  for (const [re, to] of lost) {
    if (!re.test(out)) throw new Error(`the sample s21-04 changed: ${re} not found`)
    out = out.replace(re, to)
  }
  return out
}

export interface Drill { file: string; text: () => string; gold: () => Record<string, unknown> }

export const DRILLS: readonly Drill[] = [
  { file: 'effort-free.txt', text: () => FREE, gold: () => FREE_GOLD },
  { file: 'effort-standard.txt', text: () => STANDARD, gold: () => STANDARD_GOLD },
  {
    file: 'effort-cells.txt',
    text: damagedSample,
    gold: () => JSON.parse(readFileSync(join(REPO, 'tests', 'fixtures', 'reports', 's21-04-gbk.gold.json'), 'utf8')) as Record<string, unknown>,
  },
]

/** writes the drills (or those named) into `dir`: their paths and their gold by file name */
export function writeDrills(dir: string, only?: readonly string[]): { files: string[]; golds: Map<string, Record<string, unknown>> } {
  const chosen = DRILLS.filter((d) => !only || only.includes(d.file))
  const golds = new Map<string, Record<string, unknown>>()
  const files = chosen.map((d) => {
    const path = join(dir, d.file)
    writeFileSync(path, d.text())
    golds.set(d.file, d.gold())
    return path
  })
  return { files, golds }
}
