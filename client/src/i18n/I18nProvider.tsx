import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { UiLanguage } from './languages.ts';
import { loadLocale } from './loadLocale.ts';
import { en, type LocaleStrings } from './locales/en.ts';
import { type TranslateVars, translate } from './translate.ts';

export interface I18n {
  language: UiLanguage;
  changeLanguage(language: UiLanguage): Promise<void>;
}

export interface Translation {
  t(key: string, vars?: TranslateVars): string;
  i18n: I18n;
}

const I18nContext = createContext<Translation | null>(null);

/** A small i18n layer (the UI has ~200 strings): dotted keys, `{{placeholders}}`, English fallback. */
interface I18nProviderProps {
  language: UiLanguage;
  /** Strings of `language`, loaded before the first render so no other language flashes. */
  strings: LocaleStrings;
  children: ReactNode;
}

export function I18nProvider({ language, strings, children }: I18nProviderProps) {
  const [state, setState] = useState({ language, strings });

  const changeLanguage = useCallback(async (next: UiLanguage) => {
    const loaded = await loadLocale(next);
    setState({ language: next, strings: loaded });
  }, []);

  useEffect(() => {
    document.documentElement.lang = state.language;
  }, [state.language]);

  const value = useMemo<Translation>(
    () => ({
      t: (key, vars) => translate(state.strings, en, key, vars),
      i18n: { language: state.language, changeLanguage },
    }),
    [state, changeLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useTranslation(): Translation {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useTranslation outside <I18nProvider>');
  return value;
}
