import type { Translation } from '../../i18n/Translation.ts';
import type { HistoryStrings } from './en.ts';

export const historyHi: Translation<HistoryStrings> = {
  title: 'संस्करण इतिहास',
  close: 'इतिहास बंद करें',
  loading: 'संस्करण लोड हो रहे हैं…',
  none: 'अभी कोई संस्करण नहीं है।',
  nameLabel: 'इस संस्करण को नाम दें',
  namePlaceholder: 'उदा. सत्र 3 से पहले की कार्यसूची',
  save: 'संस्करण सहेजें',
  saved: 'संस्करण “{{name}}” सहेजा गया।',
  kind: {
    named: 'नामित',
    auto: 'स्वचालित',
    session: 'सत्र का रिकॉर्ड',
    agreed: 'सहमत',
  },
  by: '{{name}} द्वारा',
  byServer: 'स्वचालित रूप से सहेजा गया',
  preview: 'पूर्वावलोकन',
  closePreview: 'लाइव दस्तावेज़ पर वापस जाएँ',
  previewTitle: '“{{name}}” का पूर्वावलोकन (केवल पढ़ने के लिए)',
  diffLegend: 'अभी की तुलना में: हटाया गया पाठ कटा हुआ है, जोड़ा गया पाठ रेखांकित है।',
  noChanges: 'अभी जैसा ही।',
  export: 'निर्यात',
  exportAs: '“{{name}}” को {{format}} के रूप में निर्यात करें',
  restore: 'पुनर्स्थापित करें',
  confirmRestore:
    '“{{name}}” पुनर्स्थापित करें? सभी को दस्तावेज़ तुरंत बदलता दिखेगा; मौजूदा सामग्री पहले एक संस्करण के रूप में सहेज ली जाती है।',
  confirm: 'हाँ, पुनर्स्थापित करें',
  cancel: 'रद्द करें',
  restored: '“{{name}}” पुनर्स्थापित किया गया। पहले की सामग्री “{{kept}}” के रूप में सहेजी गई है।',
  failed: 'यह नहीं हो सका: {{message}}',
};
