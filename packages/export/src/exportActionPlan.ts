import { exportActionPlanCsv } from './exportActionPlanCsv.ts';
import { exportActionPlanMarkdown } from './exportMarkdown.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';

/** The `format` values of `GET /api/documents/:id/export`. */
export const ExportFormat = { pdf: 'pdf', docx: 'docx', md: 'md', csv: 'csv', json: 'json' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];
export const EXPORT_FORMATS: readonly ExportFormat[] = Object.values(ExportFormat);

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportedFile {
  body: Uint8Array;
  contentType: string;
  /** A safe download name such as `hop-tac-det-may-v2.pdf`. */
  fileName: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** ASCII slug for Content-Disposition: accents dropped, other scripts left out. */
export function exportFileName(title: string, version: string, format: ExportFormat): string {
  const slug = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '');
  const base = slug(title) || 'action-plan';
  const suffix = slug(version);
  return `${base}${suffix ? `-v${suffix}` : ''}.${format}`;
}

/** One entry point for the export route: the file body, its media type and a download name. */
export async function exportActionPlan(
  format: ExportFormat,
  input: ActionPlanExportInput,
): Promise<ExportedFile> {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  let body: Uint8Array;
  switch (format) {
    // Loaded on first use, so a process that only writes Markdown or CSV never loads pdfkit,
    // fontkit, docx or the fonts (the server keeps those in its export workers).
    case 'pdf':
      body = await (await import('./exportActionPlanPdf.ts')).exportActionPlanPdf(input);
      break;
    case 'docx':
      body = await (await import('./exportActionPlanDocx.ts')).exportActionPlanDocx(input);
      break;
    case 'md':
      body = encode(exportActionPlanMarkdown(input));
      break;
    case 'csv':
      body = encode(exportActionPlanCsv(input.plan));
      break;
    case 'json':
      body = encode(`${JSON.stringify({ plan: input.plan, signOff: input.signOff ?? null }, null, 2)}\n`);
      break;
  }
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: exportFileName(input.plan.meta.title, input.plan.meta.version, format),
  };
}
