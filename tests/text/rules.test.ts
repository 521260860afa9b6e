/**
 * One test (or a few) per cleaning rule, on hand-written strings in the genre of scraped reports.
 */
import { describe, expect, it } from 'vitest'
import { cleanText, foldLookalikes, rawSpan, toSimplified, type CleanText } from '../../src/main/text/index'

const clean = (raw: string): string => cleanText(raw).text

/** The raw text behind the first occurrence of `needle` in the clean text. */
function rawOf(ct: CleanText, raw: string, needle: string): string {
  const i = ct.text.indexOf(needle)
  expect(i, `"${needle}" in clean text`).toBeGreaterThanOrEqual(0)
  const [a, b] = rawSpan(ct, i, i + needle.length)
  return raw.slice(a, b)
}

describe('pinyin annotations', () => {
  it('drops tone-marked pinyin glued after a CJK character', () => {
    expect(clean('某縣規(guī)劃局關(guān)於信息公開(kāi)')).toBe('某县规划局关于信息公开')
  })
  it('drops an annotation pushed to the next line by PDF wrapping', () => {
    const out = clean('本局編制城鄉規\n(guī)劃')
    expect(out.replace('\n', '')).toBe('本局编制城乡规划')
    expect(out).not.toContain('guī')
  })
  it('keeps parentheses that are not pinyin', () => {
    expect(clean('政务(工作)信息 条例(2019)理解 email(abc)')).toBe('政务(工作)信息 条例(2019)理解 email(abc)')
    expect(clean('英文缩写(GDP)统计')).toBe('英文缩写(GDP)统计')
  })
  it('drops toneless pinyin, stacked or not, in a text annotated so throughout (國(guo)資(zi)委, 中(zhong)(zhong))', () => {
    const raw = '2020年，國(guo)資(zi)委堅(jian)持以(yi)習近平新(xin)時(shi)代中(zhong)(zhong)(zhong)國(guo)特色(se)社會主義思想為指導，做(zuo)到“兩個(ge)維護”'
    expect(clean(raw)).toBe('2020年，国资委坚持以习近平新时代中国特色社会主义思想为指导，做到“两个维护”')
  })
  it('keeps a few toneless letters in brackets in a text not annotated throughout', () => {
    expect(clean('本局(ju)编制，某委(wei)发布')).toBe('本局(ju)编制，某委(wei)发布')
  })
  it('maps the clean chars back to the characters, not the annotations', () => {
    const raw = '縣規(guī)劃(huà)局'
    const ct = cleanText(raw)
    expect(ct.text).toBe('县规划局')
    expect(rawOf(ct, raw, '规')).toBe('規')
    expect(rawOf(ct, raw, '划')).toBe('劃')
    expect(rawOf(ct, raw, '规划局')).toBe('規(guī)劃(huà)局')
  })
})

describe('HTML remnants', () => {
  it('drops tags and decodes entities', () => {
    expect(clean('<p class="x">全年&nbsp;公开&amp;解读 <b>120</b>条</p>')).toBe('全年 公开&解读 120条')
  })
  it('turns block tags into line breaks', () => {
    expect(clean('第一段。<br/>第二段。</p>第三段。')).toBe('第一段。\n第二段。\n第三段。')
  })
  it('drops a mojibake closing-tag remnant', () => {
    expect(clean('取得了积极成效?!?/span>  \n下一段')).toBe('取得了积极成效\n下一段')
  })
  it('keeps angle brackets used as book-title marks', () => {
    expect(clean('学习了《湖南省实施<中华人民共和国政府信息公开条例>办法》')).toBe(
      '学习了《湖南省实施<中华人民共和国政府信息公开条例>办法》',
    )
  })
  it('maps an entity to its whole raw span', () => {
    const raw = '甲&nbsp;乙'
    const ct = cleanText(raw)
    expect(ct.text).toBe('甲 乙')
    expect(rawSpan(ct, 1, 2)).toEqual([1, 7])
  })
  it('drops U+FFFD replacement characters', () => {
    expect(clean('信息\ufffd\ufffd公开')).toBe('信息公开')
  })
})

describe('navigation and page furniture', () => {
  const report = [
    '• 無(wú)障礙|',
    '  • 長(zhǎng)輩版',
    '登录 |  注册 ',
    '您现在所在的位置: 网站首页 > 政府信息公开 > 年报',
    '当前位置：首页 > 信息公开',
    '某某县人民政府-某某县交通运输局2019年度政府信息公开工作年度报告',
    '发布时间:2020-01-15 09:00 来源:某某县交通运输局 字体:[大 中 小] 点击数：245',
    '一、总体情况',
    '全年主动公开信息 56 条。',
    '责任编辑：王某',
    '扫一扫在手机打开',
    '掃描二維碼隨身看資訊',
    '【打印本页】【关闭窗口】',
    '关闭 打印',
  ].join('\n')
  const out = clean(report).split('\n')

  it('drops navigation-only lines whole', () => {
    expect(out).toEqual([
      '某某县交通运输局2019年度政府信息公开工作年度报告',
      '发布时间:2020-01-15 09:00 来源:某某县交通运输局',
      '一、总体情况',
      '全年主动公开信息56条。',
    ])
  })
  it('keeps content lines that contain navigation words', () => {
    expect(clean('群众可登录政府网站查询办事流程。')).toBe('群众可登录政府网站查询办事流程。')
    expect(clean('公开')).toBe('公开')
    expect(clean('打印机采购 3 台')).toBe('打印机采购3台')
    expect(clean('字体规范统一')).toBe('字体规范统一')
    expect(clean('网站访问量达到 12 万次')).toBe('网站访问量达到12万次')
  })
  it('handles traditional font-size and hit-count furniture', () => {
    expect(clean('發佈日期：2019-03-01 字號：[ 大 中 小 ] 點擊數：88')).toBe('发布日期:2019-03-01'.replace(':', '：'))
  })
  it('drops a site-name prefix only before a report title', () => {
    expect(clean('某市人民政府-某市2018年政府信息公开工作年度报告')).toBe('某市2018年政府信息公开工作年度报告')
    expect(clean('某市人民政府-关于征集意见的通知')).toBe('某市人民政府-关于征集意见的通知')
    expect(clean('某区2018年政府信息公开年度报告_某区人民政府门户网站')).toBe('某区2018年政府信息公开年度报告')
  })
  it('drops an empty editor credit inside a source line', () => {
    expect(clean('来源：某某局 编辑：李某 发布时间：2019-01-02')).toBe('来源：某某局 发布时间：2019-01-02')
  })
  it('drops breadcrumbs in traditional script', () => {
    expect(clean('您現在所在的位置: 網站首頁 > 政府信息公開\n正文')).toBe('正文')
  })
})

describe('table pipes', () => {
  it('collapses runs of pipes and drops pipe-only lines', () => {
    expect(clean('|\n||||||||||||\n某局2020年政府信息公开工作年度报告 | ||||||||\n正文')).toBe(
      '某局2020年政府信息公开工作年度报告\n正文',
    )
  })
  it('keeps cell contents of a flattened table', () => {
    expect(clean('收到申请||12||办结||10')).toBe('收到申请 | 12 | 办结 | 10')
  })
  it('leaves table rows written by the readers alone', () => {
    expect(clean('本年新收政府信息公开申请数量 | 12 |  | 3')).toBe('本年新收政府信息公开申请数量 | 12 | | 3')
  })
  it('drops a lone pipe hanging at the end of a line', () => {
    expect(clean('六、其他需要报告的事项 无 |')).toBe('六、其他需要报告的事项 无')
  })
})

describe('spaces around numbers', () => {
  it('closes PDF spaces between numbers and counters', () => {
    expect(clean('2017 年度')).toBe('2017年度')
    expect(clean('共 12 件')).toBe('共12件')
    expect(clean('于 2017 年 6 月召开')).toBe('于2017年6月召开')
    expect(clean('受理申请 3.5 万次')).toBe('受理申请3.5万次')
  })
  it('keeps a space that separates a heading from a date', () => {
    expect(clean('2、主动公开情况 2020年1月1日至')).toBe('2、主动公开情况 2020年1月1日至')
  })
  it('folds odd spaces and runs of spaces to one', () => {
    expect(clean('发布日期：2011-01-14\u3000\u3000 来源：某局')).toBe('发布日期：2011-01-14 来源：某局')
  })
  it('maps a closed number back to its raw characters', () => {
    const raw = '共 12 件'
    const ct = cleanText(raw)
    expect(rawOf(ct, raw, '12')).toBe('12')
    expect(rawOf(ct, raw, '共12件')).toBe('共 12 件')
  })
})

describe('PDF line breaks', () => {
  const para = '根据政府信息公开条例的要求结合本单位工作实际认真做好主动公开依申请公开等各项工作'
  it('joins lines wrapped at the page width, not headings or sentence ends', () => {
    const lines: string[] = []
    for (let i = 0; i < 6; i++) {
      lines.push('一、总体情况')
      lines.push(para.slice(0, 44))
      lines.push(para.slice(0, 44))
      lines.push('最后一行。')
    }
    const out = clean(lines.join('\n')).split('\n')
    expect(out[0]).toBe('一、总体情况')
    expect(out[1]).toBe(para.slice(0, 44) + para.slice(0, 44) + '最后一行。')
    expect(out.length).toBe(12)
  })
  it('joins a date cut in two', () => {
    expect(clean('某某局\n二O\n一一年一月十日')).toBe('某某局\n二O一一年一月十日')
    expect(clean('截至2017\n年底，共受理20\n17件')).toBe('截至2017年底，共受理20\n17件')
  })
  it('joins a heading marker left alone on its line', () => {
    expect(clean('一、\n基本情况')).toBe('一、基本情况')
  })
  it('does not join the lines of a text with one paragraph per line', () => {
    const raw = '一、基本情况\n本局全年主动公开信息二百条，比上年有所增加\n二、依申请公开情况\n全年收到申请十件'
    expect(clean(raw)).toBe(raw)
  })
})

describe('script and look-alikes', () => {
  it('converts traditional to simplified, char for char', () => {
    const raw = '陽春市發展和改革局關於政府信息公開工作報告'
    const out = toSimplified(raw)
    expect(out).toBe('阳春市发展和改革局关于政府信息公开工作报告')
    expect(out.length).toBe(raw.length)
  })
  it('leaves simplified lines alone, including chars that are also traditional', () => {
    expect(clean('乾安县人民政府 显著提高')).toBe('乾安县人民政府 显著提高')
  })
  it('folds full-width digits and Kangxi radicals', () => {
    expect(foldLookalikes('２０１９年⾏政')).toBe('2019年行政')
    expect(clean('全年公开信息１２３条，⾏政复议０件')).toBe('全年公开信息123条，行政复议0件')
  })
  it('folds the radicals supplement forms that PDF fonts emit for whole characters (⺠ for 民)', () => {
    // NFKC leaves these alone; Chromium's Noto CJK PDFs write 人⺠政府, ⻓期, ⻔户
    expect(foldLookalikes('人⺠政府⻔户⽹站⻓期')).toBe('人民政府门户网站长期')
  })
  it('keeps full-width punctuation', () => {
    expect(foldLookalikes('（一）情况：')).toBe('（一）情况：')
  })
})

describe('offset map', () => {
  it('has one entry per clean char plus the raw end', () => {
    const raw = '登录 | 注册\n縣規(guī)劃局\n全年 12 件'
    const ct = cleanText(raw)
    expect(ct.map.length).toBe(ct.text.length + 1)
    expect(ct.map[ct.text.length]).toBe(raw.length)
    expect(ct.text).toBe('县规划局\n全年12件')
    expect(rawOf(ct, raw, '县规划局')).toBe('縣規(guī)劃局')
  })
  it('returns an empty span for an empty range and clamps out-of-range input', () => {
    const ct = cleanText('甲乙丙')
    expect(rawSpan(ct, 1, 1)).toEqual([1, 1])
    expect(rawSpan(ct, -5, 99)).toEqual([0, 3])
  })
  it('works on a CleanText without ends', () => {
    const ct = cleanText('甲 乙')
    expect(rawSpan({ text: ct.text, map: ct.map }, 0, 1)).toEqual([0, 1])
  })
  it('cleans empty and blank input to empty text', () => {
    expect(cleanText('')).toMatchObject({ text: '' })
    expect(cleanText('  \n\r\n ').text).toBe('')
    expect(Array.from(cleanText('').map)).toEqual([0])
  })
  it('maps a line break to the raw break, CRLF included', () => {
    const raw = '第一行\r\n\r\n第二行'
    const ct = cleanText(raw)
    expect(ct.text).toBe('第一行\n第二行')
    expect(rawSpan(ct, 3, 4)).toEqual([3, 5])
  })
})

describe('more page dirt', () => {
  it('drops toneless syllables only in a text annotated throughout', () => {
    expect(clean('我們(men)的規(guī)劃(huà)工作(gōng)')).toBe('我们的规划工作')
    expect(clean('我们(men)')).toBe('我们(men)')
  })
  it('drops script and style elements with their content', () => {
    expect(clean('正文<script>var a = "登录";</script>继续<style>p{}</style>')).toBe('正文继续')
  })
  it('decodes doubly escaped entities', () => {
    expect(clean('全年&amp;nbsp;公开&amp;amp;解读')).toBe('全年 公开&解读')
  })
  it('drops PDF page numbers, and joins the sentence they cut', () => {
    const line = '根据政府信息公开条例的要求结合本单位工作实际认真做好主动公开依申请公开等各项工作'.slice(0, 44)
    const raw = [line, line, line, line, line, '- 3 -', line, '第 4 页 共 9 页', line + '。'].join('\n')
    expect(clean(raw)).toBe(line.repeat(7) + '。')
  })
})

describe('entities, strictly', () => {
  it('decodes bare &nbsp but not other names without their semicolon', () => {
    expect(clean('全年&nbsp公开 见 a.html?x=1&region=2 &lt;')).toBe('全年 公开 见 a.html?x=1&region=2 <')
  })
})

describe('pinyin across a line break', () => {
  it('joins the two halves of a word whose annotation starts the next line', () => {
    const raw = '認\n(rèn)真落實工作'
    const ct = cleanText(raw)
    expect(ct.text).toBe('认真落实工作')
    expect(rawOf(ct, raw, '认真')).toBe('認\n(rèn)真')
  })
  it('leaves a break before a parenthesis that is not pinyin', () => {
    expect(clean('一、基本情况\n(一)加强领导')).toBe('一、基本情况\n(一)加强领导')
  })
})

describe('lost tables and numeral years', () => {
  it('ends the line at a long pipe run, so a title is not glued to the body', () => {
    const raw = '某局2020年政府信息公开工作年度报告 | ' + '|'.repeat(60) + '根据条例要求，现将报告如下。'
    const ct = cleanText(raw)
    expect(ct.text).toBe('某局2020年政府信息公开工作年度报告\n根据条例要求，现将报告如下。')
    const nl = ct.text.indexOf('\n')
    const [a, b] = rawSpan(ct, nl, nl + 1)
    expect(raw.slice(a, b)).toMatch(/^[ |]+$/)
  })
  it('keeps short pipe runs as one separator', () => {
    expect(clean('收到申请|||||12')).toBe('收到申请 | 12')
  })
  it('closes a space inside a year in Chinese numerals', () => {
    expect(clean('二 O一一年一月十日')).toBe('二O一一年一月十日')
  })
})

describe('more furniture', () => {
  it('drops links to neighbouring pages, which name other reports', () => {
    expect(clean('正文。\n上一篇：某县2016年政府信息公开工作年度报告\n下一篇：无')).toBe('正文。')
  })
  it('drops share lines but keeps content that mentions WeChat', () => {
    expect(clean('分享到：微信 微博 QQ空间')).toBe('')
    expect(clean('做好网站微信、微博发布工作')).toBe('做好网站微信、微博发布工作')
  })
  it('drops bracketed font-size and parenthesised editor credits inside a line', () => {
    expect(clean('发布时间：2019-01-02 【字体：大 中 小】 （责任编辑：张某）')).toBe('发布时间：2019-01-02')
  })
  it('drops a chain of site names after a title', () => {
    expect(clean('某县2017年政府信息公开年度报告-某县人民政府-中国某县网')).toBe('某县2017年政府信息公开年度报告')
  })
  it('keeps a long content line that mentions the home page', () => {
    const line = '群众可通过门户网站首页>政务公开栏目查询相关信息，也可以到政务服务中心现场查阅，或者拨打咨询电话了解办理进度和结果，我们将及时答复并做好解释工作，确保群众满意'
    expect(clean(line)).toBe(line)
  })
})
