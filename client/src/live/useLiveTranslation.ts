import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { toUiLanguage, type UiLanguage } from '../i18n/languages.ts';

export interface LiveTranslation {
  t: TFunction<'live'>;
  language: UiLanguage;
}

/** Strings of presence, following and sessions: the `live` namespace, loaded with those features. */
export function useLiveTranslation(): LiveTranslation {
  const { t, i18n } = useTranslation('live');
  return { t, language: toUiLanguage(i18n.language) ?? 'en' };
}
