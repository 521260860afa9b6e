/**
 * A composed report as a saved government web page: a <meta charset>, a site header and navigation,
 * a breadcrumb, the article with real <table>s (colspan/rowspan), and a footer with the usual clutter.
 */
import type { GridCell, ReportBlock } from './blocks'

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Rowspan of each restart cell: how many rows below continue it at the same grid column. */
function tableHtml(grid: GridCell[][]): string {
  const starts = grid.map((row) => {
    let col = 0
    return row.map((c) => {
      const s = col
      col += c.colSpan ?? 1
      return s
    })
  })
  const cellAt = (r: number, col: number): GridCell | undefined => {
    const k = starts[r]?.indexOf(col) ?? -1
    return k >= 0 ? grid[r][k] : undefined
  }
  let html = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
  grid.forEach((row, r) => {
    html += '<tr>'
    row.forEach((c, k) => {
      if (c.vMerge === 'continue') return
      let rowSpan = 1
      if (c.vMerge === 'restart') while (cellAt(r + rowSpan, starts[r][k])?.vMerge === 'continue') rowSpan++
      const attrs = `${(c.colSpan ?? 1) > 1 ? ` colspan="${c.colSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`
      html += `<td${attrs}>${esc(c.text)}</td>`
    })
    html += '</tr>\n'
  })
  return html + '</table>\n'
}

export interface HtmlPage {
  charset: 'utf-8' | 'gb2312'
  site: string
  /** the <title>: usually the site name and the report title */
  pageTitle: string
}

export function renderHtml(blocks: ReportBlock[], page: HtmlPage): string {
  const nav = blocks.filter((b) => b.kind === 'nav').map((b) => (b.kind === 'nav' ? b.text : ''))
  let body = ''
  for (const b of blocks) {
    switch (b.kind) {
      case 'nav':
        break
      case 'title':
        body += `<h1 class="article-title">${esc(b.text)}</h1>\n`
        break
      case 'meta':
        body += `<div class="article-info">${esc(b.text)}</div>\n`
        break
      case 'heading':
        body += `<p><strong>${esc(b.text)}</strong></p>\n`
        break
      case 'p':
      case 'flat':
        body += `<p style="text-indent:2em">${esc(b.text)}</p>\n`
        break
      case 'table':
        body += tableHtml(b.grid)
        break
      case 'signature':
        for (const l of b.lines) body += `<p style="text-align:right">${esc(l)}</p>\n`
        break
    }
  }
  const navHtml = nav.map((l) => `<li>${esc(l)}</li>`).join('')
  return (
    '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n' +
    `<meta charset="${page.charset}">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n` +
    `<title>${esc(page.pageTitle)}</title>\n` +
    '<link rel="stylesheet" href="../css/common.css">\n<script src="../js/jquery.min.js"></script>\n</head>\n<body>\n' +
    `<div class="top-bar"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">登录</a></div>\n` +
    `<div class="header"><div class="logo">${esc(page.site)}</div>\n` +
    '<ul class="menu"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>\n' +
    `<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>\n` +
    (navHtml ? `<ul class="nav-extra">${navHtml}</ul>\n` : '') +
    `<div class="article">\n${body}</div>\n` +
    '<div class="share">分享到： 微信 微博 <span>【打印本页】</span> <span>【关闭窗口】</span></div>\n' +
    `<div class="footer">主办：${esc(page.site)}办公室 &nbsp; 网站标识码：3600000000 &nbsp; 扫一扫在手机打开</div>\n` +
    '<script>var _hmt = _hmt || [];</script>\n</body>\n</html>\n'
  )
}
