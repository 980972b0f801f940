import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import type { UiLanguage } from '../i18n/languages.ts';
import type { LocaleStrings } from '../i18n/locales/en.ts';
import { type TranslateVars, translate } from '../i18n/translate.ts';
import { historyEn } from './strings/en.ts';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type HistoryStrings = Strings<typeof historyEn>;

// English comes with the history chunk; the others load when that language is in use.
const loaders: Record<UiLanguage, () => Promise<HistoryStrings>> = {
  en: () => Promise.resolve(historyEn),
  nl: () => import('./strings/nl.ts').then((m) => m.historyNl),
  vi: () => import('./strings/vi.ts').then((m) => m.historyVi),
  hi: () => import('./strings/hi.ts').then((m) => m.historyHi),
};

export type HistoryT = (key: string, vars?: TranslateVars) => string;

/** Strings of the history panel in the UI language (English until they are loaded). */
export function useHistoryTranslation(): { t: HistoryT; language: UiLanguage } {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<HistoryStrings>(historyEn);
  useEffect(() => {
    let cancelled = false;
    loaders[i18n.language]().then(
      (strings) => {
        if (!cancelled) setLoaded(strings);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [i18n.language]);
  // translate() walks any nested string object; the casts only widen its parameter type.
  const strings = loaded as unknown as LocaleStrings;
  const fallback = historyEn as unknown as LocaleStrings;
  return { t: (key, vars) => translate(strings, fallback, key, vars), language: i18n.language };
}
