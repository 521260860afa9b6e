/**
 * How many documents a request would export, asked again (debounced) whenever the request changes;
 * answers to an older request are dropped, so a slow count never overwrites a newer one.
 */
import { useEffect, useState } from 'react'
import type { AnnalistClient, ExportSettings } from '../../../../shared/contract'
import { errorText } from '../../lib/errors'

export interface ExportCount {
  /** null while counting (or when there is nothing to count) */
  documents: number | null
  pending: boolean
  error: string | null
}

export const COUNT_DELAY_MS = 250

export function useExportCount(client: AnnalistClient, req: ExportSettings | null, version: number, delay = COUNT_DELAY_MS): ExportCount {
  const [state, setState] = useState<ExportCount>({ documents: null, pending: req !== null, error: null })
  // the request's JSON is its identity: a re-render with equal choices does not count again
  const key = req === null ? null : JSON.stringify(req)
  useEffect(() => {
    if (key === null) { setState({ documents: null, pending: false, error: null }); return }
    let live = true
    setState((s) => ({ ...s, pending: true, error: null }))
    const timer = setTimeout(() => {
      client.call('export.count', JSON.parse(key) as ExportSettings).then(
        (r) => { if (live) setState({ documents: r.documents, pending: false, error: null }) },
        (e: unknown) => { if (live) setState({ documents: null, pending: false, error: errorText(e) }) },
      )
    }, delay)
    return () => { live = false; clearTimeout(timer) }
  }, [client, key, version, delay])
  return state
}
