import type { i18n } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { toUiLanguage, type UiLanguage } from './languages.ts';

// Components import the hook from here, so where translation comes from is decided in one place.
export { useTranslation };

/** Provides the app's i18next instance and keeps `<html lang>` on the UI language. */
export function I18nProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  useEffect(() => {
    const follow = (language: string) => {
      document.documentElement.lang = language;
    };
    follow(i18n.language);
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [i18n]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** The UI language as one of Weft's languages (what the API and Intl formatting take). */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return toUiLanguage(i18n.language) ?? 'en';
}
