// The chosen language for the whole page: one formatter from shared/i18n, kept per user on this machine.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dealmapIntl, isLanguage, pickLanguage, type DealmapIntl, type Language } from '../../shared/i18n';
import { isLanguageLoaded, loadLanguage } from './page-catalogs';

/** A personal choice, not a workspace setting: two people sharing a team workspace may read it in two languages. */
export const LANGUAGE_STORAGE_KEY = 'dealmap.language';

interface LanguageChoice {
  readonly intl: DealmapIntl;
  readonly setLanguage: (language: Language) => void;
}

// Without a provider (component tests) the page reads in English.
const LanguageContext = createContext<LanguageChoice>({ intl: dealmapIntl('en'), setLanguage: () => {} });

export function startingLanguage(storage: Pick<Storage, 'getItem'> | undefined, systemLanguages: readonly string[]): Language {
  const saved = storage?.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(saved) ? saved : pickLanguage(systemLanguages);
}

export function LanguageProvider({ initial, storage, children }: { initial: Language; storage?: Pick<Storage, 'setItem'>; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initial);
  const setLanguage = useCallback(
    (next: Language) => {
      const choose = () => {
        storage?.setItem(LANGUAGE_STORAGE_KEY, next);
        setLanguageState(next);
      };
      // The page keeps its language until the new one's messages are here (and if they cannot be fetched): one step, never a flash of keys.
      if (isLanguageLoaded(next)) choose();
      else void loadLanguage(next).then(choose, () => undefined);
    },
    [storage],
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const choice = useMemo(() => ({ intl: dealmapIntl(language), setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={choice}>{children}</LanguageContext.Provider>;
}

/** The formatter for words, dates, numbers and money in the chosen language. */
export function useDealmapIntl(): DealmapIntl {
  return useContext(LanguageContext).intl;
}

export function useLanguageChoice(): LanguageChoice {
  return useContext(LanguageContext);
}
