import type { Language } from '../api/types.ts';

/** Languages the UI is translated into: every language the API knows. */
export const UI_LANGUAGES = ['en', 'nl', 'vi', 'hi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language named in itself, so a reader finds their own whatever the current UI language. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  nl: 'Nederlands',
  vi: 'Tiếng Việt',
  hi: 'हिन्दी',
};

const STORAGE_KEY = 'weft.language';

export function toUiLanguage(value: string | null | undefined): UiLanguage | null {
  if (!value) return null;
  const base = value.toLowerCase().split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as UiLanguage) : null;
}

/** Language before anyone logs in: the last choice on this device, else the browser's. */
export function initialLanguage(): UiLanguage {
  const stored = safeStorageGet(STORAGE_KEY);
  return toUiLanguage(stored) ?? toUiLanguage(globalThis.navigator?.language) ?? 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
}

function safeStorageGet(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
