/**
 * What the generator writes: the test fixtures (tests/fixtures/reports, each with its gold) and the demo
 * library (resources/samples). Each entry is a report spec; the seed makes it reproducible. To add a
 * fixture, add a spec here and run `npm run samples`.
 */
import { AGENCIES as A } from './agencies'
import type { ReportSpec } from './model'

type Spec = ReportSpec

const noReview = { reconsiderations: { kind: 'none' }, lawsuits: { kind: 'none' } } as const
const unstatedReview = { reconsiderations: { kind: 'unstated' }, lawsuits: { kind: 'unstated' } } as const

export const FIXTURES: Spec[] = [
  // ---- free-form (before 2019) ----
  {
    name: 'ff01-county-utf8', seed: 101, agency: A.jixiNatural, year: 2017, format: 'free-form',
    publish: '2018-01-26', signed: '2018-01-20', script: 'simplified', output: { kind: 'txt', encoding: 'utf8', loose: true },
    stats: { proactive: { kind: 'count', n: 312 }, applications: { kind: 'count', n: 4 }, ...noReview },
    dirt: { nav: ['breadcrumb'] },
    notes: 'A plain free-form county report. The breakdown of the proactive count (four parts) adds up to 312.',
  },
  {
    name: 'ff02-trad-pinyin-nav', seed: 102, agency: A.qimenMarket, year: 2016, format: 'free-form',
    publish: '2017-02-08', signed: null, signedByAgency: false, script: 'traditional', output: { kind: 'txt', encoding: 'utf8' },
    stats: { proactive: { kind: 'count', n: 187 }, applications: { kind: 'none' }, ...unstatedReview },
    dirt: { pinyin: true, nav: ['portal-trad'], mojibake: true },
    notes: 'No signature at all. Reconsiderations and lawsuits are not mentioned: null.',
  },
  {
    name: 'ff03-no-title-signature', seed: 103, agency: A.pingjiangTransport, year: 2017, format: 'free-form',
    publish: null, signed: '2018-03-06', signedByAgency: true, script: 'traditional', output: { kind: 'txt', encoding: 'utf8' },
    stats: { proactive: { kind: 'count', n: 95 }, applications: { kind: 'unstated' }, ...unstatedReview },
    dirt: { noTitle: true, nav: ['qr-trad'] },
    notes: 'No count of applications is stated.',
  },
  {
    name: 'ff04-gbk-chinese-date', seed: 104, agency: A.muchuanHousing, year: 2010, format: 'free-form',
    publish: '2011-01-14', signed: '2011-01-10', signedStyle: 'chinese-O', signedByAgency: false, script: 'simplified',
    output: { kind: 'txt', encoding: 'gb18030', crlf: true, loose: true },
    stats: { proactive: { kind: 'unstated' }, applications: { kind: 'none' }, ...noReview },
    dirt: { nav: ['login'] },
    notes: 'GBK (GB18030) bytes with CRLF line ends. The signature is a date only. No count of proactive disclosures is stated.',
  },
  {
    name: 'ff05-year-conflict', seed: 105, agency: A.yongdingCity, year: 2017, format: 'free-form',
    publish: '2018-03-05', signed: null, signedByAgency: false, script: 'simplified', output: { kind: 'txt', encoding: 'utf8', loose: true },
    stats: {
      proactive: { kind: 'count', n: 100, approx: true }, applications: { kind: 'unstated' }, licensingAccepted: 152, consultations: 17,
      reconsiderations: { kind: 'count', n: 2 }, lawsuits: { kind: 'count', n: 3 }, staff: 2, budget: 4000,
    },
    dirt: { sitePrefixTitle: true, yearConflict: true, nav: ['print'] },
    notes: 'Also stated: 2 staff, 4000 yuan spent.',
  },
  {
    name: 'ff06-utf16-cumulative', seed: 106, agency: A.jinganAgri, year: 2015, format: 'free-form',
    publish: '2016-03-20', signed: '2016-03-15', script: 'simplified', output: { kind: 'txt', encoding: 'utf16le', crlf: true },
    stats: {
      proactive: { kind: 'count', n: 146 }, proactiveCumulative: 1320, applications: { kind: 'count', n: 3 }, consultations: 25,
      fees: { kind: 'none' }, ...noReview,
    },
    notes: 'UTF-16LE with a byte-order mark, CRLF line ends.',
  },
  {
    name: 'ff07-big5-province', seed: 107, agency: A.jiangxiForestry, year: 2014, format: 'free-form',
    publish: '2015-03-25', signed: '2015-03-20', script: 'traditional', output: { kind: 'txt', encoding: 'big5', crlf: true },
    stats: { proactive: { kind: 'count', n: 538 }, applications: { kind: 'count', n: 21 }, reconsiderations: { kind: 'count', n: 1 }, lawsuits: { kind: 'none' } },
    notes: 'Big5 bytes, CRLF line ends. A provincial agency. No lawsuit happened: 0.',
  },
  {
    name: 'ff08-pdf-spaces', seed: 108, agency: A.ganzhouStats, year: 2017, format: 'free-form',
    publish: '2018-02-27', signed: '2018-02-26', script: 'simplified', output: { kind: 'pdf' },
    stats: { proactive: { kind: 'count', n: 264 }, applications: { kind: 'count', n: 9 }, consultations: 40, fees: { kind: 'none' }, ...noReview },
    dirt: { pdfSpaces: true },
    notes: 'PDF with a non-embedded CID font (needs the CMaps); long lines wrap, so sentences break across lines.',
  },
  {
    name: 'ff09-docx-central', seed: 109, agency: A.stateForestry, year: 2015, format: 'free-form',
    publish: null, signed: '2016-03-28', script: 'simplified', output: { kind: 'docx' },
    stats: {
      proactive: { kind: 'count', n: 1460 }, applications: { kind: 'count', n: 87 },
      reconsiderations: { kind: 'count', n: 3 }, lawsuits: { kind: 'count', n: 1 }, fees: { kind: 'count', n: 120 },
    },
    notes: 'DOCX: the title has the Title style, headings Heading 1. 120 yuan fees collected.',
  },
  {
    name: 'ff10-html-township', seed: 110, agency: A.shexianShendu, year: 2016, format: 'free-form',
    publish: '2017-01-18', signed: '2017-01-12', signedStyle: 'chinese', script: 'simplified', output: { kind: 'html', encoding: 'utf8' },
    stats: { proactive: { kind: 'count', n: 58 }, applications: { kind: 'none' }, ...unstatedReview },
    notes: 'A saved web page: the <title> carries the site name, the page has menus, a breadcrumb and a footer.',
  },
  {
    name: 'ff11-html-gbk', seed: 111, agency: A.liquanEdu, year: 2013, format: 'free-form',
    publish: '2014-03-10', signed: '2014-02-28', script: 'simplified', output: { kind: 'html', encoding: 'gb18030' },
    stats: { proactive: { kind: 'count', n: 200, approx: true }, applications: { kind: 'count', n: 6 }, staff: 3, ...noReview },
    notes: 'A web page saved in GBK, declared as <meta charset="gb2312">. 3 staff.',
  },
  {
    name: 'ff12-trad-pinyin-docx', seed: 112, agency: A.tongdaoHealth, year: 2018, format: 'free-form',
    publish: '2019-01-30', signed: '2019-01-25', script: 'traditional', output: { kind: 'docx' },
    stats: { proactive: { kind: 'count', n: 233 }, proactiveCumulative: 2105, applications: { kind: 'count', n: 2 }, ...noReview },
    dirt: { pinyin: true, nav: ['portal-trad'] },
    notes: 'A DOCX made from a scraped page: the dirt went into the Word file.',
  },
  // ---- standard 2019 (试行) ----
  {
    name: 's19-01-county-txt', seed: 201, agency: A.yuexiHr, year: 2019, format: 'standard-2019',
    publish: '2020-01-20', signed: '2020-01-16', script: 'simplified', output: { kind: 'txt', encoding: 'utf8', loose: true },
    proactiveProse: 426, dirt: { nav: ['breadcrumb'] },
    notes: 'Tables as tab-separated rows; merged label cells written once.',
  },
  {
    name: 's19-02-trad-flattened', seed: 202, agency: A.changdeEco, year: 2020, format: 'standard-2019',
    publish: null, signed: null, signedByAgency: false, script: 'traditional', output: { kind: 'txt', encoding: 'utf8' },
    proactiveProse: 1289, applicationsProse: true, dirt: { pinyin: true, flattenTables: true },
    notes: 'A 2020 report in the 2019 format (the 2021 format applies from the 2021 reports on).',
  },
  {
    name: 's19-03-big5', seed: 203, agency: A.zhejiangTransport, year: 2019, format: 'standard-2019',
    publish: '2020-01-31', signed: '2020-01-22', script: 'traditional', output: { kind: 'txt', encoding: 'big5' },
    blanks: 'blank',
    notes: 'Big5 bytes. A provincial agency.',
  },
  {
    name: 's19-04-pdf-central', seed: 204, agency: A.stateArchives, year: 2019, format: 'standard-2019',
    publish: null, signed: '2020-01-20', script: 'simplified', output: { kind: 'pdf' },
    proactiveProse: 356, dirt: { pdfSpaces: true },
    notes: 'PDF tables drawn as ruled cells: header words wrap inside narrow cells (社会公/益组织; table 四 one character per line), row labels of table 三 are on one line and cut where too long; the text wraps mid-sentence.',
  },
  {
    name: 's19-05-docx', seed: 205, agency: A.shaoguanWater, year: 2020, format: 'standard-2019',
    publish: '2021-01-25', signed: '2021-01-20', script: 'simplified', output: { kind: 'docx' },
    consultationsProse: 46,
    notes: 'DOCX tables with merged cells (gridSpan, vMerge) as in the template.',
  },
  // ---- standard 2021 ----
  {
    name: 's21-01-prefecture-docx', seed: 301, agency: A.jingdezhenCulture, year: 2021, format: 'standard-2021',
    publish: '2022-01-24', signed: '2022-01-18', script: 'simplified', output: { kind: 'docx' },
    feesNoneProse: true, blanks: 'blank',
    notes: 'DOCX tables with merged cells; table 三 has the three 其他处理 rows of 2021.',
  },
  {
    name: 's21-02-province-pdf', seed: 302, agency: A.gansuWater, year: 2022, format: 'standard-2021',
    publish: '2023-01-30', signed: '2023-01-19', script: 'simplified', output: { kind: 'pdf' },
    dirt: { pdfSpaces: true },
    notes: 'PDF; the report spans several pages.',
  },
  {
    name: 's21-03-county-html', seed: 303, agency: A.jixiNatural, year: 2023, format: 'standard-2021',
    publish: '2024-01-25', signed: '2024-01-22', script: 'simplified', output: { kind: 'html', encoding: 'utf8' },
    proactiveProse: 512,
    notes: 'Tables as <table> with colspan and rowspan.',
  },
  {
    name: 's21-04-gbk', seed: 304, agency: A.qimenMarket, year: 2021, format: 'standard-2021',
    publish: '2022-01-28', signed: '2022-01-25', signedStyle: 'chinese', script: 'simplified',
    output: { kind: 'txt', encoding: 'gb18030', crlf: true, loose: true }, blanks: 'blank', feesNoneProse: true,
    notes: 'GBK bytes, CRLF line ends.',
  },
  {
    name: 's21-05-utf16-township', seed: 305, agency: A.wuyuanJiangwan, year: 2022, format: 'standard-2021',
    publish: '2023-01-16', signed: '2023-01-10', script: 'simplified', output: { kind: 'txt', encoding: 'utf16le' },
    blanks: 'dash',
    notes: 'UTF-16LE with BOM. A township with few requests.',
  },
  {
    name: 's21-06-broken-balance', seed: 306, agency: A.pingjiangTransport, year: 2021, format: 'standard-2021',
    publish: '2022-01-27', signed: '2022-01-21', script: 'simplified', output: { kind: 'txt', encoding: 'utf8', loose: true },
    breaks: ['t3-balance'],
  },
  {
    name: 's21-07-broken-sums-docx', seed: 307, agency: A.changdeEco, year: 2022, format: 'standard-2021',
    publish: '2023-01-20', signed: '2023-01-13', script: 'simplified', output: { kind: 'docx' },
    breaks: ['t3-row-sum', 't4-sum'], consultationsProse: 63,
    goldCells: ['t3.new.total', 't3.granted.total', 't3.total.total', 't3.carry_forward.total', 't4.review.total', 't4.direct.total', 't4.after_review.total', 't2.licensing.decisions'],
  },
  {
    name: 's21-08-no-title', seed: 308, agency: A.liquanEdu, year: 2022, format: 'standard-2021',
    publish: null, signed: '2023-01-12', signedByAgency: true, script: 'simplified', output: { kind: 'txt', encoding: 'utf8' },
    dirt: { noTitle: true, nav: ['print'] },
  },
  {
    name: 's21-09-html-trad-year-conflict', seed: 309, agency: A.tongdaoHealth, year: 2021, format: 'standard-2021',
    publish: '2022-01-29', signed: '2022-01-26', script: 'traditional', output: { kind: 'html', encoding: 'utf8' },
    proactiveProse: 377, dirt: { pinyin: true, yearConflict: true, sitePrefixTitle: true },
  },
  {
    name: 's21-10-big5-township', seed: 310, agency: A.shexianShendu, year: 2023, format: 'standard-2021',
    publish: '2024-01-19', signed: '2024-01-15', script: 'traditional', output: { kind: 'txt', encoding: 'big5', crlf: true },
    notes: 'Big5 bytes, CRLF. A township: almost every count is 0, printed as 0.',
  },
  {
    name: 's19-06-wu-cells', seed: 206, agency: A.jinganAgri, year: 2019, format: 'standard-2019',
    publish: '2020-01-22', signed: '2020-01-17', script: 'simplified', output: { kind: 'txt', encoding: 'utf8', loose: true },
    blanks: 'wu', applicationsProse: true, consultationsProse: 12,
    notes: 'The prose of 总体情况 repeats the request counts of table 三; they agree.',
  },
  {
    name: 's21-11-html-gbk-slash', seed: 311, agency: A.jingdezhenCulture, year: 2023, format: 'standard-2021',
    publish: '2024-01-26', signed: '2024-01-22', script: 'simplified', output: { kind: 'html', encoding: 'gb18030' },
    blanks: 'slash', feesNoneProse: true,
    notes: 'A web page saved in GBK, declared as <meta charset="gb2312">; tables as <table>.',
  },
]

const shaoguan2021: Spec = {
  name: '', seed: 501, agency: A.shaoguanWater, year: 2021, format: 'standard-2021',
  publish: '2022-01-21', signed: '2022-01-17', script: 'simplified', output: { kind: 'docx' }, proactiveProse: 688,
}

/** The demo library: file names as archivists keep them (the report title). */
export const SAMPLES: Spec[] = [
  {
    name: '', seed: 401, agency: A.jixiNatural, year: 2017, format: 'free-form', title: '绩溪县自然资源局2017年政府信息公开工作年度报告',
    publish: '2018-02-07', signed: '2018-02-02', script: 'simplified', output: { kind: 'txt', encoding: 'utf8', loose: true },
    stats: { proactive: { kind: 'count', n: 226 }, applications: { kind: 'none' }, ...noReview }, dirt: { nav: ['breadcrumb'] },
  },
  {
    name: '', seed: 402, agency: A.qimenMarket, year: 2016, format: 'free-form', title: '祁门县市场监督管理局2016年度政府信息公开工作报告',
    publish: '2017-02-10', signed: null, signedByAgency: false, script: 'traditional', output: { kind: 'txt', encoding: 'utf8' },
    stats: { proactive: { kind: 'count', n: 164 }, applications: { kind: 'count', n: 2 }, ...unstatedReview },
    dirt: { pinyin: true, nav: ['portal-trad'], mojibake: true },
  },
  {
    name: '', seed: 403, agency: A.jinganAgri, year: 2015, format: 'free-form', title: '靖安县农业农村局2015年政府信息公开工作年度报告',
    publish: '2016-03-18', signed: '2016-03-11', signedStyle: 'chinese-O', script: 'simplified',
    output: { kind: 'txt', encoding: 'gb18030', crlf: true, loose: true },
    stats: { proactive: { kind: 'count', n: 90, approx: true }, applications: { kind: 'none' }, ...noReview }, dirt: { nav: ['login'] },
  },
  {
    name: '', seed: 404, agency: A.jiangxiForestry, year: 2014, format: 'free-form', title: '江西省林业局2014年政府信息公开工作年度报告',
    publish: '2015-03-27', signed: '2015-03-24', script: 'traditional', output: { kind: 'txt', encoding: 'big5', crlf: true },
    stats: { proactive: { kind: 'count', n: 611 }, applications: { kind: 'count', n: 18 }, reconsiderations: { kind: 'count', n: 1 }, lawsuits: { kind: 'none' } },
  },
  {
    name: '', seed: 405, agency: A.shexianShendu, year: 2016, format: 'free-form', title: '歙县深渡镇人民政府2016年政府信息公开工作年度报告',
    publish: '2017-01-20', signed: '2017-01-16', signedStyle: 'chinese', script: 'simplified', output: { kind: 'html', encoding: 'utf8' },
    stats: { proactive: { kind: 'count', n: 47 }, applications: { kind: 'none' }, ...unstatedReview },
  },
  {
    name: '', seed: 406, agency: A.stateForestry, year: 2015, format: 'free-form', title: '国家林业局2015年政府信息公开工作年度报告',
    publish: null, signed: '2016-03-30', script: 'simplified', output: { kind: 'docx' },
    stats: {
      proactive: { kind: 'count', n: 1388 }, applications: { kind: 'count', n: 92 },
      reconsiderations: { kind: 'count', n: 4 }, lawsuits: { kind: 'count', n: 2 }, fees: { kind: 'none' },
    },
  },
  {
    name: '', seed: 407, agency: A.ganzhouStats, year: 2017, format: 'free-form', title: '赣州市统计局2017年政府信息公开工作年度报告',
    publish: '2018-02-28', signed: '2018-02-24', script: 'simplified', output: { kind: 'pdf' },
    stats: { proactive: { kind: 'count', n: 250 }, applications: { kind: 'count', n: 7 }, consultations: 31, ...noReview },
    dirt: { pdfSpaces: true },
  },
  { ...shaoguan2021, title: '韶关市水务局2021年政府信息公开工作年度报告' },
  {
    name: '', seed: 502, agency: A.shaoguanWater, year: 2022, format: 'standard-2021', title: '韶关市水务局2022年政府信息公开工作年度报告',
    publish: '2023-01-19', signed: '2023-01-16', script: 'simplified', output: { kind: 'pdf' }, carriedFrom: shaoguan2021,
    dirt: { pdfSpaces: true },
  },
  {
    name: '', seed: 503, agency: A.yuexiHr, year: 2019, format: 'standard-2019', title: '岳西县人力资源和社会保障局2019年政府信息公开工作年度报告',
    publish: '2020-01-21', signed: '2020-01-15', script: 'simplified', output: { kind: 'txt', encoding: 'utf8', loose: true }, proactiveProse: 398,
  },
  {
    name: '', seed: 504, agency: A.zhejiangTransport, year: 2020, format: 'standard-2019', title: '浙江省交通运输厅2020年政府信息公开工作年度报告',
    publish: '2021-01-29', signed: '2021-01-26', script: 'simplified', output: { kind: 'html', encoding: 'utf8' }, blanks: 'blank',
  },
  {
    name: '', seed: 505, agency: A.liquanEdu, year: 2023, format: 'standard-2021', title: '礼泉县教育局2023年政府信息公开工作年度报告',
    publish: '2024-01-23', signed: '2024-01-18', script: 'simplified', output: { kind: 'txt', encoding: 'gb18030', crlf: true }, feesNoneProse: true,
  },
]
