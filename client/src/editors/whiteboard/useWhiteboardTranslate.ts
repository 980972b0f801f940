import { useTranslation } from 'react-i18next';
import type { Translate } from './whiteboardStrings.ts';

/** The whiteboard's strings (the `whiteboard` namespace, loaded with the whiteboard route). */
export function useWhiteboardTranslate(): Translate {
  return useTranslation('whiteboard').t;
}
