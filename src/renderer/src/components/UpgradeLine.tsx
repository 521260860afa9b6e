/**
 * A library made by an older version is upgraded behind the window when it opens (issue 15: its texts stored
 * once, migration 13; a later migration's long steps, e.g. migration 15's file-name search index, named with
 * their number of all): this line under the top bar says how far it is, and that the library can be used
 * meanwhile; once done it says so until dismissed. Its state comes from library.info (a page opened during
 * the upgrade, or after a reload) and the library.upgrade events.
 */
import { useEffect, useState } from 'react'
import type { LibraryUpgrade } from '../../../shared/contract'
import { useI18n } from '../i18n'
import type { MessageKey } from '../i18n/catalogue'
import { useClient } from '../transport/get-client'

/** The steps' names (library/upgrade-steps.ts ids); a step this version does not name shows its id. */
const STEPS: Record<string, MessageKey> = {
  'v15.dataset_rows_year_status': 'upgrade.step.v15.dataset_rows_year_status',
  'v15.fields_region_code': 'upgrade.step.v15.fields_region_code',
  'v15.file_names_fts': 'upgrade.step.v15.file_names_fts',
}

export function UpgradeLine() {
  const client = useClient()
  const { t } = useI18n()
  const [upgrade, setUpgrade] = useState<LibraryUpgrade | null>(null)
  const [dismissed, setDismissed] = useState(false)

  useEffect(() => {
    let live = true
    const refresh = (): void => {
      client.call('library.info', undefined).then((i) => { if (live && i.upgrade) setUpgrade(i.upgrade) }, () => undefined)
    }
    refresh()
    const offUpgrade = client.on('library.upgrade', (u) => { setUpgrade(u); setDismissed(false) })
    // another library opened (desktop): its upgrade, if any, is told by library.info
    const offCommand = client.on('app.command', ({ command }) => { if (command === 'library.switched') { setUpgrade(null); refresh() } })
    return () => { live = false; offUpgrade(); offCommand() }
  }, [client])

  if (!upgrade || (upgrade.finished && dismissed)) return null
  const percent = upgrade.total > 0 ? Math.min(100, Math.floor((upgrade.done * 100) / upgrade.total)) : 100
  const vars = { done: upgrade.done.toLocaleString(), total: upgrade.total.toLocaleString(), percent }
  const step = upgrade.step
  const text = (): string => {
    if (!step) return upgrade.finished ? t('upgrade.done', vars) : t('upgrade.running', vars)
    const named = { ...vars, version: step.version, index: step.index, count: step.count, name: STEPS[step.id] ? t(STEPS[step.id]) : step.id }
    if (upgrade.finished) return t('upgrade.stepsDone', named)
    return upgrade.total > 0 ? t('upgrade.step', named) : t('upgrade.stepOne', named)
  }
  return (
    <div className="notice upgrade-line" role="status" data-testid="library-upgrade" data-finished={upgrade.finished ? 'true' : 'false'}>
      {/* a step that is one statement has no count: a bar without a value says it is under way */}
      {!upgrade.finished && (upgrade.total > 0 ? <progress max={100} value={percent} aria-hidden="true" /> : <progress aria-hidden="true" />)}
      <span>{text()}</span>
      {upgrade.finished && <button type="button" className="link" onClick={() => setDismissed(true)}>{t('app.dismiss')}</button>}
    </div>
  )
}
