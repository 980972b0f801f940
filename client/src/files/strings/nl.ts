import type { Translation } from '../../i18n/Translation.ts';
import type { FilesStrings } from './en.ts';

export const filesNl: Translation<FilesStrings> = {
  sectionTitle: 'Bestanden',
  sectionIntro: "Foto's, aanbestedingen en spreadsheets die in deze werkruimte gedeeld zijn.",
  upload: 'Bestand uploaden',
  uploadingFile: '{{name}} wordt geüpload…',
  empty: 'Nog geen bestanden.',
  details: '{{size}} · {{date}}',
  delete: 'Verwijderen',
  deleteLabel: '{{name}} verwijderen',
  confirmDelete: '{{name}} verwijderen? Notities en borden die het tonen, kunnen dat dan niet meer.',
  attach: 'Bestand bijvoegen',
  attachments: 'Bijlagen',
  removeAttachment: '{{name}} weghalen',
  // The image description dialog (notes and boards).
  altHint:
    'Een korte beschrijving helpt wie de afbeelding niet kan zien, en verschijnt zolang ze niet laadt.',
  altTitle: 'Beschrijf de afbeelding',
  altLabel: 'Beschrijving van {{name}}',
  pastedImage: 'de geplakte afbeelding',
  insert: 'Invoegen',
};
