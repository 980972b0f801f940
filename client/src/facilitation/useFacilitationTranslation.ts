import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import type { UiLanguage } from '../i18n/languages.ts';
import type { LocaleStrings } from '../i18n/locales/en.ts';
import { type TranslateVars, translate } from '../i18n/translate.ts';
import { type FacilitationStrings, facilitationEn } from './strings/en.ts';

// English is bundled with the session page; the others load when that language is in use.
const loaders: Record<UiLanguage, () => Promise<FacilitationStrings>> = {
  en: () => Promise.resolve(facilitationEn),
  nl: () => import('./strings/nl.ts').then((m) => m.facilitationNl),
  vi: () => import('./strings/vi.ts').then((m) => m.facilitationVi),
  hi: () => import('./strings/hi.ts').then((m) => m.facilitationHi),
};

export interface FacilitationTranslation {
  t(key: string, vars?: TranslateVars): string;
  language: UiLanguage;
}

/** Strings of the timer, hands and reactions in the UI language (English until loaded). */
export function useFacilitationTranslation(): FacilitationTranslation {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<FacilitationStrings>(facilitationEn);
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
  // The shared translate() walks any nested string object; the cast only widens its parameter type.
  const strings = loaded as unknown as LocaleStrings;
  const fallback = facilitationEn as unknown as LocaleStrings;
  return { t: (key, vars) => translate(strings, fallback, key, vars), language: i18n.language };
}
