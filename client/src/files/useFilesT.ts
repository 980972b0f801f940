import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Strings of the workspace's files: the `files` namespace, loaded with the workspace page. */
export function useFilesT(): TFunction<'files'> {
  return useTranslation('files').t;
}
