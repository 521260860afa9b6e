/**
 * The field dictionary (see ../shared/fields.md): stable ids used by the library, the UI, every export
 * and the evaluation files. Never rename an id that has shipped; add a migration and an alias instead.
 */

export type FieldType = 'text' | 'integer' | 'number' | 'date' | 'enum'
export type FieldGroup = 'document' | 'headline' | 't2' | 't2v19' | 't3' | 't4'

export interface FieldDef {
  id: string
  zh: string
  en: string
  type: FieldType
  group: FieldGroup
  /** for enums */
  options?: readonly string[]
}

export const REPORT_FORMATS = ['free-form', 'standard-2019', 'standard-2021'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]
export const ADMIN_LEVELS = ['central', 'province', 'prefecture', 'county', 'township'] as const

const doc = (id: string, zh: string, en: string, type: FieldType, options?: readonly string[]): FieldDef => ({
  id, zh, en, type, group: 'document', ...(options ? { options } : {}),
})
const head = (id: string, zh: string, en: string, type: FieldType = 'integer'): FieldDef => ({
  id, zh, en, type, group: 'headline',
})

export const DOCUMENT_FIELDS: readonly FieldDef[] = [
  doc('title', '标题', 'Title', 'text'),
  doc('agency', '发布机关', 'Agency', 'text'),
  doc('region', '地区', 'Region', 'text'),
  doc('region_code', '行政区划代码', 'Division code', 'text'),
  doc('admin_level', '行政层级', 'Level', 'enum', ADMIN_LEVELS),
  doc('report_year', '报告年度', 'Report year', 'integer'),
  doc('publish_date', '发布日期', 'Published', 'date'),
  doc('signed_date', '落款日期', 'Signed', 'date'),
  doc('format', '报告格式', 'Format', 'enum', REPORT_FORMATS),
]

export const HEADLINE_FIELDS: readonly FieldDef[] = [
  head('proactive_disclosures', '主动公开信息数', 'Items proactively disclosed'),
  head('applications_received', '收到申请数', 'Requests received'),
  head('applications_carried_over', '上年结转申请数', 'Requests carried over'),
  head('applications_answered', '办结申请数', 'Requests answered'),
  head('admin_reconsiderations', '行政复议数', 'Administrative reconsiderations'),
  head('admin_lawsuits', '行政诉讼数', 'Administrative lawsuits'),
  head('fees_collected', '收费金额（元）', 'Fees collected (yuan)', 'number'),
  head('staff', '工作人员数', 'Staff'),
  head('budget', '工作经费（元）', 'Budget (yuan)', 'number'),
]

interface TableRow { id: string; zh: string; en: string; columns: readonly string[]; type?: FieldType }
interface TableColumn { id: string; zh: string; en: string }

export const T2_COLUMNS: readonly TableColumn[] = [
  { id: 'issued', zh: '本年制发件数', en: 'Issued this year' },
  { id: 'repealed', zh: '本年废止件数', en: 'Repealed this year' },
  { id: 'in_force', zh: '现行有效件数', en: 'In force' },
  { id: 'decisions', zh: '本年处理决定数量', en: 'Decisions this year' },
  { id: 'amount', zh: '本年收费金额（万元）', en: 'Fees this year (10k yuan)' },
]
export const T2_ROWS: readonly TableRow[] = [
  { id: 'regulations', zh: '规章', en: 'Regulations', columns: ['issued', 'repealed', 'in_force'] },
  { id: 'normative', zh: '行政规范性文件', en: 'Normative documents', columns: ['issued', 'repealed', 'in_force'] },
  { id: 'licensing', zh: '行政许可', en: 'Licensing', columns: ['decisions'] },
  { id: 'punishment', zh: '行政处罚', en: 'Punishment', columns: ['decisions'] },
  { id: 'coercion', zh: '行政强制', en: 'Coercion', columns: ['decisions'] },
  { id: 'fees', zh: '行政事业性收费', en: 'Administrative fees', columns: ['amount'], type: 'number' },
]

export const T2V19_COLUMNS: readonly TableColumn[] = [
  { id: 'made', zh: '本年新制作数量', en: 'Made this year' },
  { id: 'published', zh: '本年新公开数量', en: 'Published this year' },
  { id: 'total', zh: '对外公开总数量', en: 'Total public' },
  { id: 'prev_items', zh: '上一年项目数量', en: 'Items last year' },
  { id: 'change', zh: '本年增/减', en: 'Change this year' },
  { id: 'decisions', zh: '处理决定数量', en: 'Decisions' },
  { id: 'items', zh: '采购项目数量', en: 'Procurement items' },
  { id: 'amount', zh: '采购总金额', en: 'Procurement amount' },
]
export const T2V19_ROWS: readonly TableRow[] = [
  { id: 'regulations', zh: '规章', en: 'Regulations', columns: ['made', 'published', 'total'] },
  { id: 'normative', zh: '规范性文件', en: 'Normative documents', columns: ['made', 'published', 'total'] },
  { id: 'licensing', zh: '行政许可', en: 'Licensing', columns: ['prev_items', 'change', 'decisions'] },
  { id: 'other_services', zh: '其他对外管理服务事项', en: 'Other services', columns: ['prev_items', 'change', 'decisions'] },
  { id: 'punishment', zh: '行政处罚', en: 'Punishment', columns: ['prev_items', 'change', 'decisions'] },
  { id: 'coercion', zh: '行政强制', en: 'Coercion', columns: ['prev_items', 'change', 'decisions'] },
  { id: 'fees', zh: '行政事业性收费', en: 'Administrative fees', columns: ['prev_items', 'change'] },
  { id: 'procurement', zh: '政府集中采购', en: 'Central procurement', columns: ['items', 'amount'], type: 'number' },
]

export const T3_COLUMNS: readonly TableColumn[] = [
  { id: 'person', zh: '自然人', en: 'Natural persons' },
  { id: 'business', zh: '商业企业', en: 'Businesses' },
  { id: 'research', zh: '科研机构', en: 'Research bodies' },
  { id: 'nonprofit', zh: '社会公益组织', en: 'Non-profits' },
  { id: 'legal', zh: '法律服务机构', en: 'Legal services' },
  { id: 'other_org', zh: '其他', en: 'Other organisations' },
  { id: 'total', zh: '总计', en: 'Total' },
]
const T3_ALL = T3_COLUMNS.map((c) => c.id)
const t3 = (id: string, zh: string, en: string): TableRow => ({ id, zh, en, columns: T3_ALL })
export const T3_ROWS: readonly TableRow[] = [
  t3('new', '一、本年新收政府信息公开申请数量', 'New requests this year'),
  t3('carried', '二、上年结转政府信息公开申请数量', 'Carried over from last year'),
  t3('granted', '三（一）予以公开', 'Granted'),
  t3('partial', '三（二）部分公开', 'Partly granted'),
  t3('denied_secret', '三（三）1.属于国家秘密', 'Denied: state secret'),
  t3('denied_law', '三（三）2.其他法律行政法规禁止公开', 'Denied: other laws'),
  t3('denied_safety', '三（三）3.危及“三安全一稳定”', 'Denied: security and stability'),
  t3('denied_third_party', '三（三）4.保护第三方合法权益', 'Denied: third-party rights'),
  t3('denied_internal', '三（三）5.属于三类内部事务信息', 'Denied: internal affairs'),
  t3('denied_process', '三（三）6.属于四类过程性信息', 'Denied: process information'),
  t3('denied_enforcement', '三（三）7.属于行政执法案卷', 'Denied: enforcement files'),
  t3('denied_query', '三（三）8.属于行政查询事项', 'Denied: administrative query'),
  t3('unable_no_info', '三（四）1.本机关不掌握相关政府信息', 'Unable: not held'),
  t3('unable_create', '三（四）2.没有现成信息需要另行制作', 'Unable: would need creating'),
  t3('unable_unclear', '三（四）3.补正后申请内容仍不明确', 'Unable: still unclear'),
  t3('unprocessed_complaint', '三（五）1.信访举报投诉类申请', 'Not processed: petition or complaint'),
  t3('unprocessed_repeat', '三（五）2.重复申请', 'Not processed: repeat'),
  t3('unprocessed_publication', '三（五）3.要求提供公开出版物', 'Not processed: publication'),
  t3('unprocessed_mass', '三（五）4.无正当理由大量反复申请', 'Not processed: mass requests'),
  t3('unprocessed_confirm', '三（五）5.要求行政机关确认或重新出具已获取信息', 'Not processed: confirmation'),
  t3('other', '三（六）其他处理', 'Other handling'),
  t3('other_overdue_correction', '三（六）1.申请人无正当理由逾期不补正', 'Other: correction overdue'),
  t3('other_overdue_fee', '三（六）2.申请人逾期未按收费通知要求缴纳费用', 'Other: fee overdue'),
  t3('other_rest', '三（六）3.其他', 'Other: rest'),
  t3('total', '三（七）总计', 'Total handled'),
  t3('carry_forward', '四、结转下年度继续办理', 'Carried forward'),
]
/** Rows that exist only in the 2021 version of table 三. */
export const T3_ROWS_2021_ONLY: readonly string[] = ['other_overdue_correction', 'other_overdue_fee', 'other_rest']

export const T4_BLOCKS: readonly TableColumn[] = [
  { id: 'review', zh: '行政复议', en: 'Administrative review' },
  { id: 'direct', zh: '行政诉讼（未经复议直接起诉）', en: 'Lawsuit, direct' },
  { id: 'after_review', zh: '行政诉讼（复议后起诉）', en: 'Lawsuit after review' },
]
export const T4_RESULTS: readonly TableColumn[] = [
  { id: 'upheld', zh: '结果维持', en: 'Upheld' },
  { id: 'corrected', zh: '结果纠正', en: 'Corrected' },
  { id: 'other', zh: '其他结果', en: 'Other result' },
  { id: 'pending', zh: '尚未审结', en: 'Pending' },
  { id: 'total', zh: '总计', en: 'Total' },
]

function tableFields(
  group: FieldGroup, prefix: string, rows: readonly TableRow[], cols: readonly TableColumn[],
): FieldDef[] {
  const out: FieldDef[] = []
  for (const r of rows) {
    for (const cId of r.columns) {
      const c = cols.find((x) => x.id === cId)
      if (!c) throw new Error(`unknown column ${cId}`)
      out.push({ id: `${prefix}.${r.id}.${c.id}`, zh: `${r.zh}·${c.zh}`, en: `${r.en} · ${c.en}`, type: r.type ?? 'integer', group })
    }
  }
  return out
}

export const T2_FIELDS = tableFields('t2', 't2', T2_ROWS, T2_COLUMNS)
export const T2V19_FIELDS = tableFields('t2v19', 't2v19', T2V19_ROWS, T2V19_COLUMNS)
export const T3_FIELDS = tableFields('t3', 't3', T3_ROWS, T3_COLUMNS)
export const T4_FIELDS: FieldDef[] = T4_BLOCKS.flatMap((b) =>
  T4_RESULTS.map((r) => ({ id: `t4.${b.id}.${r.id}`, zh: `${b.zh}·${r.zh}`, en: `${b.en} · ${r.en}`, type: 'integer' as const, group: 't4' as const })),
)

/** Every field, in the order exports and the UI list them. */
export const ALL_FIELDS: readonly FieldDef[] = [
  ...DOCUMENT_FIELDS, ...HEADLINE_FIELDS, ...T2_FIELDS, ...T2V19_FIELDS, ...T3_FIELDS, ...T4_FIELDS,
]
export const FIELD_IDS: readonly string[] = ALL_FIELDS.map((f) => f.id)
const BY_ID = new Map(ALL_FIELDS.map((f) => [f.id, f]))
export function fieldDef(id: string): FieldDef | undefined {
  return BY_ID.get(id)
}
export function isFieldId(id: string): boolean {
  return BY_ID.has(id)
}

/** A field's plain value: what exports write and what a person types. */
export type FieldValue = string | number | null
