/**
 * Speed of the clean text: ms per 5,000-character report, for a simplified web page, a
 * traditional page with pinyin annotations, and PDF-like wrapped text. Run: npx tsx bench/text-bench.ts
 */
import { cleanText } from '../src/main/text/index'

const BODY_SIMPLIFIED =
  '根据《中华人民共和国政府信息公开条例》要求，现将本局 2018 年度政府信息公开工作情况报告如下。全年共主动公开政府信息 1234 条，' +
  '收到政府信息公开申请 12 件，均已按期答复。'
const BODY_TRADITIONAL =
  '根據(jù)《中華人民共和國(guó)政府信息公開(kāi)條例》要求，現(xiàn)將本局2018年度政府信息公開(kāi)工作情況報(bào)告如下。' +
  '全年共主動(dòng)公開(kāi)政府信息1234條，收到申請(qǐng)12件。'

function page(body: string, nav: string[]): string {
  const lines = [...nav, '某某县人民政府-某某县规划局2018年度政府信息公开工作报告', '发布时间：2019-01-20 来源：某某县规划局 字体：[大 中 小] 点击数：321']
  let text = lines.join('\n') + '\n'
  let i = 0
  while (text.length < 5000) {
    text += `（${'一二三四五六七八九十'[i % 10]}）${body}&nbsp;</p>\n`
    i++
  }
  return text.slice(0, 5000) + '\n扫一扫在手机打开\n关闭 打印'
}

function wrapped(body: string): string {
  let flat = ''
  while (flat.length < 5000) flat += body
  const out: string[] = []
  for (let i = 0; i < flat.length; i += 44) out.push(flat.slice(i, i + 44))
  return out.join('\n')
}

const cases: Array<[string, string]> = [
  ['simplified web page', page(BODY_SIMPLIFIED, ['登录 | 注册', '您现在所在的位置：网站首页 > 政府信息公开 > 年报'])],
  ['traditional + pinyin', page(BODY_TRADITIONAL, ['• 無(wú)障礙|', '• 長(zhǎng)輩版'])],
  ['PDF-wrapped lines', wrapped(BODY_SIMPLIFIED)],
]

for (const [name, text] of cases) {
  for (let i = 0; i < 50; i++) cleanText(text) // warm up
  // best of 10 batches, in CPU time of this process: on a shared machine wall time also counts
  // the time other processes had the core
  let ms = Infinity
  let wall = Infinity
  for (let batch = 0; batch < 10; batch++) {
    const runs = 100
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    for (let i = 0; i < runs; i++) cleanText(text)
    wall = Math.min(wall, (performance.now() - t0) / runs)
    const c = process.cpuUsage(c0)
    ms = Math.min(ms, (c.user + c.system) / 1000 / runs)
  }
  const per5k = (ms * 5000) / text.length
  console.log(
    `${name.padEnd(22)} ${text.length} chars  ${per5k.toFixed(3)} ms CPU per 5k chars  (${wall.toFixed(3)} ms wall per report)`,
  )
}
