/**
 * The other written forms a gold's `notes` accept (corpus/pages/README.md: "notes name the acceptable
 * alternatives where a body has two written forms"). A body written two ways in one report (光山县人民政府办公室,
 * the compiler, and 光山县人民政府, the county it reports for) has one gold value; the notes say which other
 * reading is right too, in English prose:
 *   `光山县人民政府 is an acceptable reading` · `鸭南乡人民政府 is acceptable` · `南源街道 alone is acceptable` ·
 *   `'鲤城区统计局2012年…年度报告' (equally acceptable)` · `Region could also be read as 绥滨县连生乡` ·
 *   `Y is an acceptable agency` (the phrasing the wild sets' labels use) · `Y (an acceptable agency)` ·
 *   `null is an acceptable region` (the empty field is right too, kept as '') · `X, which is an acceptable agency`.
 * Which field a form is for: the field the phrase names (`acceptable agency`), else the first field the
 * sentence names (`Agency as the title … names it (…; 铜官区西湖镇人民政府 acceptable)`). A sentence that names no
 * field gives nothing: a form is never accepted for a field the notes did not say.
 */

export type AlternativeField = 'title' | 'agency' | 'region'
export type NotesAlternatives = Partial<Record<AlternativeField, string[]>>

/** a written form: Chinese characters with the digits and marks a title or a name carries */
// (…or ending in a second name in brackets, 嘉兴市人民防空办公室(民防局): set 42 of real pages)
const NAME = String.raw`[\p{Script=Han}0-9〇○（）()·、]*\p{Script=Han}(?:[(（]\p{Script=Han}{1,12}[)）])?`
const OPEN = `['‘"“\`]?`
const CLOSE = `['’"”\`]?`
/** a bracketed aside after a form: (title), (the 发布机构 row) */
const ASIDE = String.raw`(?:\s*\([^()]{1,40}\))?`
const FORMS: RegExp[] = [
  // 光山县人民政府 is an acceptable reading · 南源街道 alone is acceptable · 铜官区西湖镇人民政府 acceptable
  // (武汉市人民政府办公厅 is a defensible alternative: the wild sets' labels say so too)
  // (门源县 an acceptable region, with no verb; 春熙路街道办事处 (title) is an acceptable agency, a bracket between)
  new RegExp(`${OPEN}(${NAME})${CLOSE}${ASIDE}\\s+(?:alone\\s+)?(?:(?:is\\s+)?(?:also\\s+|equally\\s+)?(?:an?\\s+)?)?(?:acceptable|defensible(?=\\s+alternative))(?:\\s+(agency|region|title))?`, 'giu'),
  // '鲤城区统计局2012年…报告' (equally acceptable)
  new RegExp(`${OPEN}(${NAME})${CLOSE}\\s*\\((?:also|equally)\\s+acceptable\\)()`, 'giu'),
  // Region could also be read as 绥滨县连生乡
  new RegExp(`(?:could|may|can)\\s+also\\s+be\\s+read\\s+as\\s+${OPEN}(${NAME})${CLOSE}()`, 'giu'),
  // names the later body 宁波市江北区人力资源和社会保障局 (an acceptable agency)
  new RegExp(`${OPEN}(${NAME})${CLOSE}\\s*\\((?:also\\s+)?an?\\s+acceptable\\s+(agency|region|title)\\)`, 'giu'),
  // …, with 新疆维吾尔自治区 as an acceptable region (set 40 of real pages)
  new RegExp(`\\bwith\\s+${OPEN}(${NAME})${CLOSE}${ASIDE}\\s+as\\s+(?:also\\s+)?an?\\s+acceptable\\s+(agency|region|title)`, 'giu'),
  // compiled by 曹县人民政府办公室, which is an acceptable agency (the wild sets' labels)
  new RegExp(`${OPEN}(${NAME})${CLOSE}${ASIDE},\\s*which\\s+is\\s+(?:also\\s+)?an?\\s+acceptable\\s+(agency|region|title)`, 'giu'),
]
/**
 * the empty field accepted (null is an acceptable agency since no place is attached; null is an acceptable region):
 * the labeller's word that a reading which leaves the field empty is right too. Kept as the empty string.
 */
// (…or defensible, null is also defensible, since the compiler's name was destroyed: set 40 of real pages)
const NULL_ACCEPTED = /\bnull\s+(?:is\s+)?(?:also\s+)?(?:an\s+)?(?:acceptable|defensible)(?:\s+(agency|region|title))?/giu
const FIELD_WORD = /\b(agency|region|title)\b/i
/** several forms accepted at once: 春熙路街道办事处 (title) and 锦江区春熙路街道办事处 (row) are acceptable agencies */
const LIST_ACCEPTED = /\s+are\s+(?:also\s+|equally\s+)?(?:all\s+|both\s+)?acceptable(?:\s+(agencie|region|title)s)?/giu
/** the last form of a list, with its aside and the word joining it to the one before */
// (a joining word may bring a few words of its own: X and the short Y are acceptable)
const LAST_OF_LIST = new RegExp(`(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)?(?:(?:the|a|its)\\s+(?:[a-z]+\\s+){0,2})?${OPEN}(${NAME})${CLOSE}${ASIDE}\\s*$`, 'u')

function listed(head: string): string[] {
  const out: string[] = []
  let rest = head
  for (let m = LAST_OF_LIST.exec(rest); m; m = LAST_OF_LIST.exec(rest)) {
    out.unshift(m[1])
    rest = rest.slice(0, m.index)
    // the list's first form has no word joining it to one before
    if (!/^\s*(?:,|and\s|or\s)/.test(m[0])) break
  }
  return out
}

/** a form read from inside a bracket of the notes' prose ((门源县环境保护局 is…): without the bracket that opens it */
const unopened = (form: string): string => form.replace(/^[(（](?![^()（）]*[)）])/, '')

/** Sentences of the notes: a full stop followed by a space or the end (a `;` inside brackets stays in). */
function sentences(notes: string): string[] {
  return notes.split(/(?<=\.)\s+/)
}

/** a written form that can be a title: a report's name */
const TITLE_FORM = /(?:报告|報告|年报|年報)/
const FIELD_WORDS = /\b(agency|region|title)\b/gi
/**
 * the field a form no phrase names is for: the first field the sentence names that such a form can be (a body's
 * name is no title: `The cover line under the title, X, names the body, used as agency; Y (…) is an acceptable
 * alternative` accepts Y for the agency; set 36 of real pages)
 */
function subjectFor(sentence: string, form: string): AlternativeField | undefined {
  for (const m of sentence.matchAll(FIELD_WORDS)) {
    const field = m[1].toLowerCase() as AlternativeField
    if (field !== 'title' || TITLE_FORM.test(form)) return field
  }
  return undefined
}

export function alternativesFromNotes(notes: unknown): NotesAlternatives {
  const out: NotesAlternatives = {}
  if (typeof notes !== 'string') return out
  for (const s of sentences(notes)) {
    const subject = FIELD_WORD.exec(s)?.[1]?.toLowerCase() as AlternativeField | undefined
    LIST_ACCEPTED.lastIndex = 0
    for (let m = LIST_ACCEPTED.exec(s); m; m = LIST_ACCEPTED.exec(s)) {
      const word = m[1]?.toLowerCase()
      const field = (word === 'agencie' ? 'agency' : word as AlternativeField | undefined) || subject
      if (field) (out[field] ??= []).push(...listed(s.slice(0, m.index)).map(unopened))
    }
    NULL_ACCEPTED.lastIndex = 0
    for (let m = NULL_ACCEPTED.exec(s); m; m = NULL_ACCEPTED.exec(s)) {
      const field = (m[1]?.toLowerCase() as AlternativeField | undefined) || subject
      if (field) (out[field] ??= []).push('')
    }
    for (const re of FORMS) {
      re.lastIndex = 0
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const field = ((m[2] || '').toLowerCase() as AlternativeField | '') || subjectFor(s, m[1])
        if (!field) continue
        ;(out[field] ??= []).push(unopened(m[1]))
      }
    }
  }
  return out
}
