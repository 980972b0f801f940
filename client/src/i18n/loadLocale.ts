import type { UiLanguage } from './languages.ts';
import { en, type LocaleStrings } from './locales/en.ts';

// English ships in the entry chunk as the fallback; other languages load when chosen.
const loaders: Record<UiLanguage, () => Promise<LocaleStrings>> = {
  en: () => Promise.resolve(en),
  nl: () => import('./locales/nl.ts').then((m) => m.nl),
  vi: () => import('./locales/vi.ts').then((m) => m.vi),
  hi: () => import('./locales/hi.ts').then((m) => m.hi),
};

export function loadLocale(language: UiLanguage): Promise<LocaleStrings> {
  return loaders[language]();
}
