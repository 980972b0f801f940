import type { ActionPlanSnapshot, SignOffTrail } from '@weft/model';
import type { ExportLanguage } from './exportLabels.ts';

export interface CommentMessageExport {
  author: string;
  /** ISO instant. */
  at: string;
  body: string;
}

/** An unresolved comment thread, labelled by what it is anchored to (e.g. an item title). */
export interface CommentThreadExport {
  /** Empty when there is nothing to name it by: the export then says "Untitled item" or "General comments". */
  anchorLabel: string;
  /** What the thread is on; `item` when omitted. */
  anchorKind?: 'item' | 'general';
  messages: CommentMessageExport[];
}

/** Everything a council document shows; exports are pure functions of this. */
export interface ActionPlanExportInput {
  plan: ActionPlanSnapshot;
  /** From `signOffTrail(state, hashActionPlan(plan))`; omitted means a plain draft. */
  signOff?: SignOffTrail;
  /** Open comment threads; the section is left out when omitted or empty. */
  threads?: CommentThreadExport[];
  /** Language of labels, dates and numbers; English when omitted. */
  lang?: ExportLanguage;
}
