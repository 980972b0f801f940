import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { toUiLanguage, type UiLanguage } from '../i18n/languages.ts';

export interface FacilitationTranslation {
  t: TFunction<'facilitation'>;
  language: UiLanguage;
}

/** Strings of the timer, hands and reactions: the `facilitation` namespace, loaded with the session page. */
export function useFacilitationTranslation(): FacilitationTranslation {
  const { t, i18n } = useTranslation('facilitation');
  return { t, language: toUiLanguage(i18n.language) ?? 'en' };
}
