/** English strings of the version history panel: the reference the other languages match. */
export const historyEn = {
  title: 'Version history',
  close: 'Close history',
  loading: 'Loading versions…',
  none: 'No versions yet.',
  nameLabel: 'Name this version',
  namePlaceholder: 'e.g. Agenda before session 3',
  save: 'Save version',
  saved: 'Version “{{name}}” saved.',
  kind: {
    named: 'Named',
    auto: 'Automatic',
    session: 'Session record',
    agreed: 'Agreed',
  },
  by: 'by {{name}}',
  byServer: 'saved automatically',
  preview: 'Preview',
  closePreview: 'Back to the live document',
  previewTitle: 'Preview of “{{name}}” (read-only)',
  diffLegend: 'Compared with now: removed text is struck through, added text is underlined.',
  noChanges: 'Same as now.',
  export: 'Export',
  exportAs: 'Export “{{name}}” as {{format}}',
  restore: 'Restore',
  confirmRestore:
    'Restore “{{name}}”? Everyone sees the document change now; the current content is kept as a version first.',
  confirm: 'Yes, restore',
  cancel: 'Cancel',
  restored: 'Restored “{{name}}”. The content before is kept as “{{kept}}”.',
  failed: 'That did not work: {{message}}',
};

export type HistoryStrings = typeof historyEn;
