import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { toUiLanguage, type UiLanguage } from '../i18n/languages.ts';

export type { HistoryStrings } from './strings/en.ts';
export type HistoryT = TFunction<'history'>;

/** Strings of the history panel: the `history` namespace, loaded with the panel. */
export function useHistoryTranslation(): { t: HistoryT; language: UiLanguage } {
  const { t, i18n } = useTranslation('history');
  return { t, language: toUiLanguage(i18n.language) ?? 'en' };
}
