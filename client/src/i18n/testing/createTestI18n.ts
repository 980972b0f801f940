import { createInstance, type i18n } from 'i18next';
import { commentsEn } from '../../comments/strings/en.ts';
import { planEn } from '../../editors/actionPlan/locales/en.ts';
import whiteboardEn from '../../editors/whiteboard/whiteboardStrings.en.json';
import { facilitationEn } from '../../facilitation/strings/en.ts';
import { filesEn } from '../../files/strings/en.ts';
import { historyEn } from '../../history/strings/en.ts';
import { liveEn } from '../../live/strings/en.ts';
import { en } from '../locales/en.ts';

const ENGLISH = {
  app: en,
  live: liveEn,
  comments: commentsEn,
  history: historyEn,
  plan: planEn,
  whiteboard: whiteboardEn,
  files: filesEn,
  facilitation: facilitationEn,
};

/**
 * An i18next instance ready at once with every English namespace (plus `extra` resources, e.g.
 * `{ vi: { whiteboard: {...} } }`), configured as the app's: for unit tests of code that takes `t`
 * and for the whiteboard bench harness.
 */
export function createTestI18n(language = 'en', extra: Record<string, Record<string, object>> = {}): i18n {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'app',
    fallbackNS: false,
    resources: { ...extra, en: ENGLISH },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
