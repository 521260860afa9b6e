/**
 * ECharts, tree-shaken (issue 13): only the bar and line charts, their axes, tooltip and legend, and the
 * canvas renderer are bundled, not the whole library. Canvas, not SVG: it draws without style attributes
 * and needs neither eval nor inline scripts, so it runs under the page's Content-Security-Policy
 * (src/renderer/index.html, server/static-files.ts). Chinese and English locales are registered here.
 */
import { init, registerLocale, use, type ComposeOption, type EChartsType } from 'echarts/core'
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import langZH from 'echarts/lib/i18n/langZH.js'
import langEN from 'echarts/lib/i18n/langEN.js'

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])
type Locale = Parameters<typeof registerLocale>[1]
registerLocale('ZH', langZH as unknown as Locale)
registerLocale('EN', langEN as unknown as Locale)

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>

export function makeChart(el: HTMLElement, lang: 'zh' | 'en'): EChartsType {
  return init(el, undefined, { renderer: 'canvas', locale: lang === 'zh' ? 'ZH' : 'EN' })
}
