import type { Translation } from '../../i18n/Translation.ts';
import type { HistoryStrings } from './en.ts';

export const historyNl: Translation<HistoryStrings> = {
  title: 'Versiegeschiedenis',
  close: 'Geschiedenis sluiten',
  loading: 'Versies laden…',
  none: 'Nog geen versies.',
  nameLabel: 'Deze versie een naam geven',
  namePlaceholder: 'bv. Agenda voor sessie 3',
  save: 'Versie bewaren',
  saved: 'Versie “{{name}}” bewaard.',
  kind: {
    named: 'Benoemd',
    auto: 'Automatisch',
    session: 'Sessieverslag',
    agreed: 'Goedgekeurd',
  },
  by: 'door {{name}}',
  byServer: 'automatisch bewaard',
  preview: 'Bekijken',
  closePreview: 'Terug naar het live document',
  previewTitle: 'Voorbeeld van “{{name}}” (alleen lezen)',
  diffLegend: 'Vergeleken met nu: verwijderde tekst is doorgestreept, toegevoegde tekst onderstreept.',
  noChanges: 'Gelijk aan nu.',
  export: 'Exporteren',
  exportAs: '“{{name}}” exporteren als {{format}}',
  restore: 'Terugzetten',
  confirmRestore:
    '“{{name}}” terugzetten? Iedereen ziet het document nu veranderen; de huidige inhoud wordt eerst als versie bewaard.',
  confirm: 'Ja, terugzetten',
  cancel: 'Annuleren',
  restored: '“{{name}}” teruggezet. De inhoud van daarvoor is bewaard als “{{kept}}”.',
  failed: 'Dat lukte niet: {{message}}',
};
