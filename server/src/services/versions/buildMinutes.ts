import type { PlanBlock, PlanDocument } from '@weft/export';

/** Minutes as plan blocks; the export labels are added when a PDF or DOCX is made (lazily loaded). */
export type MinutesDocument = Omit<PlanDocument, 'labels'>;

import type { AgendaItem } from '@weft/protocol';

export const MINUTES_LANGUAGES = ['en', 'nl', 'vi'] as const;
export type MinutesLanguage = (typeof MINUTES_LANGUAGES)[number];

const LABELS: Record<MinutesLanguage, Record<string, string>> = {
  en: {
    minutes: 'Minutes',
    when: 'When (UTC)',
    ended: 'Ended (UTC)',
    agenda: 'Agenda',
    noAgenda: 'No agenda.',
    attended: 'Attended',
    nobody: 'Nobody was recorded on the session page.',
    joined: 'Joined',
    left: 'Left',
    untilEnd: 'until the end',
    notes: 'Notes as recorded at the end',
    noNotes: 'No linked notes.',
    actions: 'Action items created or changed during the session',
    noActions: 'No action items were created or changed.',
    created: 'Created',
    changed: 'Changed',
    signOffs: 'Sign-offs made in the session',
    noSignOffs: 'No sign-offs.',
    signed: '{{name}} signed for {{city}} at {{at}} UTC',
    agreed: '{{plan}}: {{version}} agreed at {{at}} UTC',
    minutesCount: '{{count}} min',
  },
  nl: {
    minutes: 'Notulen',
    when: 'Wanneer (UTC)',
    ended: 'Afgesloten (UTC)',
    agenda: 'Agenda',
    noAgenda: 'Geen agenda.',
    attended: 'Aanwezig',
    nobody: 'Niemand werd op de sessiepagina geregistreerd.',
    joined: 'Binnen',
    left: 'Weg',
    untilEnd: 'tot het einde',
    notes: 'Notities zoals bewaard bij het afsluiten',
    noNotes: 'Geen gekoppelde notities.',
    actions: 'Acties aangemaakt of gewijzigd tijdens de sessie',
    noActions: 'Er werden geen acties aangemaakt of gewijzigd.',
    created: 'Aangemaakt',
    changed: 'Gewijzigd',
    signOffs: 'Goedkeuringen tijdens de sessie',
    noSignOffs: 'Geen goedkeuringen.',
    signed: '{{name}} tekende voor {{city}} om {{at}} UTC',
    agreed: '{{plan}}: {{version}} goedgekeurd om {{at}} UTC',
    minutesCount: '{{count}} min',
  },
  vi: {
    minutes: 'Biên bản họp',
    when: 'Thời gian (UTC)',
    ended: 'Kết thúc (UTC)',
    agenda: 'Chương trình',
    noAgenda: 'Không có chương trình.',
    attended: 'Người tham dự',
    nobody: 'Không ai được ghi nhận trên trang phiên.',
    joined: 'Vào',
    left: 'Rời',
    untilEnd: 'đến cuối phiên',
    notes: 'Ghi chép lúc kết thúc phiên',
    noNotes: 'Không có ghi chép liên kết.',
    actions: 'Hành động được tạo hoặc thay đổi trong phiên',
    noActions: 'Không có hành động nào được tạo hoặc thay đổi.',
    created: 'Tạo mới',
    changed: 'Thay đổi',
    signOffs: 'Phê duyệt trong phiên',
    noSignOffs: 'Không có phê duyệt.',
    signed: '{{name}} ký cho {{city}} lúc {{at}} UTC',
    agreed: '{{plan}}: {{version}} được thống nhất lúc {{at}} UTC',
    minutesCount: '{{count}} phút',
  },
};

export interface MinutesInput {
  language: MinutesLanguage;
  title: string;
  startsAt: number;
  durationMinutes: number;
  endedAt: number;
  agenda: readonly AgendaItem[];
  attendance: readonly { name: string; joinedAt: number; leftAt: number | null }[];
  /** Each linked note as recorded at the end: its title and its Markdown lines. */
  notes: readonly { title: string; lines: readonly string[] }[];
  actions: readonly { plan: string; created: readonly string[]; changed: readonly string[] }[];
  signatures: readonly { plan: string; name: string; city: string; at: string }[];
  agreements: readonly { plan: string; version: string; at: string }[];
}

const utc = (ms: number | string) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** The minutes of an ended exchange session as blocks, for Markdown, PDF and DOCX alike. */
export function buildMinutes(input: MinutesInput): MinutesDocument {
  const l = LABELS[input.language];
  const say = (key: string, vars: Record<string, string | number> = {}) =>
    (l[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
  const blocks: PlanBlock[] = [
    { type: 'title', text: `${say('minutes')}: ${input.title}` },
    {
      type: 'fields',
      rows: [
        {
          label: say('when'),
          value: `${utc(input.startsAt)} · ${say('minutesCount', { count: input.durationMinutes })}`,
        },
        { label: say('ended'), value: utc(input.endedAt) },
      ],
    },
    { type: 'heading', level: 2, text: say('agenda') },
  ];
  if (input.agenda.length === 0) blocks.push({ type: 'paragraph', text: say('noAgenda') });
  input.agenda.forEach((a, i) => {
    blocks.push({
      type: 'paragraph',
      text: `${i + 1}. ${a.title} (${say('minutesCount', { count: a.minutes })}${a.owner ? `, ${a.owner}` : ''})`,
    });
  });
  blocks.push({ type: 'heading', level: 2, text: say('attended') });
  if (input.attendance.length === 0) blocks.push({ type: 'paragraph', text: say('nobody') });
  else
    blocks.push({
      type: 'table',
      header: ['', say('joined'), say('left')],
      rows: input.attendance.map((a) => [
        a.name,
        utc(a.joinedAt),
        a.leftAt === null ? say('untilEnd') : utc(a.leftAt),
      ]),
    });
  blocks.push({ type: 'heading', level: 2, text: say('notes') });
  if (input.notes.length === 0) blocks.push({ type: 'paragraph', text: say('noNotes') });
  for (const note of input.notes) {
    blocks.push({ type: 'heading', level: 3, text: note.title });
    for (const line of note.lines) if (line.trim()) blocks.push({ type: 'paragraph', text: line });
  }
  blocks.push({ type: 'heading', level: 2, text: say('actions') });
  const actions = input.actions.filter((a) => a.created.length + a.changed.length > 0);
  if (actions.length === 0) blocks.push({ type: 'paragraph', text: say('noActions') });
  for (const a of actions) {
    blocks.push({ type: 'heading', level: 3, text: a.plan });
    for (const title of a.created) blocks.push({ type: 'paragraph', text: `${say('created')}: ${title}` });
    for (const title of a.changed) blocks.push({ type: 'paragraph', text: `${say('changed')}: ${title}` });
  }
  blocks.push({ type: 'heading', level: 2, text: say('signOffs') });
  if (input.signatures.length + input.agreements.length === 0)
    blocks.push({ type: 'paragraph', text: say('noSignOffs') });
  for (const s of input.signatures)
    blocks.push({
      type: 'paragraph',
      text: `${s.plan}: ${say('signed', { name: s.name, city: s.city, at: utc(s.at) })}`,
    });
  for (const a of input.agreements)
    blocks.push({
      type: 'paragraph',
      text: say('agreed', { plan: a.plan, version: a.version, at: utc(a.at) }),
    });
  return {
    title: `${say('minutes')}: ${input.title}`,
    running: `${input.title} · ${utc(input.endedAt)} UTC`,
    blocks,
  };
}

/** The same blocks as Markdown. */
export function minutesMarkdown(doc: MinutesDocument): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'title') out.push(`# ${b.text}`);
    else if (b.type === 'heading') out.push(`${'#'.repeat(b.level)} ${b.text}`);
    else if (b.type === 'paragraph' || b.type === 'note') out.push(b.text);
    else if (b.type === 'fields') out.push(b.rows.map((r) => `- **${r.label}:** ${r.value}`).join('\n'));
    else {
      const row = (cells: readonly string[]) =>
        `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
      out.push([row(b.header), row(b.header.map(() => '---')), ...b.rows.map(row)].join('\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}
