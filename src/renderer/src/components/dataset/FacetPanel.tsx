/**
 * The facets (issue 13): counts per value over the filtered set; a value is a toggle button (Tab to it,
 * Enter or Space), values of one facet are alternatives and facets combine.
 */
import type { Facet, ListQuery, Tag } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import { canChoose, facetValueLabel, isChosen, toggleFacet } from '../../lib/facet-filter'

interface Props { facets: Facet[]; query: ListQuery; setQuery(f: (q: ListQuery) => ListQuery): void; tags: Tag[] }

export function FacetPanel({ facets, query, setQuery, tags }: Props) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <div className="ds-facets" data-testid="facets">
      {facets.filter((f) => f.values.length > 0).map((f) => (
        <section key={f.name} className="ds-facet" aria-labelledby={`facet-${f.name}`} data-testid={`facet-${f.name}`}>
          <h3 id={`facet-${f.name}`}>{t(`ds.facet.${f.name}` as MessageKey)}</h3>
          <ul>
            {f.values.map((v) => {
              const on = isChosen(query, f.name, v.value)
              const text = facetValueLabel(f.name, v.value, i18n, tags)
              return (
                <li key={String(v.value)}>
                  <button type="button" className={`ds-value ${on ? 'on' : ''}`} aria-pressed={on} disabled={!canChoose(f.name, v.value)}
                    onClick={() => setQuery((q) => toggleFacet(q, f.name, v.value))}>
                    <span className="ds-label" title={text}>{text}</span>
                    <span className="ds-count">{v.count.toLocaleString()}</span>
                  </button>
                </li>
              )
            })}
          </ul>
          {f.more > 0 && <p className="hint">{t('ds.more', { count: f.more })}</p>}
        </section>
      ))}
    </div>
  )
}
