/**
 * The files the e2e tests import: the generated samples in resources/samples when that folder has
 * some, else a few TXT reports written here (a free-form one and a standard-2021 one with its tables
 * flattened into ' | ' rows), so the suite runs before the sample generator has.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO } from './server'

const SAMPLE_EXT = /\.(txt|docx|pdf|html?)$/i

export function sampleFiles(): string[] {
  const dir = join(REPO, 'resources', 'samples')
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => SAMPLE_EXT.test(f)).sort().map((f) => join(dir, f)) : []
  return files.length > 0 ? files : writeFallbackReports()
}

function freeForm(agency: string, year: number, received: number, disclosed: number): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    '',
    `本报告依据《中华人民共和国政府信息公开条例》编制，内容包括概述、主动公开情况、依申请公开情况、收费及减免情况、复议诉讼情况、存在的问题及改进措施。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '',
    '一、概述',
    `${year}年，${agency}认真贯彻落实政府信息公开工作要求，进一步完善工作机制，畅通公开渠道。`,
    '',
    '二、主动公开政府信息情况',
    `全年共主动公开政府信息${disclosed}条，其中通过门户网站公开${disclosed - 12}条。`,
    '',
    '三、依申请公开政府信息情况',
    `全年共收到政府信息公开申请${received}件，均已按时办结。`,
    '',
    '四、政府信息公开的收费及减免情况',
    '本年度未收取任何费用。',
    '',
    '五、因政府信息公开申请提起行政复议、行政诉讼的情况',
    '本年度未发生因政府信息公开引起的行政复议和行政诉讼。',
    '',
    agency,
    `${year + 1}年1月20日`,
  ].join('\n')
}

function standard2021(agency: string, year: number): string {
  const row = (label: string, cells: number[]) => [label, ...cells.map(String)].join(' | ')
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    '',
    '一、总体情况',
    `${year}年，${agency}坚持以公开为常态、不公开为例外，全面推进政府信息公开工作。`,
    '',
    '二、主动公开政府信息情况',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
    row('规章', [0, 0, 0]),
    row('行政规范性文件', [3, 1, 15]),
    '',
    '三、收到和处理政府信息公开申请情况',
    '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
    row('一、本年新收政府信息公开申请数量', [14, 2, 0, 0, 0, 1, 17]),
    row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]),
    row('三、本年度办理结果 （一）予以公开', [9, 1, 0, 0, 0, 1, 11]),
    row('（二）部分公开', [2, 0, 0, 0, 0, 0, 2]),
    row('（七）总计', [14, 2, 0, 0, 0, 1, 17]),
    // deliberately out of balance (new + carried ≠ handled + carried forward): the checks must flag it
    row('四、结转下年度继续办理', [3, 0, 0, 0, 0, 0, 3]),
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
    '本年度因政府信息公开申请引起行政复议2件，结果维持2件。',
    '',
    '五、存在的主要问题及改进情况',
    '公开内容的规范性还需加强，下一步将加强培训。',
    '',
    agency,
    `${year + 1}年1月25日`,
  ].join('\n')
}

export function writeFallbackReports(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-reports-'))
  const reports: [string, string][] = [
    ['青石县交通运输局2017年政府信息公开工作年度报告.txt', freeForm('青石县交通运输局', 2017, 23, 312)],
    ['青石县教育局2018年政府信息公开工作年度报告.txt', freeForm('青石县教育局', 2018, 9, 187)],
    ['白河市生态环境局2022年政府信息公开工作年度报告.txt', standard2021('白河市生态环境局', 2022)],
  ]
  return reports.map(([name, text]) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  })
}
