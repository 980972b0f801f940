import { useTranslation } from '../i18n/I18nProvider.tsx';
import type { UiLanguage } from '../i18n/languages.ts';
import type { LocaleStrings } from '../i18n/locales/en.ts';
import { type TranslateVars, translate } from '../i18n/translate.ts';

// The Files list and the alt-text dialog load with the workspace page or on demand, never with a
// note, so their strings (all languages, a few hundred bytes) stay out of the notes route.
const en = {
  altTitle: 'Describe the image',
  altHint: 'A short description helps people who cannot see the image, and shows while it cannot load.',
  altLabel: 'Description of {{name}}',
  pastedImage: 'the pasted image',
  insert: 'Insert',
  sectionTitle: 'Files',
  sectionIntro: 'Photos, tenders and spreadsheets shared in this workspace.',
  upload: 'Upload a file',
  uploadingFile: 'Uploading {{name}}…',
  empty: 'No files yet.',
  details: '{{size}} · {{date}}',
  delete: 'Delete',
  deleteLabel: 'Delete {{name}}',
  confirmDelete: 'Delete {{name}}? Notes and boards that show it will no longer be able to.',
  attach: 'Attach a file',
  attachments: 'Attachments',
  removeAttachment: 'Remove {{name}}',
};

export type FilesStringKey = keyof typeof en;
type FilesStrings = Record<FilesStringKey, string>;

const STRINGS: Record<UiLanguage, FilesStrings> = {
  en,
  nl: {
    altTitle: 'Beschrijf de afbeelding',
    altHint:
      'Een korte beschrijving helpt wie de afbeelding niet kan zien, en verschijnt zolang ze niet laadt.',
    altLabel: 'Beschrijving van {{name}}',
    pastedImage: 'de geplakte afbeelding',
    insert: 'Invoegen',
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
  },
  vi: {
    altTitle: 'Mô tả hình ảnh',
    altHint: 'Một mô tả ngắn giúp người không nhìn thấy hình ảnh, và hiện ra khi hình chưa tải được.',
    altLabel: 'Mô tả cho {{name}}',
    pastedImage: 'hình ảnh đã dán',
    insert: 'Chèn',
    sectionTitle: 'Tệp',
    sectionIntro: 'Ảnh, hồ sơ mời thầu và bảng tính được chia sẻ trong không gian làm việc này.',
    upload: 'Tải tệp lên',
    uploadingFile: 'Đang tải lên {{name}}…',
    empty: 'Chưa có tệp nào.',
    details: '{{size}} · {{date}}',
    delete: 'Xóa',
    deleteLabel: 'Xóa {{name}}',
    confirmDelete:
      'Xóa {{name}}? Các ghi chú và bảng trắng đang hiển thị tệp này sẽ không hiển thị được nữa.',
    attach: 'Đính kèm tệp',
    attachments: 'Tệp đính kèm',
    removeAttachment: 'Bỏ {{name}}',
  },
};

/** Translates the files strings into the UI language. */
export function useFilesT(): (key: FilesStringKey, vars?: TranslateVars) => string {
  const { i18n } = useTranslation();
  const strings = { files: STRINGS[i18n.language] } as unknown as LocaleStrings;
  const fallback = { files: en } as unknown as LocaleStrings;
  return (key, vars) => translate(strings, fallback, `files.${key}`, vars);
}
