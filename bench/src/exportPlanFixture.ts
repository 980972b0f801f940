import type { ActionPlanExportInput } from '@weft/export';
import { type ActionPlanItem, defaultItemValues, LOGFRAME_LEVELS } from '@weft/model';

// Phrases in the languages a Ghent–Huế–Pune plan is written in, so the bench shapes Vietnamese
// diacritics (ActualText for some letters) and Devanagari conjuncts as real plans do.
const VIETNAMESE = [
  'Hội thảo với các xưởng may về thiết kế tuần hoàn',
  'Thu gom và phân loại vải vụn tại khu công nghiệp Phú Bài',
  'Đào tạo cán bộ Sở Công Thương về truy xuất nguồn gốc',
];
const HINDI = [
  'सतत वस्त्र उद्योग के लिए साझा कार्य योजना',
  'पुणे और गेंट के बीच ज्ञान का आदान-प्रदान',
  'कपड़ा कचरे का पुनर्चक्रण और प्रशिक्षण कार्यक्रम',
];
const DUTCH = 'Werkbezoek aan circulaire textielbedrijven in Gent, met verslag voor de gemeenteraad.';

function item(i: number): ActionPlanItem {
  const vi = VIETNAMESE[i % VIETNAMESE.length] ?? '';
  const hi = HINDI[i % HINDI.length] ?? '';
  return {
    ...defaultItemValues(`item-${i}`),
    level: LOGFRAME_LEVELS[i % LOGFRAME_LEVELS.length] ?? 'activity',
    title: i % 2 === 0 ? `${vi} (${i})` : `${hi} (${i})`,
    description: `${vi}. ${hi}।\n${DUTCH}`,
    leadCity: i % 2 === 0 ? 'Huế' : 'Ghent',
    partnerCity: i % 2 === 0 ? 'Ghent' : 'Huế',
    leadResponsible: { unit: 'Sở Công Thương', person: 'Nguyễn Thị Lan' },
    partnerResponsible: { unit: 'Dienst Economie', person: 'Anneleen De Smet' },
    startDate: '2026-03-02',
    dueDate: '2026-12-31',
    status: 'in_progress',
    indicators: [
      {
        id: `ind-${i}`,
        name: 'Doanh nghiệp tham gia',
        baseline: '0',
        target: '25',
        unit: 'firms',
        verification: hi,
      },
    ],
    budget: { amount: 12_500 + i, currency: 'EUR', fundingSource: 'EU, city budget' },
    sdgTargets: ['12.5', '8.4'],
    risks: `Rủi ro: trùng lịch với Tết. ${hi}`,
  };
}

/** An action plan of `count` items in Vietnamese, Hindi and Dutch, as the export bench renders it. */
export function exportPlanFixture(count: number): ActionPlanExportInput {
  return {
    plan: {
      meta: { title: 'Hợp tác dệt may bền vững — Gent & Huế', parties: ['Ghent', 'Huế'], version: '3' },
      items: Array.from({ length: count }, (_, i) => item(i)),
    },
  };
}
