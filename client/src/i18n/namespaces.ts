import type { UiLanguage } from './languages.ts';
import { en } from './locales/en.ts';

type Loader = () => Promise<object>;

/**
 * Every namespace (one per area of the app) and where each language's strings come from. Each is
 * its own chunk, downloaded the first time a component asks for that namespace in that language,
 * so a route carries the strings it shows and no others. English `app` also ships in the entry
 * (createI18n.ts): the first render needs it in any case.
 */
export const NAMESPACE_LOADERS = {
  app: {
    // Bundled with the entry (createI18n.ts), never fetched.
    en: () => Promise.resolve(en),
    nl: () => import('./locales/nl.ts').then((m) => m.nl),
    vi: () => import('./locales/vi.ts').then((m) => m.vi),
    hi: () => import('./locales/hi.ts').then((m) => m.hi),
  },
  live: {
    en: () => import('../live/strings/en.ts').then((m) => m.liveEn),
    nl: () => import('../live/strings/nl.ts').then((m) => m.liveNl),
    vi: () => import('../live/strings/vi.ts').then((m) => m.liveVi),
    hi: () => import('../live/strings/hi.ts').then((m) => m.liveHi),
  },
  comments: {
    en: () => import('../comments/strings/en.ts').then((m) => m.commentsEn),
    nl: () => import('../comments/strings/nl.ts').then((m) => m.commentsNl),
    vi: () => import('../comments/strings/vi.ts').then((m) => m.commentsVi),
    hi: () => import('../comments/strings/hi.ts').then((m) => m.commentsHi),
  },
  history: {
    en: () => import('../history/strings/en.ts').then((m) => m.historyEn),
    nl: () => import('../history/strings/nl.ts').then((m) => m.historyNl),
    vi: () => import('../history/strings/vi.ts').then((m) => m.historyVi),
    hi: () => import('../history/strings/hi.ts').then((m) => m.historyHi),
  },
  plan: {
    en: () => import('../editors/actionPlan/locales/en.ts').then((m) => m.planEn),
    nl: () => import('../editors/actionPlan/locales/nl.ts').then((m) => m.planNl),
    vi: () => import('../editors/actionPlan/locales/vi.ts').then((m) => m.planVi),
    hi: () => import('../editors/actionPlan/locales/hi.ts').then((m) => m.planHi),
  },
  whiteboard: {
    en: () => import('../editors/whiteboard/whiteboardStrings.en.json').then((m) => m.default),
    nl: () => import('../editors/whiteboard/whiteboardStrings.nl.json').then((m) => m.default),
    vi: () => import('../editors/whiteboard/whiteboardStrings.vi.json').then((m) => m.default),
    hi: () => import('../editors/whiteboard/whiteboardStrings.hi.json').then((m) => m.default),
  },
  facilitation: {
    en: () => import('../facilitation/strings/en.ts').then((m) => m.facilitationEn),
    nl: () => import('../facilitation/strings/nl.ts').then((m) => m.facilitationNl),
    vi: () => import('../facilitation/strings/vi.ts').then((m) => m.facilitationVi),
    hi: () => import('../facilitation/strings/hi.ts').then((m) => m.facilitationHi),
  },
  files: {
    en: () => import('../files/strings/en.ts').then((m) => m.filesEn),
    nl: () => import('../files/strings/nl.ts').then((m) => m.filesNl),
    vi: () => import('../files/strings/vi.ts').then((m) => m.filesVi),
    hi: () => import('../files/strings/hi.ts').then((m) => m.filesHi),
  },
} satisfies Record<string, Record<UiLanguage, Loader>>;

export type Namespace = keyof typeof NAMESPACE_LOADERS;
export const NAMESPACES = Object.keys(NAMESPACE_LOADERS) as Namespace[];
