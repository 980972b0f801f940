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
export { exportDocumentDocx } from './exportActionPlanDocx.ts';
export { exportDocumentPdf } from './exportActionPlanPdf.ts';
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
