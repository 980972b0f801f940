import { exportActionPlanMarkdown } from './exportMarkdown.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';
import { CONTENT_TYPES, type ExportedFile, type ExportFormat, exportFileName } from './formats.ts';

export {
  EXPORT_FORMATS,
  type ExportedFile,
  ExportFormat,
  exportFileName,
  isExportFormat,
} from './formats.ts';

/** One entry point for the export route: the file body, its media type and a download name. */
export async function exportActionPlan(
  format: ExportFormat,
  input: ActionPlanExportInput,
): Promise<ExportedFile> {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  let body: Uint8Array;
  switch (format) {
    // Loaded on first use, so a process that only writes Markdown or CSV never loads pdfkit,
    // fontkit, docx or the fonts (the server keeps those in its export workers), nor csv-stringify
    // before the first CSV.
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
      body = encode((await import('./exportActionPlanCsv.ts')).exportActionPlanCsv(input.plan));
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
