import type { UiLanguage } from './languages.ts';
import { en, type LocaleStrings } from './locales/en.ts';

// English ships in the entry chunk as the fallback; other languages load when chosen.
const loaders: Record<UiLanguage, () => Promise<LocaleStrings>> = {
  en: () => Promise.resolve(en),
  nl: () => import('./locales/nl.ts').then((m) => m.nl),
  vi: () => import('./locales/vi.ts').then((m) => m.vi),
};

export function loadLocale(language: UiLanguage): Promise<LocaleStrings> {
  return loaders[language]();
}
