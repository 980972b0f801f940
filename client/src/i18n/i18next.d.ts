import 'i18next';
import type { CommentsStrings } from '../comments/strings/en.ts';
import type { PlanStrings } from '../editors/actionPlan/locales/en.ts';
import type whiteboard from '../editors/whiteboard/whiteboardStrings.en.json';
import type { FacilitationStrings } from '../facilitation/strings/en.ts';
import type { FilesStrings } from '../files/strings/en.ts';
import type { HistoryStrings } from '../history/strings/en.ts';
import type { LiveStrings } from '../live/strings/en.ts';
import type { LocaleStrings } from './locales/en.ts';

// English is the source of truth for keys: `t('no.such.key')` does not typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: LocaleStrings;
      live: LiveStrings;
      comments: CommentsStrings;
      history: HistoryStrings;
      plan: PlanStrings;
      whiteboard: typeof whiteboard;
      files: FilesStrings;
      facilitation: FacilitationStrings;
    };
  }
}
