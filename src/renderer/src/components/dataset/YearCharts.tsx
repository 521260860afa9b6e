/**
 * The headline figures over the years for the filtered set (issue 13): reports per year, requests received
 * and their outcomes, reconsiderations and lawsuits. Clicking a year lists that year's documents.
 */
import { useEffect, useRef } from 'react'
import type { ChartField, SplitBy, SplitFigures, YearFigures } from '../../../../shared/contract'
import { fieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import { enumLabel } from '../../lib/enum-labels'
import { makeChart, type ChartOption } from '../../lib/charts'

/**
 * `split`: the requests chart in one series per level or region (the view's data for the chosen split);
 * `onYear` gets the clicked series' level or region too (undefined: a total; null: the others).
 */
interface Props {
  years: YearFigures[]
  split: SplitFigures | undefined
  splitBy: SplitBy | null
  onSplit(by: SplitBy | null): void
  onYear(year: number, part?: { by: SplitBy; key: string | null }): void
}

/** a split series' id carries its key, so a click knows which level or region it stood for */
const SPLIT_ID = 'split:'

function Chart({ option, label, onYear, testId }: { option: ChartOption; label: string; onYear(year: number, seriesId?: string): void; testId: string }) {
  const el = useRef<HTMLDivElement>(null)
  const { lang } = useI18n()
  const pick = useRef(onYear)
  pick.current = onYear
  const chart = useRef<ReturnType<typeof makeChart> | null>(null)
  useEffect(() => {
    if (!el.current) return
    const c = makeChart(el.current, lang)
    chart.current = c
    c.on('click', (p) => { const y = Number(p.name); if (Number.isFinite(y)) pick.current(y, typeof p.seriesId === 'string' ? p.seriesId : undefined) })
    const resize = new ResizeObserver(() => c.resize())
    resize.observe(el.current)
    return () => { resize.disconnect(); c.dispose(); chart.current = null }
  }, [lang])
  useEffect(() => { chart.current?.setOption(option, true) }, [option, lang])
  return <div className="ds-chart" ref={el} role="img" aria-label={label} data-testid={testId} />
}

export function YearCharts({ years, split, splitBy, onSplit, onYear }: Props) {
  const { t, label, lang } = useI18n()
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
  const level = fieldDef('admin_level')
  const partName = (key: string | null) => (key === null ? t('ds.split.others') : split?.by === 'level' && level ? enumLabel(level, key, lang) : key)
  const requests: ChartOption = split && splitBy === split.by
    ? { ...base(), series: split.series.map((p) => ({
      id: `${SPLIT_ID}${JSON.stringify(p.key)}`, name: partName(p.key), type: 'line' as const, data: years.map((y) => p.sums[y.year] ?? null), connectNulls: false, emphasis: { focus: 'series' as const },
    })) }
    : { ...base(), series: series(['applications_received', 'applications_answered', 't3.granted.total', 't3.partial.total'], 'line') }
  const pickRequests = (year: number, seriesId?: string) => {
    if (split && seriesId?.startsWith(SPLIT_ID)) onYear(year, { by: split.by, key: JSON.parse(seriesId.slice(SPLIT_ID.length)) as string | null })
    else onYear(year)
  }
  const splitChoice = (by: SplitBy | null, text: string) => (
    <label key={String(by)}><input type="radio" name="ds-split" checked={splitBy === by} onChange={() => onSplit(by)} data-testid={`ds-split-${by ?? 'none'}`} /> {text}</label>
  )
  const reviews: ChartOption = { ...base(), series: series(['admin_reconsiderations', 'admin_lawsuits'], 'bar') }
  return (
    <section aria-label={t('ds.chart.hint')}>
      <div className="ds-split" role="radiogroup" aria-label={t('ds.split.label')}>
        <span>{t('ds.split.label')}</span>
        {splitChoice(null, t('ds.split.none'))}
        {splitChoice('level', t('ds.split.level'))}
        {splitChoice('region', t('ds.split.region'))}
      </div>
      <div className="ds-charts">
      <figure><figcaption>{t('ds.chart.reports')}</figcaption><Chart option={reports} label={t('ds.chart.reports')} onYear={(y) => onYear(y)} testId="chart-reports" /></figure>
      <figure><figcaption>{split && splitBy === split.by ? t(split.by === 'level' ? 'ds.split.byLevel' : 'ds.split.byRegion') : t('ds.chart.requests')}</figcaption><Chart option={requests} label={t('ds.chart.requests')} onYear={pickRequests} testId="chart-requests" /></figure>
      <figure><figcaption>{t('ds.chart.reviews')}</figcaption><Chart option={reviews} label={t('ds.chart.reviews')} onYear={(y) => onYear(y)} testId="chart-reviews" /></figure>
      </div>
      <p className="hint">{t('ds.chart.hint')}</p>
    </section>
  )
}
