import type { UiLanguage } from '../i18n/languages.ts';

const LOCALES: Record<UiLanguage, string> = { en: 'en-GB', nl: 'nl-BE', vi: 'vi-VN', hi: 'hi-IN' };

/** The Intl locale for dates and times in a UI language (24-hour clocks in all three). */
export function localeOf(language: UiLanguage): string {
  return LOCALES[language];
}
