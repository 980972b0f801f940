import { type ActionPlanExportInput, type ExportFormat, exportActionPlan } from '@weft/export';

// One export in a child process: PDF and DOCX layout takes seconds for a large plan, and the
// server's own thread relays every collaborator's keystrokes meanwhile.
interface ExportRequest {
  format: ExportFormat;
  input: ActionPlanExportInput;
}

process.once('message', (request: ExportRequest) => {
  exportActionPlan(request.format, request.input).then(
    (file) => process.send?.({ ok: true, file }, () => process.exit(0)),
    (err: unknown) =>
      process.send?.({ ok: false, message: err instanceof Error ? err.message : String(err) }, () =>
        process.exit(1),
      ),
  );
});
