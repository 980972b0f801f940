import {
  type ActionPlanItem,
  type ActionPlanSnapshot,
  defaultItemValues,
  type SignOffTrail,
} from '@weft/model';
import type { ActionPlanExportInput } from './exportTypes.ts';

// Test data shared by the export tests (golden/*.golden are their expected outputs): Vietnamese, Hindi and Dutch text, every field used,
// and cells that stress CSV quoting (commas, quotes, newlines, formula-like text).

function item(id: string, patch: Partial<ActionPlanItem>): ActionPlanItem {
  return { ...defaultItemValues(id), ...patch };
}

export const fixturePlan: ActionPlanSnapshot = {
  meta: { title: 'Hợp tác dệt may bền vững — Gent & Huế', parties: ['Ghent', 'Huế'], version: '2' },
  items: [
    item('goal-1', {
      level: 'goal',
      title: 'Hợp tác dệt may bền vững',
      description:
        'Một chuỗi giá trị dệt may tuần hoàn cho cả hai thành phố.\nसतत वस्त्र उद्योग के लिए साझा लक्ष्य।',
      leadCity: 'Ghent',
      partnerCity: 'Huế',
      status: 'planned',
      sdgTargets: ['12.5', '8.4'],
    }),
    item('act-1', {
      level: 'activity',
      title: 'Workshop "circulaire textiel", deel 1',
      description: 'Twee dagen, met bedrijven uit Gent.\n\nSecond paragraph with *stars* and | pipes.',
      leadCity: 'Ghent',
      partnerCity: 'Huế',
      leadResponsible: { unit: 'Dienst Economie', person: 'Anneleen De Smet' },
      partnerResponsible: { unit: 'Sở Công Thương', person: 'Nguyễn Thị Lan' },
      startDate: '2026-03-02',
      dueDate: '2026-03-03',
      status: 'in_progress',
      indicators: [
        {
          id: 'ind-1',
          name: 'Doanh nghiệp tham gia',
          baseline: '0',
          target: '25',
          unit: 'firms',
          verification: 'Danh sách, "attendance"',
        },
      ],
      budget: { amount: 12500.5, currency: 'EUR', fundingSource: 'EU, city budget' },
      sdgTargets: ['12.5'],
      risks: '-Low turnout if dates clash with Tết.\n=SUM(A1:A2) is not a formula',
      evidence: ['https://example.org/report.pdf', 'https://example.org/photos'],
      sourceRef: 'whiteboard:sticky-42',
    }),
    item('out-1', {
      level: 'output',
      title: 'सतत वस्त्र कार्य योजना',
      description: 'पुणे और गेंट के बीच ज्ञान का आदान-प्रदान।',
      leadCity: 'Huế',
      partnerCity: 'Ghent',
      dueDate: '2026-12-31',
      status: 'draft',
      budget: { amount: 300000000, currency: 'VND', fundingSource: '' },
    }),
  ],
};

export const fixtureSignOff: SignOffTrail = {
  status: 'agreed',
  versionName: 'Version 1',
  agreedAt: '2026-05-04T09:00:00.000Z',
  signatures: [
    {
      userId: 'u1',
      displayName: 'Anneleen De Smet',
      city: 'Ghent',
      role: 'editor',
      contentHash: 'sha256:x',
      at: '2026-05-04T08:30:00.000Z',
      timeZone: 'Europe/Brussels',
    },
    {
      userId: 'u2',
      displayName: 'Nguyễn Thị Lan',
      city: 'Huế',
      role: 'facilitator',
      contentHash: 'sha256:x',
      at: '2026-05-04T09:00:00.000Z',
      timeZone: 'Asia/Ho_Chi_Minh',
    },
  ],
};

export const fixtureInput: ActionPlanExportInput = {
  plan: fixturePlan,
  signOff: fixtureSignOff,
  threads: [
    {
      anchorLabel: 'Workshop "circulaire textiel", deel 1',
      messages: [
        { author: 'Priya Sharma', at: '2026-05-05T10:15:00.000Z', body: 'क्या हम तारीख़ बदल सकते हैं?' },
        { author: 'Trần Văn Minh', at: '2026-05-05T11:00:00.000Z', body: 'Được, tuần sau nhé.' },
      ],
    },
  ],
};
