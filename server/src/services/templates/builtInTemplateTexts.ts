import type { NoteBlock } from './noteContent.ts';
import { en } from './texts/en.ts';
import { hi } from './texts/hi.ts';
import { nl } from './texts/nl.ts';
import { vi } from './texts/vi.ts';

interface NoteTexts {
  title: string;
  blocks: readonly NoteBlock[];
}

/** Every word of the built-in templates in one language. */
export interface TemplateTexts {
  notes: { kickoff: NoteTexts; studyVisitDebrief: NoteTexts; sessionMinutes: NoteTexts };
  boards: {
    problemTree: {
      title: string;
      labels: { problem: string; effects: string; causes: string; effect: string; cause: string };
    };
    stakeholderMap: {
      title: string;
      labels: {
        keepSatisfied: string;
        manageClosely: string;
        monitor: string;
        keepInformed: string;
        power: string;
        interest: string;
        example: string;
      };
    };
    swot: {
      title: string;
      labels: { strengths: string; weaknesses: string; opportunities: string; threats: string };
    };
    garmentJourney: { title: string; stages: readonly string[] };
  };
  plans: {
    /** Rows as [level, title, description]. */
    logframe: { title: string; rows: readonly (readonly [string, string, string])[] };
  };
}

export const TEXTS: Readonly<Record<'en' | 'nl' | 'vi' | 'hi', TemplateTexts>> = { en, nl, vi, hi };
