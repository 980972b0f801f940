export const DocumentType = {
  note: 'note',
  actionPlan: 'actionPlan',
  whiteboard: 'whiteboard',
} as const;
export type DocumentType = (typeof DocumentType)[keyof typeof DocumentType];
