import type { Translation } from '../../i18n/Translation.ts';
import type { FilesStrings } from './en.ts';

export const filesHi: Translation<FilesStrings> = {
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
  // The image description dialog (notes and boards).
  altTitle: 'छवि का वर्णन करें',
  altHint: 'एक छोटा विवरण उन लोगों की मदद करता है जो छवि नहीं देख सकते, और छवि लोड न होने तक दिखाई देता है।',
  altLabel: '{{name}} का विवरण',
  pastedImage: 'चिपकाई गई छवि',
  insert: 'डालें',
};
