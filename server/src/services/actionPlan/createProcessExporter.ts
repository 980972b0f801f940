import { type ChildProcess, type ForkOptions, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type ActionPlanExportInput,
  type ExportedFile,
  type ExportFormat,
  exportActionPlan,
} from '@weft/export';
import { unavailable } from '../errors.ts';

/** Turns a plan into a file; the heavy formats run outside the server's event loop. */
export interface PlanExporter {
  run(format: ExportFormat, input: ActionPlanExportInput): Promise<ExportedFile>;
  /** Stops running exports (server shutdown). */
  close(): Promise<void>;
}

export interface ProcessExporterOptions {
  /** Exports running at once; more wait their turn (default 2). */
  maxConcurrent?: number;
  /** An export still running after this long is killed and the request gets 503 (default 3 minutes). */
  timeoutMs?: number;
}

// Markdown, CSV and JSON take milliseconds even for big plans; a process would only add start-up.
const IN_PROCESS: ReadonlySet<ExportFormat> = new Set(['md', 'csv', 'json']);

type ExportReply = { ok: true; file: ExportedFile } | { ok: false; message: string };

/**
 * The exporter's TypeScript source run through tsx, as the server itself runs. A child process
 * rather than a worker thread because Node 20 applies no `--import` loader to worker threads.
 */
function startExportProcess(): ChildProcess {
  // 'advanced' serialization carries the file's bytes as a Uint8Array instead of JSON.
  const options: ForkOptions = { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return fork(fileURLToPath(new URL('./exportProcess.ts', import.meta.url)), [], {
    ...options,
    execArgv: ['--import', tsx],
  });
}

export function createProcessExporter(options: ProcessExporterOptions = {}): PlanExporter {
  const maxConcurrent = options.maxConcurrent ?? 2;
  const timeoutMs = options.timeoutMs ?? 180_000;
  const running = new Set<ChildProcess>();
  const waiting: (() => void)[] = [];
  let active = 0;
  let closed = false;

  async function slot(): Promise<void> {
    if (active < maxConcurrent) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }

  function inChild(format: ExportFormat, input: ActionPlanExportInput): Promise<ExportedFile> {
    return new Promise((resolve, reject) => {
      const child = startExportProcess();
      running.add(child);
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        running.delete(child);
        if (child.exitCode === null) child.kill();
        fn();
      };
      const timer = setTimeout(
        () => finish(() => reject(unavailable('The export took too long; try again later'))),
        timeoutMs,
      );
      child.once('message', (reply: ExportReply) =>
        finish(() =>
          reply.ok
            ? resolve({ ...reply.file, body: new Uint8Array(reply.file.body) })
            : reject(new Error(`export failed: ${reply.message}`)),
        ),
      );
      child.once('error', (err) => finish(() => reject(err)));
      child.once('exit', (code, signal) =>
        finish(() => reject(unavailable(`The export stopped (${signal ?? `exit code ${code}`})`))),
      );
      child.send({ format, input });
    });
  }

  return {
    async run(format, input) {
      if (IN_PROCESS.has(format)) return exportActionPlan(format, input);
      if (closed) throw unavailable('The server is shutting down');
      await slot();
      try {
        return await inChild(format, input);
      } finally {
        release();
      }
    },
    async close() {
      closed = true;
      for (const child of running) child.kill();
    },
  };
}
