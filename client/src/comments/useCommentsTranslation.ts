import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { toUiLanguage, type UiLanguage } from '../i18n/languages.ts';

export interface CommentsTranslation {
  t: TFunction<'comments'>;
  language: UiLanguage;
}

/** Strings of comments, inbox and activity: the `comments` namespace, loaded with those features. */
export function useCommentsTranslation(): CommentsTranslation {
  const { t, i18n } = useTranslation('comments');
  return { t, language: toUiLanguage(i18n.language) ?? 'en' };
}
