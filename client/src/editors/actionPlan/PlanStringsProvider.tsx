import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import type { UiLanguage } from '../../i18n/languages.ts';
import { type PlanStrings, planEn } from './locales/en.ts';

export type PlanTranslate = (key: string, vars?: Record<string, string | number>) => string;

// English ships with the route as the fallback; other languages load when shown.
const loaders: Record<UiLanguage, () => Promise<PlanStrings>> = {
  en: () => Promise.resolve(planEn),
  nl: () => import('./locales/nl.ts').then((m) => m.planNl),
  vi: () => import('./locales/vi.ts').then((m) => m.planVi),
  hi: () => import('./locales/hi.ts').then((m) => m.planHi),
};

function lookup(strings: PlanStrings, key: string): string | undefined {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Looks `key` up in `strings`, then English, and fills `{{name}}` placeholders. */
export function planTranslate(
  strings: PlanStrings,
  key: string,
  vars?: Record<string, string | number>,
): string {
  const template = lookup(strings, key) ?? lookup(planEn, key) ?? key;
  if (!vars) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

const PlanStringsContext = createContext<PlanTranslate | null>(null);

/** Loads the plan strings of the UI language; children render once they are there. */
export function PlanStringsProvider({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [loaded, setLoaded] = useState<{ language: UiLanguage; strings: PlanStrings } | null>(
    language === 'en' ? { language, strings: planEn } : null,
  );
  useEffect(() => {
    let cancelled = false;
    loaders[language]().then(
      (strings) => {
        if (!cancelled) setLoaded({ language, strings });
      },
      // Offline without that chunk cached: English is better than nothing.
      () => {
        if (!cancelled) setLoaded({ language, strings: planEn });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [language]);
  const t = useMemo<PlanTranslate | null>(
    () => (loaded ? (key, vars) => planTranslate(loaded.strings, key, vars) : null),
    [loaded],
  );
  if (!t) return <>{fallback}</>;
  return <PlanStringsContext.Provider value={t}>{children}</PlanStringsContext.Provider>;
}

export function usePlanT(): PlanTranslate {
  const t = useContext(PlanStringsContext);
  if (!t) throw new Error('usePlanT outside <PlanStringsProvider>');
  return t;
}
