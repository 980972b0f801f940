import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import type { UiLanguage } from '../i18n/languages.ts';
import type { LocaleStrings } from '../i18n/locales/en.ts';
import { type TranslateVars, translate } from '../i18n/translate.ts';
import { type LiveStrings, liveEn } from './strings/en.ts';

// English is bundled with the live features; the others load when that language is in use.
const loaders: Record<UiLanguage, () => Promise<LiveStrings>> = {
  en: () => Promise.resolve(liveEn),
  nl: () => import('./strings/nl.ts').then((m) => m.liveNl),
  vi: () => import('./strings/vi.ts').then((m) => m.liveVi),
  hi: () => import('./strings/hi.ts').then((m) => m.liveHi),
};

export interface LiveTranslation {
  t(key: string, vars?: TranslateVars): string;
  language: UiLanguage;
}

/** Strings of presence, following and sessions in the UI language (English until loaded). */
export function useLiveTranslation(): LiveTranslation {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<{ language: UiLanguage; strings: LiveStrings }>({
    language: 'en',
    strings: liveEn,
  });
  useEffect(() => {
    let cancelled = false;
    loaders[i18n.language]().then(
      (strings) => {
        if (!cancelled) setLoaded({ language: i18n.language, strings });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [i18n.language]);
  // The shared translate() walks any nested string object; the cast only widens its parameter type.
  const strings = loaded.strings as unknown as LocaleStrings;
  const fallback = liveEn as unknown as LocaleStrings;
  return { t: (key, vars) => translate(strings, fallback, key, vars), language: i18n.language };
}
