/**
 * The headline figures over the years for the filtered set (issue 13): reports per year, requests received
 * and their outcomes, reconsiderations and lawsuits. Clicking a year lists that year's documents.
 */
import { useEffect, useRef } from 'react'
import type { ChartField, YearFigures } from '../../../../shared/contract'
import { fieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import { makeChart, type ChartOption } from '../../lib/charts'

interface Props { years: YearFigures[]; onYear(year: number): void }

function Chart({ option, label, onYear, testId }: { option: ChartOption; label: string; onYear(year: number): void; testId: string }) {
  const el = useRef<HTMLDivElement>(null)
  const { lang } = useI18n()
  const pick = useRef(onYear)
  pick.current = onYear
  const chart = useRef<ReturnType<typeof makeChart> | null>(null)
  useEffect(() => {
    if (!el.current) return
    const c = makeChart(el.current, lang)
    chart.current = c
    c.on('click', (p) => { const y = Number(p.name); if (Number.isFinite(y)) pick.current(y) })
    const resize = new ResizeObserver(() => c.resize())
    resize.observe(el.current)
    return () => { resize.disconnect(); c.dispose(); chart.current = null }
  }, [lang])
  useEffect(() => { chart.current?.setOption(option, true) }, [option, lang])
  return <div className="ds-chart" ref={el} role="img" aria-label={label} data-testid={testId} />
}

export function YearCharts({ years, onYear }: Props) {
  const { t, label } = useI18n()
  const x = years.map((y) => String(y.year))
  // the table cells' labels are long (三（一）予以公开 · 总计): short names for the legend
  const short: Partial<Record<ChartField, string>> = { 't3.granted.total': t('ds.chart.granted'), 't3.partial.total': t('ds.chart.partial') }
  const name = (f: ChartField) => { const d = fieldDef(f); return short[f] ?? (d ? label(d) : f) }
  const series = (fields: ChartField[], type: 'line' | 'bar') => fields.map((f) => ({
    name: name(f), type, data: years.map((y) => y.sums[f] ?? null), connectNulls: false, emphasis: { focus: 'series' as const },
  }))
  const base = (): ChartOption => ({
    tooltip: { trigger: 'axis' },
    // the legend under the chart, wrapping onto a second line rather than hiding names behind arrows
    legend: { bottom: 0, type: 'plain', itemGap: 8, itemWidth: 14, textStyle: { fontSize: 11 } },
    grid: { left: 44, right: 12, top: 12, bottom: 62 },
    xAxis: { type: 'category', data: x },
    yAxis: { type: 'value', name: '', minInterval: 1 },
  })
  const reports: ChartOption = { ...base(), series: [{ name: t('ds.chart.documents'), type: 'bar', data: years.map((y) => y.documents) }] }
  const requests: ChartOption = { ...base(), series: series(['applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total'], 'line') }
  const reviews: ChartOption = { ...base(), series: series(['admin_reconsiderations', 'admin_lawsuits'], 'bar') }
  return (
    <section aria-label={t('ds.chart.hint')}>
      <div className="ds-charts">
      <figure><figcaption>{t('ds.chart.reports')}</figcaption><Chart option={reports} label={t('ds.chart.reports')} onYear={onYear} testId="chart-reports" /></figure>
      <figure><figcaption>{t('ds.chart.requests')}</figcaption><Chart option={requests} label={t('ds.chart.requests')} onYear={onYear} testId="chart-requests" /></figure>
      <figure><figcaption>{t('ds.chart.reviews')}</figcaption><Chart option={reviews} label={t('ds.chart.reviews')} onYear={onYear} testId="chart-reviews" /></figure>
      </div>
      <p className="hint">{t('ds.chart.hint')}</p>
    </section>
  )
}
