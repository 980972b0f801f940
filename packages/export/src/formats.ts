// The export formats and their file names, without any exporter: the server imports this entry
// (`@weft/export/formats`) so that pdfkit, fontkit, docx and the CSV libraries stay out of its heap.
import type { PlanDocument } from './buildPlanDocument.ts';
import type { ExportLanguage } from './exportLabels.ts';

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

export const CONTENT_TYPES: Record<ExportFormat, string> = {
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

export type { ActionPlanExportInput, CommentMessageExport, CommentThreadExport } from './exportTypes.ts';

/**
 * A document already laid out as blocks (e.g. session minutes), without its labels: they are
 * looked up by `lang` where it is rendered, so the task stays plain data for a worker thread.
 */
export interface DocumentExportInput {
  document: Omit<PlanDocument, 'labels'>;
  lang: ExportLanguage;
}
