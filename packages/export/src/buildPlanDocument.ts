import { type ActionPlanItem, LOGFRAME_LEVELS } from '@weft/model';
import { type ExportLabels, exportLabels, roleLabel } from './exportLabels.ts';
import type { ActionPlanExportInput, CommentThreadExport } from './exportTypes.ts';
import { formatDay, formatInCity, formatMoney, formatUtc } from './formatInstant.ts';

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
  /** The words of the document's language (footers use `pageOf`). */
  labels: ExportLabels;
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

/** A `whiteboard:` or `note:` reference is named by what it is; ids mean nothing on paper. */
function sourceText(ref: string, labels: ExportLabels): string {
  const kind = /^(whiteboard|note):/.exec(ref.trim())?.[1];
  if (kind === 'whiteboard') return labels.sources.whiteboard;
  if (kind === 'note') return labels.sources.note;
  return ref;
}

/** The server names versions "Agreed v2 — 2026-05-04"; that reads as "version 2" in the reader's language. */
function versionText(name: string, labels: ExportLabels): string {
  const number = /^Agreed v(\d+)(?: — \d{4}-\d{2}-\d{2})?$/.exec(name)?.[1];
  return number ? labels.agreedVersion.replace('{number}', number) : name;
}

function threadHeading(thread: CommentThreadExport, labels: ExportLabels): string {
  const label = thread.anchorLabel.trim();
  if (label) return labels.threadOn.replace('{label}', label);
  if (thread.anchorKind === 'general') return labels.sections.generalComments;
  return labels.threadOn.replace('{label}', labels.sections.untitledItem);
}

function itemRows(item: ActionPlanItem, labels: ExportLabels): FieldRow[] {
  const { fields, locale } = labels;
  const day = (date: string | null): string => (date ? formatDay(date, locale) : '…');
  const dates = item.startDate || item.dueDate ? `${day(item.startDate)} – ${day(item.dueDate)}` : '';
  const budget =
    item.budget.amount === null
      ? item.budget.fundingSource
      : joinNonEmpty(
          [formatMoney(item.budget.amount, item.budget.currency, locale), item.budget.fundingSource],
          ' — ',
        );
  const rows: FieldRow[] = [
    { label: fields.status, value: labels.statuses[item.status] },
    {
      label: fields.lead,
      value: side(item.leadCity, item.leadResponsible.unit, item.leadResponsible.person),
    },
    {
      label: fields.partner,
      value: side(item.partnerCity, item.partnerResponsible.unit, item.partnerResponsible.person),
    },
    { label: fields.dates, value: dates },
    { label: fields.budget, value: budget },
    { label: fields.sdgTargets, value: item.sdgTargets.join(', ') },
    { label: fields.evidence, value: item.evidence.map(evidenceText).join('\n') },
    { label: fields.sourceRef, value: item.sourceRef ? sourceText(item.sourceRef, labels) : '' },
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

function itemBlocks(item: ActionPlanItem, number: string, labels: ExportLabels): PlanBlock[] {
  const blocks: PlanBlock[] = [
    {
      type: 'heading',
      level: 3,
      text: nfc(`${number} ${item.title.trim() || labels.sections.untitledItem}`),
    },
  ];
  if (item.description.trim()) blocks.push({ type: 'paragraph', text: nfc(item.description) });
  blocks.push({ type: 'fields', rows: itemRows(item, labels) });
  if (item.risks.trim()) {
    blocks.push({ type: 'fields', rows: [{ label: labels.fields.risks, value: nfc(item.risks) }] });
  }
  if (item.indicators.length > 0) {
    blocks.push({
      type: 'table',
      header: labels.indicatorColumns,
      rows: item.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.verification].map(nfc)),
    });
  }
  return blocks;
}

export function buildPlanDocument(input: ActionPlanExportInput): PlanDocument {
  const { plan, signOff, threads = [] } = input;
  const labels = exportLabels(input.lang);
  const { sections, locale } = labels;
  const title = nfc(plan.meta.title.trim() || sections.untitled);
  const status = signOff?.status ?? 'draft';
  const statusText =
    status === 'agreed' && signOff?.versionName
      ? `${labels.planStatuses.agreed} — ${versionText(signOff.versionName, labels)}${signOff.agreedAt ? `, ${formatUtc(signOff.agreedAt, locale)}` : ''}`
      : labels.planStatuses[status];
  const blocks: PlanBlock[] = [
    { type: 'title', text: title },
    {
      type: 'fields',
      rows: [
        { label: sections.parties, value: nfc(plan.meta.parties.join(', ')) },
        { label: sections.version, value: nfc(plan.meta.version) },
        { label: sections.status, value: nfc(statusText) },
      ].filter((row) => row.value.length > 0),
    },
    { type: 'heading', level: 2, text: sections.signOff },
  ];
  const signatures = signOff?.signatures ?? [];
  if (signatures.length === 0) blocks.push({ type: 'note', text: sections.noSignatures });
  else {
    blocks.push({
      type: 'table',
      header: labels.signatureColumns,
      rows: signatures.map((s) =>
        [
          s.city,
          s.displayName ?? sections.unknownSigner,
          roleLabel(labels, s.role),
          formatUtc(s.at, locale),
          formatInCity(s.at, s.timeZone, s.city, locale),
        ].map(nfc),
      ),
    });
  }

  if (plan.items.length === 0) blocks.push({ type: 'note', text: sections.noItems });
  LOGFRAME_LEVELS.forEach((level, levelIndex) => {
    const items = plan.items.filter((item) => item.level === level);
    if (items.length === 0) return;
    blocks.push({ type: 'heading', level: 2, text: labels.levels[level] });
    items.forEach((item, i) => {
      blocks.push(...itemBlocks(item, `${levelIndex + 1}.${i + 1}`, labels));
    });
  });

  const open = threads.filter((thread) => thread.messages.length > 0);
  if (open.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: sections.threads });
    for (const thread of open) {
      blocks.push({
        type: 'heading',
        level: 3,
        text: nfc(threadHeading(thread, labels)),
      });
      blocks.push({
        type: 'fields',
        rows: thread.messages.map((m) => ({
          label: nfc(`${m.author}, ${formatUtc(m.at, locale)}`),
          value: nfc(m.body),
        })),
      });
    }
  }
  const running = nfc(
    joinNonEmpty([title, plan.meta.version ? `${sections.version} ${plan.meta.version}` : ''], ' · '),
  );
  return { title, running, blocks, labels };
}
