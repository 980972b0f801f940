import type { PlanDocument } from './buildPlanDocument.ts';

export { buildPlanDocument, type FieldRow, type PlanBlock, type PlanDocument } from './buildPlanDocument.ts';
export { CSV_HEADER } from './csvColumns.ts';
export {
  EXPORT_FORMATS,
  type ExportedFile,
  ExportFormat,
  exportActionPlan,
  exportFileName,
  isExportFormat,
} from './exportActionPlan.ts';
export { type CsvExportOptions, exportActionPlanCsv } from './exportActionPlanCsv.ts';
export {
  EXPORT_LABELS,
  EXPORT_LANGUAGES,
  type ExportLabels,
  type ExportLanguage,
  exportLabels,
  isExportLanguage,
} from './exportLabels.ts';
export { escapeMarkdown, exportActionPlanMarkdown } from './exportMarkdown.ts';
export type { ActionPlanExportInput, CommentMessageExport, CommentThreadExport } from './exportTypes.ts';
export {
  type CsvImportError,
  type CsvImportOptions,
  type CsvImportResult,
  importActionPlanCsv,
} from './importActionPlanCsv.ts';

// Loaded on first use, like the plan exporters: importing this entry (e.g. for CSV) must not pull
// pdfkit, fontkit or docx into the caller's heap.
export async function exportDocumentDocx(doc: PlanDocument): Promise<Uint8Array> {
  return (await import('./exportActionPlanDocx.ts')).exportDocumentDocx(doc);
}

export async function exportDocumentPdf(doc: PlanDocument): Promise<Uint8Array> {
  return (await import('./exportActionPlanPdf.ts')).exportDocumentPdf(doc);
}
