import { type ExportedFile, type ExportFormat, exportActionPlan } from './exportActionPlan.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';

export interface ExportTask {
  format: ExportFormat;
  input: ActionPlanExportInput;
}

/**
 * The body of one export in a worker thread (piscina calls the default export). The worker
 * stays warm between tasks, so fonts, parsed font tables and layout caches are reused.
 */
export default function runExportTask(task: ExportTask): Promise<ExportedFile> {
  return exportActionPlan(task.format, task.input);
}
