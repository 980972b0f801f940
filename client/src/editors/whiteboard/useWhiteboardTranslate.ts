import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import type { UiLanguage } from '../../i18n/languages.ts';
import type { Translate, WhiteboardStrings } from './whiteboardStrings.ts';
import { createTranslate } from './whiteboardStrings.ts';

// The whiteboard's strings are a namespace of their own, loaded with the whiteboard route only,
// so the app's entry chunk (and with it the notes route) does not carry them.
const loaders: Record<UiLanguage, () => Promise<Partial<WhiteboardStrings>>> = {
  en: () => Promise.resolve({}),
  nl: () => import('./whiteboardStrings.nl.json').then((m) => m.default),
  vi: () => import('./whiteboardStrings.vi.json').then((m) => m.default),
  hi: () => import('./whiteboardStrings.hi.json').then((m) => m.default),
};

/** The whiteboard's translate function for the app's current language (English until loaded). */
export function useWhiteboardTranslate(): Translate {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<{ language: UiLanguage; strings: Partial<WhiteboardStrings> }>({
    language: 'en',
    strings: {},
  });
  useEffect(() => {
    let cancelled = false;
    const language = i18n.language;
    loaders[language]().then(
      (strings) => {
        if (!cancelled) setLoaded({ language, strings });
      },
      // A chunk that fails to load (offline, first visit) leaves the English strings in place.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [i18n.language]);
  return useMemo(() => createTranslate(undefined, loaded.strings), [loaded]);
}
