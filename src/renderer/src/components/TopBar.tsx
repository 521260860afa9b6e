/**
 * Title, the search box (/), the view switch, next-in-queue, a running job's status (given by App),
 * language and the help toggle.
 */
import { useEffect, useState, type ReactNode, type RefObject } from 'react'
import { useI18n } from '../i18n'
import { ReviewerField } from './ReviewerField'

interface Props {
  view: 'library' | 'review' | 'dataset'
  searchRef: RefObject<HTMLInputElement | null>
  search: string
  onSearch(s: string): void
  onLibrary(): void
  onDataset(): void
  onHelp(): void
  onQueue(): void
  /** e.g. the export's progress while its panel is shut */
  status?: ReactNode
}

export function TopBar({ view, searchRef, search, onSearch, onLibrary, onDataset, onHelp, onQueue, status }: Props) {
  const { t, lang, setLang } = useI18n()
  const [text, setText] = useState(search)
  useEffect(() => setText(search), [search])
  // Search as one types, but not on every keystroke.
  useEffect(() => {
    if (text === search) return
    const id = setTimeout(() => onSearch(text.trim()), 250)
    return () => clearTimeout(id)
  }, [text, search, onSearch])

  return (
    <header className="top-bar">
      <h1 className="brand">{t('app.title')}</h1>
      <nav className="views">
        <button type="button" className={view === 'library' ? 'tab active' : 'tab'} onClick={onLibrary}>{t('app.library')}</button>
        <span className={view === 'review' ? 'tab active' : 'tab disabled'}>{t('app.review')}</span>
        <button type="button" className={view === 'dataset' ? 'tab active' : 'tab'} onClick={onDataset} data-testid="dataset-tab" title="Shift+D">{t('app.dataset')}</button>
      </nav>
      <input
        ref={searchRef}
        className="search"
        type="search"
        value={text}
        placeholder={t('lib.search')}
        aria-label={t('lib.search')}
        data-testid="search"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.stopPropagation(); onSearch(text.trim()); e.currentTarget.blur() }
          if (e.key === 'Escape') { e.stopPropagation(); e.currentTarget.blur() }
        }}
      />
      <button type="button" onClick={onQueue} data-testid="queue">{t('lib.queue')}</button>
      <span className="spacer" />
      {status}
      <ReviewerField />
      <button type="button" className="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang">{t('app.lang')}</button>
      <button type="button" className="link" onClick={onHelp} data-testid="help">{t('app.help')}</button>
    </header>
  )
}
