import { type ActionPlanItem, LOGFRAME_LEVELS } from '@weft/model';
import {
  FIELD_LABELS,
  LEVEL_HEADINGS,
  PLAN_STATUS_LABELS,
  SECTION_LABELS,
  STATUS_LABELS,
} from './exportLabels.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';
import { formatInZone, formatUtc } from './formatInstant.ts';

export interface FieldRow {
  label: string;
  value: string;
}

/** Format-neutral content of a council document; Markdown, DOCX and PDF each render these. */
export type PlanBlock =
  | { type: 'title'; text: string }
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; rows: FieldRow[] }
  | { type: 'table'; header: readonly string[]; rows: string[][] }
  | { type: 'note'; text: string };

export interface PlanDocument {
  title: string;
  /** Short line for page headers/footers. */
  running: string;
  blocks: PlanBlock[];
}

// Exports print NFC text: precomposed Vietnamese letters map to single glyphs and extract cleanly.
function nfc(text: string): string {
  return text.normalize('NFC');
}

function joinNonEmpty(parts: readonly string[], separator: string): string {
  return parts.filter((part) => part.trim().length > 0).join(separator);
}

function side(city: string, unit: string, person: string): string {
  const who = joinNonEmpty([unit, person], ', ');
  return joinNonEmpty([city, who], ' — ');
}

function formatAmount(amount: number): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: cents, maximumFractionDigits: 2 }).format(
    amount,
  );
}

function itemRows(item: ActionPlanItem): FieldRow[] {
  const dates = item.startDate || item.dueDate ? `${item.startDate ?? '…'} – ${item.dueDate ?? '…'}` : '';
  const budget =
    item.budget.amount === null
      ? item.budget.fundingSource
      : joinNonEmpty(
          [`${formatAmount(item.budget.amount)} ${item.budget.currency}`, item.budget.fundingSource],
          ' — ',
        );
  const rows: FieldRow[] = [
    { label: FIELD_LABELS.status, value: STATUS_LABELS[item.status] },
    {
      label: FIELD_LABELS.lead,
      value: side(item.leadCity, item.leadResponsible.unit, item.leadResponsible.person),
    },
    {
      label: FIELD_LABELS.partner,
      value: side(item.partnerCity, item.partnerResponsible.unit, item.partnerResponsible.person),
    },
    { label: FIELD_LABELS.dates, value: dates },
    { label: FIELD_LABELS.budget, value: budget },
    { label: FIELD_LABELS.sdgTargets, value: item.sdgTargets.join(', ') },
    { label: FIELD_LABELS.evidence, value: item.evidence.map(evidenceText).join(' ') },
    { label: FIELD_LABELS.sourceRef, value: item.sourceRef ?? '' },
    { label: FIELD_LABELS.id, value: item.id },
  ];
  return rows
    .filter((row) => row.value.length > 0)
    .map((row) => ({ label: row.label, value: nfc(row.value) }));
}

// An attached workspace file is stored as `<origin>/api/files/<id>#<name>` (client fileEvidence.ts).
const FILE_EVIDENCE = /^(https?:\/\/[^/]+\/api\/files\/[A-Za-z0-9_-]+)#(.+)$/;

/** Evidence as readers of the export see it: attached files by name, with their address. */
export function evidenceText(link: string): string {
  const m = FILE_EVIDENCE.exec(link);
  if (!m?.[1] || !m[2]) return link;
  let name = m[2];
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: the name as written.
  }
  return `${name} (${m[1]})`;
}

function itemBlocks(item: ActionPlanItem, number: string): PlanBlock[] {
  const blocks: PlanBlock[] = [
    { type: 'heading', level: 3, text: nfc(`${number} ${item.title.trim() || SECTION_LABELS.untitledItem}`) },
  ];
  if (item.description.trim()) blocks.push({ type: 'paragraph', text: nfc(item.description) });
  blocks.push({ type: 'fields', rows: itemRows(item) });
  if (item.risks.trim()) {
    blocks.push({ type: 'fields', rows: [{ label: FIELD_LABELS.risks, value: nfc(item.risks) }] });
  }
  if (item.indicators.length > 0) {
    blocks.push({
      type: 'table',
      header: SECTION_LABELS.indicators,
      rows: item.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.verification].map(nfc)),
    });
  }
  return blocks;
}

export function buildPlanDocument(input: ActionPlanExportInput): PlanDocument {
  const { plan, signOff, threads = [] } = input;
  const title = nfc(plan.meta.title.trim() || SECTION_LABELS.untitled);
  const status = signOff?.status ?? 'draft';
  const statusText =
    status === 'agreed' && signOff?.versionName
      ? `${PLAN_STATUS_LABELS.agreed} — ${signOff.versionName}${signOff.agreedAt ? `, ${formatUtc(signOff.agreedAt)}` : ''}`
      : PLAN_STATUS_LABELS[status];
  const blocks: PlanBlock[] = [
    { type: 'title', text: title },
    {
      type: 'fields',
      rows: [
        { label: SECTION_LABELS.parties, value: nfc(plan.meta.parties.join(', ')) },
        { label: SECTION_LABELS.version, value: nfc(plan.meta.version) },
        { label: SECTION_LABELS.status, value: nfc(statusText) },
      ].filter((row) => row.value.length > 0),
    },
    { type: 'heading', level: 2, text: SECTION_LABELS.signOff },
  ];
  const signatures = signOff?.signatures ?? [];
  if (signatures.length === 0) blocks.push({ type: 'note', text: SECTION_LABELS.noSignatures });
  else {
    blocks.push({
      type: 'table',
      header: SECTION_LABELS.signatureColumns,
      rows: signatures.map((s) =>
        [s.city, s.displayName ?? s.userId, s.role, formatUtc(s.at), formatInZone(s.at, s.timeZone)].map(nfc),
      ),
    });
  }

  if (plan.items.length === 0) blocks.push({ type: 'note', text: SECTION_LABELS.noItems });
  LOGFRAME_LEVELS.forEach((level, levelIndex) => {
    const items = plan.items.filter((item) => item.level === level);
    if (items.length === 0) return;
    blocks.push({ type: 'heading', level: 2, text: LEVEL_HEADINGS[level] });
    items.forEach((item, i) => {
      blocks.push(...itemBlocks(item, `${levelIndex + 1}.${i + 1}`));
    });
  });

  const open = threads.filter((thread) => thread.messages.length > 0);
  if (open.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: SECTION_LABELS.threads });
    for (const thread of open) {
      blocks.push({
        type: 'heading',
        level: 3,
        text: nfc(`${SECTION_LABELS.threadOn} “${thread.anchorLabel}”`),
      });
      blocks.push({
        type: 'fields',
        rows: thread.messages.map((m) => ({
          label: nfc(`${m.author}, ${formatUtc(m.at)}`),
          value: nfc(m.body),
        })),
      });
    }
  }
  const running = nfc(
    joinNonEmpty([title, plan.meta.version ? `${SECTION_LABELS.version} ${plan.meta.version}` : ''], ' · '),
  );
  return { title, running, blocks };
}
