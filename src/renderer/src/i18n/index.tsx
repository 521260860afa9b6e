/**
 * The language context: t(key, vars) for UI strings, label(def) for field labels (which live in the
 * field dictionary, src/shared/fields.ts), and the chosen language kept across sessions.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import { CATALOGUES, format, type Lang, type MessageKey } from './catalogue'

export interface I18n {
  lang: Lang
  setLang(l: Lang): void
  t(key: MessageKey, vars?: Record<string, string | number>): string
  /** pick the label for the current language from anything with zh/en */
  label(x: { zh: string; en: string }): string
}

const STORAGE_KEY = 'annalist.lang'

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (stored === 'en' || stored === 'zh') return stored
  } catch { /* storage unavailable: default */ }
  return 'zh'
}

export function makeI18n(lang: Lang, setLang: (l: Lang) => void = () => {}): I18n {
  const cat = CATALOGUES[lang]
  return {
    lang,
    setLang,
    t: (key, vars) => format(cat[key], vars),
    label: (x) => (lang === 'zh' ? x.zh : x.en),
  }
}

const I18nContext = createContext<I18n>(makeI18n('zh'))

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang())
  const value = useMemo(() => makeI18n(lang, (l: Lang) => {
    setLangState(l)
    try { localStorage.setItem(STORAGE_KEY, l) } catch { /* ignore */ }
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en'
  }), [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}
