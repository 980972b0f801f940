import { createInstance, type i18n, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from './languages.ts';
import { en } from './locales/en.ts';
import { NAMESPACE_LOADERS, type Namespace } from './namespaces.ts';

type Loaders = Record<string, Partial<Record<string, () => Promise<object>>>>;

/** An i18next backend that reads a namespace of a language through its `import()`. */
function importBackend(loaders: Loaders) {
  return {
    type: 'backend' as const,
    init() {},
    read(language: string, namespace: string, callback: ReadCallback) {
      const load = loaders[namespace]?.[language];
      if (!load) {
        callback(new Error(`no strings for ${namespace} in ${language}`), false);
        return;
      }
      // A chunk that cannot load (offline, first visit) leaves English in place.
      load().then(
        (strings) => callback(null, strings as never),
        (error: unknown) => callback(error as Error, false),
      );
    },
  };
}

export interface CreateI18nOptions {
  /** Namespaces to load before the promise resolves (besides `app`). */
  namespaces?: Namespace[];
  /** Tests swap the loaders to watch what is fetched. */
  loaders?: Loaders;
}

/**
 * The app's one i18next instance: namespaces per area loaded lazily per language, English as
 * the fallback, `{{name}}` placeholders, plural forms by Intl.PluralRules (`key_one`,
 * `key_other`, and `key_zero` where a text for none is wanted).
 */
export async function createI18n(language: UiLanguage, options: CreateI18nOptions = {}): Promise<i18n> {
  const instance = createInstance();
  await instance
    .use(importBackend(options.loaders ?? NAMESPACE_LOADERS))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      load: 'languageOnly',
      ns: ['app', ...(options.namespaces ?? [])],
      defaultNS: 'app',
      fallbackNS: false,
      // English app strings ship with the entry; everything else comes through the backend.
      resources: { en: { app: en } },
      partialBundledLanguages: true,
      // React escapes what it renders; escaping here as well would show `&amp;`.
      interpolation: { escapeValue: false },
      returnEmptyString: false,
    });
  return instance;
}
