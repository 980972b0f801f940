import { type ExportedFile, type ExportFormat, exportActionPlan } from './exportActionPlan.ts';
import { exportLabels } from './exportLabels.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';
import type { DocumentExportInput } from './formats.ts';

/** An action plan to export in `format`, or a laid-out document (minutes) to render as PDF or DOCX. */
export type ExportTask =
  | { format: ExportFormat; input: ActionPlanExportInput }
  | { format: 'pdf' | 'docx'; document: DocumentExportInput };

/**
 * The body of one export in a worker thread (piscina calls the default export). The worker
 * stays warm between tasks, so fonts, parsed font tables and layout caches are reused. A document
 * task answers with the file's bytes only: its name and type are the caller's.
 */
export default async function runExportTask(task: ExportTask): Promise<ExportedFile | Uint8Array> {
  if ('input' in task) return exportActionPlan(task.format, task.input);
  const document = { ...task.document.document, labels: exportLabels(task.document.lang) };
  if (task.format === 'pdf') {
    return (await import('./exportActionPlanPdf.ts')).exportDocumentPdf(document);
  }
  return (await import('./exportActionPlanDocx.ts')).exportDocumentDocx(document);
}
