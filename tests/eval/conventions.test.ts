/** The gold conventions shared by the sets (issue 12, point 6), and the table 三 cell score of `real`. */
import { describe, expect, it } from 'vitest'
import { scoreCells } from '../../src/main/eval/cells-score'
import { alternativesFromNotes } from '../../src/main/eval/notes-alternatives'
import { byAlternative, bySameBody, sameBody, sameFieldValue, sameRegion, scoreDocument } from '../../src/main/eval/score'

describe('gold conventions', () => {
  it('a gold format "standard" takes either version, and only those', () => {
    expect(sameFieldValue('format', 'standard', 'standard-2019')).toBe(true)
    expect(sameFieldValue('format', 'standard', 'standard-2021')).toBe(true)
    expect(sameFieldValue('format', 'standard', 'free-form')).toBe(false)
    expect(sameFieldValue('format', 'standard-2019', 'standard-2021')).toBe(false)
  })
  it('a region matches with or without its parent divisions, on a division boundary only', () => {
    expect(sameRegion('北坡镇', '遂溪县北坡镇')).toBe(true)
    expect(sameRegion('湖南省龙山县', '龙山县')).toBe(true)
    expect(sameRegion('廣州市白云區', '广州市白云区')).toBe(true)
    expect(sameRegion('山县', '龙山县')).toBe(false)
    expect(sameRegion('龙山县', '湘西州永顺县')).toBe(false)
    // an autonomous unit with or without its peoples' names
    expect(sameRegion('湘西州', '湘西土家族苗族自治州')).toBe(true)
    expect(sameRegion('长阳土家族自治县', '宜昌市长阳县')).toBe(true)
    expect(sameRegion('湘西州', '恩施州')).toBe(false)
    // a city or province with or without its unit word (天津海关's place: 天津 / 天津市), two characters of name at least
    expect(sameRegion('天津', '天津市')).toBe(true)
    expect(sameRegion('浙江省', '浙江')).toBe(true)
    expect(sameRegion('沙市', '沙')).toBe(false)
    expect(sameRegion('天津', '天津县')).toBe(false)
    const s = scoreDocument({ region: '遂溪县北坡镇', format: 'standard' }, { region: '北坡镇', format: 'standard-2021' })
    expect(s.right).toBe(2)
  })
  it("an agency is the gold's body written another way: a place with or without its government's organ word, a body with or without its parents", () => {
    // a township, a street, a county standing for their own government (the golds' notes accept both: 鸭南乡 / 鸭南乡人民政府)
    expect(sameBody('大洲乡人民政府', '大洲乡')).toBe(true)
    expect(sameBody('桃源街道办事处', '桃源街道')).toBe(true)
    expect(sameBody('高邑县人民政府', '高邑县')).toBe(true)
    expect(sameBody('五常市背荫河镇政府', '背荫河镇')).toBe(true)
    expect(sameBody('茅山旅游度假区管委会', '茅山旅游度假区')).toBe(true)
    // parents written or left out, on a division boundary, with a government between places (南源街道 for the whole chain)
    expect(sameBody('厦门市集美区财政局', '集美区财政局')).toBe(true)
    expect(sameBody('天湖街道办事处', '宁国市天湖街道办事处')).toBe(true)
    expect(sameBody('广州市荔湾区人民政府南源街道办事处', '南源街道')).toBe(true)
    expect(sameBody('昌江黎族自治县乌烈镇人民政府', '昌江县乌烈镇')).toBe(true)
    expect(sameBody('雅周鎮', '海安县雅周镇')).toBe(true)
    // another body stays another: an office is not its government, a bureau not its place, a name with no place of its own
    // is not any body of that kind, a place is not another place
    expect(sameBody('光山县人民政府办公室', '光山县人民政府')).toBe(false)
    expect(sameBody('区人民政府办公室', '硚口区')).toBe(false)
    expect(sameBody('集美区财政局', '集美区')).toBe(false)
    expect(sameBody('集美区财政局', '财政局')).toBe(false)
    expect(sameBody('湖北省咸宁市气象部门', '咸宁市')).toBe(false)
    expect(sameBody('西营门街道办事处', '西青区西营门街')).toBe(false)
    expect(sameBody('龙山县人民政府', '山县人民政府')).toBe(false)
    expect(sameBody('福建省卫生计生委', '福建省卫生和计划生育委员会')).toBe(false)
  })
  it('scores such an agency right and marks it, so the strict figure can be told; only the agency', () => {
    const s = scoreDocument({ agency: '大洲乡人民政府', region: '大洲乡' }, { agency: '平江县大洲乡', region: '平江县大洲乡' })
    expect(s.right).toBe(2)
    expect(s.fields[0]).toMatchObject({ outcome: 'right', sameBody: true })
    expect(s.fields[1].sameBody).toBeUndefined()
    expect(bySameBody([s])).toBe(1)
    // the title is never read that way
    expect(scoreDocument({ title: '大洲乡人民政府' }, { title: '大洲乡' }).wrong).toBe(1)
    // a form the gold's notes accept is counted as that, not as the same body
    const n = scoreDocument({ agency: '鸭南乡', notes: 'agency as the title names it (鸭南乡), and 鸭南乡人民政府 is acceptable.' }, { agency: '鸭南乡人民政府' })
    expect(n.fields[0]).toMatchObject({ outcome: 'right', alternative: true })
    expect(bySameBody([n])).toBe(0)
  })
  it('a gold without signed_date (pages) takes the signature date for a publication date left empty', () => {
    const got = { publish_date: null, signed_date: '2021-01-20' }
    expect(scoreDocument({ publish_date: '2021-01-20' }, got).right).toBe(1)
    // the tool's own publication date still decides when it has one
    expect(scoreDocument({ publish_date: '2021-01-20' }, { publish_date: '2021-01-15', signed_date: '2021-01-20' }).wrong).toBe(1)
    // a gold that keeps both scores each on its own (seeds, formats, the fixtures)
    const both = scoreDocument({ publish_date: '2021-01-20', signed_date: '2021-01-20' }, got)
    expect(both.missed).toBe(1)
    expect(both.right).toBe(1)
    // where the signature is folded in, a gold null means no date at all: a signed date is one given
    expect(scoreDocument({ publish_date: null }, got).invented).toBe(1)
    expect(scoreDocument({ publish_date: null }, { publish_date: null, signed_date: null }).right).toBe(1)
  })
})

describe("the other written forms a gold's notes accept", () => {
  it('reads each phrasing, for the field the phrase or its sentence names', () => {
    const notes = [
      'No title line. agency is the compiler the text names (\'由青山县人民政府办公室编制\'); the report is the county\'s, so 青山县人民政府 is an acceptable reading.',
      "Two title lines: the letter's heading (first, used here) and the report's own title '东河区统计局2013年政府信息公开工作年度报告' (equally acceptable).",
      'Region could also be read as 河口县白沙乡 (from the address).',
      'Region is the place chain of the body (青山市东区南门街道); 南门街道 alone is acceptable.',
      'Agency as the title and 来源 name it (the contact is 西坡镇人民政府办公室; 东区西坡镇人民政府 acceptable).',
      'Agency: 青山县水利局; 县水利局 is an acceptable agency.',
      'proactive null: 300余条 is acceptable as a figure only for the portal.',
    ].join(' ')
    expect(alternativesFromNotes(notes)).toEqual({
      agency: ['青山县人民政府', '东区西坡镇人民政府', '县水利局'],
      title: ['东河区统计局2013年政府信息公开工作年度报告'],
      region: ['河口县白沙乡', '南门街道'],
    })
    expect(alternativesFromNotes(null)).toEqual({})
    // several forms at once, a bracketed aside after a form, and a form with no verb (the blind writers' phrasings)
    expect(alternativesFromNotes("The answer is the compiler's full name; 春熙路街道办事处 (title) and 锦江区春熙路街道办事处 (row) are acceptable agencies.")).toEqual({ agency: ['春熙路街道办事处', '锦江区春熙路街道办事处'] })
    expect(alternativesFromNotes('Two written forms (门源县环境保护局 is an acceptable agency, 门源县 an acceptable region).')).toEqual({ agency: ['门源县环境保护局'], region: ['门源县'] })
    expect(alternativesFromNotes('Agency: 甲县 and 乙县 are not acceptable agencies.')).toEqual({})
    expect(alternativesFromNotes('The agency is 乙乡人民政府; the joint reading 中共甲县乙乡委员会、甲县乙乡人民政府 and the short 乙乡政府 are acceptable.'))
      .toEqual({ agency: ['中共甲县乙乡委员会、甲县乙乡人民政府', '乙乡政府'] })
    // a body's name is no title: a sentence that names the title first gives the form to the field it can be
    expect(alternativesFromNotes("The cover line under the title, '青山市人民政府办公室', names the compiler, used as agency; 青山市人民政府 (the body named in the title) is an acceptable alternative."))
      .toEqual({ agency: ['青山市人民政府'] })
    expect(alternativesFromNotes('No compiling body is named, so agency is the place 青山市; 青山市人民政府办公厅 is a defensible alternative.'))
      .toEqual({ agency: ['青山市人民政府办公厅'] })
    // a form the notes refuse is no alternative
    expect(alternativesFromNotes('Agency: 青山县水利局; 青山县 is not acceptable, and 县水利局 alone is unacceptable.')).toEqual({})
  })

  it('scores an accepted form right and marks it; any other form stays wrong', () => {
    const gold = { agency: '青山县人民政府办公室', region: '青山县', notes: 'agency is the compiler; 青山县人民政府 is an acceptable agency.' }
    const s = scoreDocument(gold, { agency: '青山县人民政府', region: '青山县' })
    expect(s.right).toBe(2)
    expect(s.fields[0]).toMatchObject({ outcome: 'right', alternative: true })
    expect(byAlternative([s])).toBe(1)
    expect(scoreDocument(gold, { agency: '青山县', region: '青山县' }).wrong).toBe(1)
    // a form accepted for the agency is not taken for the region
    expect(scoreDocument({ region: '青山县东镇', notes: 'Agency: 东镇; 东镇人民政府 is an acceptable agency.' }, { region: '东镇人民政府' }).wrong).toBe(1)
  })

  it('scores a value the notes accept where the gold is empty right; any other value stays invented', () => {
    const gold = { region: null, notes: 'The place appears only in the site name 青山县人民政府网站, so region null (青山县 is an acceptable region).' }
    expect(scoreDocument(gold, { region: '青山县' }).fields[0]).toMatchObject({ outcome: 'right', alternative: true })
    expect(scoreDocument(gold, { region: '东山县' }).invented).toBe(1)
    expect(scoreDocument(gold, {}).right).toBe(1)
  })

  it('reads a form ending in its second name in brackets', () => {
    expect(alternativesFromNotes("Agency: 青山市人民防空办公室 is the body; '青山市人民防空办公室(民防局)' is an acceptable agency."))
      .toEqual({ agency: ['青山市人民防空办公室(民防局)'] })
  })

  it('reads `null is also defensible` as the empty field accepted', () => {
    expect(alternativesFromNotes('The compiler\'s name was destroyed, so agency is the place 青山县 (null is also defensible, since no body is named).'))
      .toEqual({ agency: [''] })
  })

  it('reads `with X as an acceptable region` after an accepted agency', () => {
    expect(alternativesFromNotes('Agency as written; 青山省卫生健康委员会 is an acceptable agency, with 青山省 as an acceptable region, for a reader that accepts the banner.'))
      .toEqual({ agency: ['青山省卫生健康委员会'], region: ['青山省'] })
  })
})

describe('table 三 cells', () => {
  it('maps the report\'s own labels by template order and scores each cell', () => {
    const rows = ['一、新收', '二、结转', '（一）予以公开', '（二）部分公开', ...Array.from({ length: 17 }, (_, i) => `r${i}`), '（七）总计', '四、结转下年度']
    const gold: Record<string, number> = {}
    for (const r of rows) for (const c of ['自然人', '总计']) gold[`${r} | ${c}`] = r === '（二）部分公开' ? 4 : 0
    const got = { 't3.partial.person': 4, 't3.partial.total': 3 }
    const s = scoreCells(gold, got)
    expect(s.total).toBe(46)
    expect(s.right).toBe(45)
    expect(s.misses[0].cell).toMatch(/^t3\.partial\.total/)
  })
})
