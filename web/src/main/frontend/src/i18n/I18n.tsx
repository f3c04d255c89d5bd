import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { translate } from './messages';
import type { Lang } from '../domain/format';

/** The only thing the console keeps in the browser's storage: the language chosen. */
const KEY = 'complaints.console.language';

interface I18n { lang: Lang; setLang: (lang: Lang) => void; t: (key: string, params?: Record<string, string | number>) => string }

const Context = createContext<I18n | null>(null);

export function initialLanguage(stored: string | null): Lang {
  return stored === 'en' ? 'en' : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLanguage(localStorage.getItem(KEY)));
  const value = useMemo<I18n>(() => ({
    lang,
    setLang: (next) => {
      localStorage.setItem(KEY, next);
      document.documentElement.lang = next;
      setLangState(next);
    },
    t: (key, params) => translate(lang, key, params),
  }), [lang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
