import { useTranslation } from '../i18n/I18nProvider.tsx';
import type { UiLanguage } from '../i18n/languages.ts';
import type { LocaleStrings } from '../i18n/locales/en.ts';
import { type TranslateVars, translate } from '../i18n/translate.ts';

// The Files list loads with the workspace page, never with a note, so its strings (all languages,
// a few hundred bytes) stay out of the notes route.
const en = {
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
  hi: {
    sectionTitle: 'फ़ाइलें',
    sectionIntro: 'इस कार्यक्षेत्र में साझा की गई तस्वीरें, निविदाएँ और स्प्रेडशीट।',
    upload: 'फ़ाइल अपलोड करें',
    uploadingFile: '{{name}} अपलोड हो रही है…',
    empty: 'अभी कोई फ़ाइल नहीं है।',
    details: '{{size}} · {{date}}',
    delete: 'हटाएँ',
    deleteLabel: '{{name}} हटाएँ',
    confirmDelete: '{{name}} हटाएँ? जिन नोट्स और बोर्ड में यह दिखती है, वे इसे फिर नहीं दिखा पाएँगे।',
    attach: 'फ़ाइल संलग्न करें',
    attachments: 'संलग्नक',
    removeAttachment: '{{name}} हटाएँ',
  },
};

/** Translates the files strings into the UI language. */
export function useFilesT(): (key: FilesStringKey, vars?: TranslateVars) => string {
  const { i18n } = useTranslation();
  const strings = { files: STRINGS[i18n.language] } as unknown as LocaleStrings;
  const fallback = { files: en } as unknown as LocaleStrings;
  return (key, vars) => translate(strings, fallback, `files.${key}`, vars);
}
