import type { ItemStatus, LogframeLevel, PlanStatus } from '@weft/model';

// One place for the words the council documents print, so a translation can replace them.

export const LEVEL_HEADINGS: Record<LogframeLevel, string> = {
  goal: 'Goals',
  outcome: 'Outcomes',
  output: 'Outputs',
  activity: 'Activities',
};

export const STATUS_LABELS: Record<ItemStatus, string> = {
  draft: 'Draft',
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  dropped: 'Dropped',
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft (not signed off)',
  proposed: 'Proposed for sign-off',
  agreed: 'Agreed',
};

export const FIELD_LABELS = {
  id: 'ID',
  status: 'Status',
  lead: 'Lead city',
  partner: 'Partner city',
  dates: 'Dates',
  budget: 'Budget',
  sdgTargets: 'SDG targets',
  evidence: 'Evidence',
  sourceRef: 'Source',
  description: 'Description',
  risks: 'Assumptions and risks',
} as const;

export const SECTION_LABELS = {
  parties: 'Parties',
  version: 'Version',
  status: 'Status',
  signOff: 'Sign-off',
  noSignatures: 'No signatures yet.',
  noItems: 'No items yet.',
  threads: 'Open comment threads',
  indicators: ['Indicator', 'Baseline', 'Target', 'Unit', 'Means of verification'],
  signatureColumns: ['City', 'Signed by', 'Role', 'Date and time (UTC)', "Signer's local time"],
  threadOn: 'On',
  untitled: 'Untitled action plan',
  untitledItem: 'Untitled item',
} as const;

export function pageLabel(page: number, total: number): string {
  return `Page ${page} of ${total}`;
}
