import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import type { UiLanguage } from '../i18n/languages.ts';
import type { LocaleStrings } from '../i18n/locales/en.ts';
import { type TranslateVars, translate } from '../i18n/translate.ts';
import { type CommentsStrings, commentsEn } from './strings/en.ts';

// English comes with the comments chunk; the others load when that language is in use.
const loaders: Record<UiLanguage, () => Promise<CommentsStrings>> = {
  en: () => Promise.resolve(commentsEn),
  nl: () => import('./strings/nl.ts').then((m) => m.commentsNl),
  vi: () => import('./strings/vi.ts').then((m) => m.commentsVi),
  hi: () => import('./strings/hi.ts').then((m) => m.commentsHi),
};

export interface CommentsTranslation {
  t(key: string, vars?: TranslateVars): string;
  language: UiLanguage;
}

/** Strings of comments, inbox and activity in the UI language (English until they are loaded). */
export function useCommentsTranslation(): CommentsTranslation {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<{ language: UiLanguage; strings: CommentsStrings }>({
    language: 'en',
    strings: commentsEn,
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
  // translate() walks any nested string object; the casts only widen its parameter type.
  const strings = loaded.strings as unknown as LocaleStrings;
  const fallback = commentsEn as unknown as LocaleStrings;
  return { t: (key, vars) => translate(strings, fallback, key, vars), language: i18n.language };
}
