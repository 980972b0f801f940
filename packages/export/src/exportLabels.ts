import type { ItemStatus, LogframeLevel, PlanStatus } from '@weft/model';

// The words council documents print, in every language an export can be read in. The terms
// follow the app's own (client plan and role strings), so a document reads like the screen.

/** The `lang` values of `GET /api/documents/:id/export`. */
export const EXPORT_LANGUAGES = ['en', 'nl', 'vi', 'hi'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export function isExportLanguage(value: unknown): value is ExportLanguage {
  return typeof value === 'string' && (EXPORT_LANGUAGES as readonly string[]).includes(value);
}

/** Roles as the sign-off trail records them; an unknown role prints as it is. */
type RoleName = 'facilitator' | 'editor' | 'commenter' | 'viewer';

export interface ExportLabels {
  /** BCP 47 tag for Intl dates and numbers. */
  locale: string;
  levels: Record<LogframeLevel, string>;
  statuses: Record<ItemStatus, string>;
  planStatuses: Record<PlanStatus, string>;
  roles: Record<RoleName, string>;
  fields: {
    status: string;
    lead: string;
    partner: string;
    dates: string;
    budget: string;
    sdgTargets: string;
    evidence: string;
    sourceRef: string;
    risks: string;
  };
  sections: {
    parties: string;
    version: string;
    status: string;
    signOff: string;
    noSignatures: string;
    noItems: string;
    threads: string;
    untitled: string;
    untitledItem: string;
    unknownSigner: string;
    generalComments: string;
  };
  indicatorColumns: readonly [string, string, string, string, string];
  signatureColumns: readonly [string, string, string, string, string];
  /** Where an item came from, for `whiteboard:` and `note:` source references. */
  sources: { whiteboard: string; note: string };
  /** `{label}` is the anchor, e.g. an item title. */
  threadOn: string;
  /** `{page}` and `{total}`. */
  pageOf: string;
  /** An agreed version by its number, after the "Agreed" status: `{number}`. */
  agreedVersion: string;
}

const en: ExportLabels = {
  locale: 'en-GB',
  levels: { goal: 'Goals', outcome: 'Outcomes', output: 'Outputs', activity: 'Activities' },
  statuses: {
    draft: 'Draft',
    planned: 'Planned',
    in_progress: 'In progress',
    done: 'Done',
    blocked: 'Blocked',
    dropped: 'Dropped',
  },
  planStatuses: { draft: 'Draft (not signed off)', proposed: 'Proposed for sign-off', agreed: 'Agreed' },
  roles: { facilitator: 'Facilitator', editor: 'Editor', commenter: 'Commenter', viewer: 'Viewer' },
  fields: {
    status: 'Status',
    lead: 'Lead city',
    partner: 'Partner city',
    dates: 'Dates',
    budget: 'Budget',
    sdgTargets: 'SDG targets',
    evidence: 'Evidence',
    sourceRef: 'Source',
    risks: 'Assumptions and risks',
  },
  sections: {
    parties: 'Parties',
    version: 'Version',
    status: 'Status',
    signOff: 'Sign-off',
    noSignatures: 'No signatures yet.',
    noItems: 'No items yet.',
    threads: 'Open comment threads',
    untitled: 'Untitled action plan',
    untitledItem: 'Untitled item',
    unknownSigner: 'Unknown signer',
    generalComments: 'General comments',
  },
  indicatorColumns: ['Indicator', 'Baseline', 'Target', 'Unit', 'Means of verification'],
  signatureColumns: ['City', 'Signed by', 'Role', 'Date and time (UTC)', "Signer's local time"],
  sources: { whiteboard: 'Sticky note on a whiteboard', note: 'A note' },
  threadOn: 'On “{label}”',
  pageOf: 'Page {page} of {total}',
  agreedVersion: 'version {number}',
};

const nl: ExportLabels = {
  locale: 'nl-NL',
  levels: { goal: 'Doelen', outcome: 'Resultaten', output: 'Outputs', activity: 'Activiteiten' },
  statuses: {
    draft: 'Ontwerp',
    planned: 'Gepland',
    in_progress: 'Bezig',
    done: 'Klaar',
    blocked: 'Geblokkeerd',
    dropped: 'Geschrapt',
  },
  planStatuses: {
    draft: 'Ontwerp (niet ondertekend)',
    proposed: 'Voorgelegd ter ondertekening',
    agreed: 'Goedgekeurd',
  },
  roles: { facilitator: 'Facilitator', editor: 'Redacteur', commenter: 'Commentator', viewer: 'Lezer' },
  fields: {
    status: 'Status',
    lead: 'Trekkende stad',
    partner: 'Partnerstad',
    dates: 'Data',
    budget: 'Budget',
    sdgTargets: 'SDG-subdoelen',
    evidence: 'Bewijs',
    sourceRef: 'Bron',
    risks: 'Aannames en risico’s',
  },
  sections: {
    parties: 'Partijen',
    version: 'Versie',
    status: 'Status',
    signOff: 'Ondertekening',
    noSignatures: 'Nog geen handtekeningen.',
    noItems: 'Nog geen items.',
    threads: 'Open commentaardiscussies',
    untitled: 'Naamloos actieplan',
    untitledItem: 'Naamloos item',
    unknownSigner: 'Onbekende ondertekenaar',
    generalComments: 'Algemene opmerkingen',
  },
  indicatorColumns: ['Indicator', 'Nulmeting', 'Streefwaarde', 'Eenheid', 'Verificatiebron'],
  signatureColumns: [
    'Stad',
    'Getekend door',
    'Rol',
    'Datum en tijd (UTC)',
    'Lokale tijd van de ondertekenaar',
  ],
  sources: { whiteboard: 'Sticky op een whiteboard', note: 'Een notitie' },
  threadOn: 'Bij “{label}”',
  pageOf: 'Pagina {page} van {total}',
  agreedVersion: 'versie {number}',
};

const vi: ExportLabels = {
  locale: 'vi-VN',
  levels: { goal: 'Mục tiêu', outcome: 'Kết quả', output: 'Đầu ra', activity: 'Hoạt động' },
  statuses: {
    draft: 'Nháp',
    planned: 'Đã lên kế hoạch',
    in_progress: 'Đang thực hiện',
    done: 'Hoàn thành',
    blocked: 'Bị chặn',
    dropped: 'Đã hủy',
  },
  planStatuses: { draft: 'Bản nháp (chưa ký)', proposed: 'Đã đề xuất để ký', agreed: 'Đã thống nhất' },
  roles: {
    facilitator: 'Điều phối viên',
    editor: 'Người biên tập',
    commenter: 'Người bình luận',
    viewer: 'Người xem',
  },
  fields: {
    status: 'Trạng thái',
    lead: 'Thành phố chủ trì',
    partner: 'Thành phố đối tác',
    dates: 'Thời gian',
    budget: 'Ngân sách',
    sdgTargets: 'Chỉ tiêu SDG',
    evidence: 'Minh chứng',
    sourceRef: 'Nguồn',
    risks: 'Giả định và rủi ro',
  },
  sections: {
    parties: 'Các bên',
    version: 'Phiên bản',
    status: 'Trạng thái',
    signOff: 'Ký duyệt',
    noSignatures: 'Chưa có chữ ký nào.',
    noItems: 'Chưa có mục nào.',
    threads: 'Các chuỗi bình luận đang mở',
    untitled: 'Kế hoạch hành động chưa đặt tên',
    untitledItem: 'Mục chưa đặt tên',
    unknownSigner: 'Người ký không xác định',
    generalComments: 'Bình luận chung',
  },
  indicatorColumns: ['Chỉ số', 'Giá trị ban đầu', 'Mục tiêu', 'Đơn vị', 'Phương tiện kiểm chứng'],
  signatureColumns: ['Thành phố', 'Người ký', 'Vai trò', 'Ngày giờ (UTC)', 'Giờ địa phương của người ký'],
  sources: { whiteboard: 'Ghi chú dán trên bảng trắng', note: 'Một ghi chú' },
  threadOn: 'Về “{label}”',
  pageOf: 'Trang {page} / {total}',
  agreedVersion: 'phiên bản {number}',
};

const hi: ExportLabels = {
  locale: 'hi-IN',
  levels: { goal: 'लक्ष्य', outcome: 'परिणाम', output: 'आउटपुट', activity: 'गतिविधियाँ' },
  statuses: {
    draft: 'मसौदा',
    planned: 'नियोजित',
    in_progress: 'प्रगति पर',
    done: 'पूर्ण',
    blocked: 'अवरुद्ध',
    dropped: 'रद्द',
  },
  planStatuses: {
    draft: 'मसौदा (हस्ताक्षर नहीं हुए)',
    proposed: 'हस्ताक्षर के लिए प्रस्तावित',
    agreed: 'सहमत',
  },
  roles: { facilitator: 'सूत्रधार', editor: 'संपादक', commenter: 'टिप्पणीकार', viewer: 'दर्शक' },
  fields: {
    status: 'स्थिति',
    lead: 'प्रमुख शहर',
    partner: 'साझेदार शहर',
    dates: 'तिथियाँ',
    budget: 'बजट',
    sdgTargets: 'SDG लक्ष्य',
    evidence: 'साक्ष्य',
    sourceRef: 'स्रोत',
    risks: 'मान्यताएँ और जोखिम',
  },
  sections: {
    parties: 'पक्ष',
    version: 'संस्करण',
    status: 'स्थिति',
    signOff: 'हस्ताक्षर',
    noSignatures: 'अभी तक कोई हस्ताक्षर नहीं।',
    noItems: 'अभी तक कोई मद नहीं।',
    threads: 'खुली टिप्पणी चर्चाएँ',
    untitled: 'बिना शीर्षक की कार्य योजना',
    untitledItem: 'बिना शीर्षक की मद',
    unknownSigner: 'अज्ञात हस्ताक्षरकर्ता',
    generalComments: 'सामान्य टिप्पणियाँ',
  },
  indicatorColumns: ['संकेतक', 'आधार रेखा', 'लक्ष्य', 'इकाई', 'सत्यापन का साधन'],
  signatureColumns: ['शहर', 'हस्ताक्षरकर्ता', 'भूमिका', 'तिथि और समय (UTC)', 'हस्ताक्षरकर्ता का स्थानीय समय'],
  sources: { whiteboard: 'व्हाइटबोर्ड पर स्टिकी नोट', note: 'एक नोट' },
  threadOn: '“{label}” पर',
  pageOf: 'पृष्ठ {page} / {total}',
  agreedVersion: 'संस्करण {number}',
};

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = { en, nl, vi, hi };

export function exportLabels(lang: ExportLanguage = 'en'): ExportLabels {
  return EXPORT_LABELS[lang];
}

export function roleLabel(labels: ExportLabels, role: string): string {
  return role in labels.roles ? labels.roles[role as RoleName] : role;
}

export function pageLabel(labels: ExportLabels, page: number, total: number): string {
  return labels.pageOf.replace('{page}', String(page)).replace('{total}', String(total));
}
