import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type {
  ActionPlanExportInput,
  DocumentExportInput,
  ExportedFile,
  ExportFormat,
} from '@weft/export/formats';
import type { Piscina } from 'piscina';
import { unavailable } from '../errors.ts';

/** Turns a plan into a file; the heavy formats run outside the server's event loop. */
export interface PlanExporter {
  run(format: ExportFormat, input: ActionPlanExportInput): Promise<ExportedFile>;
  /** A laid-out document (session minutes) as PDF or DOCX bytes, rendered in a worker like plans. */
  renderDocument(format: 'pdf' | 'docx', input: DocumentExportInput): Promise<Uint8Array>;
  /** Stops running exports (server shutdown). */
  close(): Promise<void>;
}

export interface ExportPoolOptions {
  /** Worker threads, each rendering one export at a time (default: the machine's cores). */
  threads?: number;
  /** Exports waiting for a worker; one more is refused with 503 (default 16). */
  maxQueue?: number;
  /** An export still running after this long is stopped and the request gets 503 (default 3 minutes). */
  timeoutMs?: number;
  /** Called with each export's duration in seconds, for metrics. */
  onDone?: (format: ExportFormat, seconds: number) => void;
}

// Markdown, CSV and JSON take milliseconds even for big plans; a worker hop would only add copying.
const IN_PROCESS: ReadonlySet<ExportFormat> = new Set(['md', 'csv', 'json']);

/**
 * Where the worker's code is. Compiled, the server runs `@weft/export`'s compiled worker; run from
 * TypeScript source (tests, `pnpm dev`), a small JavaScript file registers tsx in the worker first,
 * because Node 20 applies no `--import` loader to worker threads.
 */
function workerEntry(): { filename: string; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    return {
      filename: fileURLToPath(new URL('./exportWorkerFromSource.mjs', import.meta.url)),
      execArgv: ['--conditions=@weft/source'],
    };
  }
  return { filename: fileURLToPath(import.meta.resolve('@weft/export/worker')), execArgv: [] };
}

/**
 * PDF and DOCX exports in a pool of warm worker threads: fonts and layout caches are loaded once
 * per worker, and pdfkit, fontkit and docx never enter the server's own heap.
 */
export function createExportPool(options: ExportPoolOptions = {}): PlanExporter {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const maxQueue = options.maxQueue ?? 16;
  const timeoutMs = options.timeoutMs ?? 180_000;
  // piscina and the pool are created by the first PDF or DOCX export: a server nobody exports
  // from never loads them.
  let pool: Promise<Piscina> | undefined;
  const openPool = (): Promise<Piscina> => {
    pool ??= import('piscina').then(({ Piscina }) => {
      const entry = workerEntry();
      return new Piscina({
        filename: entry.filename,
        execArgv: entry.execArgv,
        minThreads: 0,
        maxThreads: threads,
        // Workers stay warm between exports of a session, and give their memory back when idle.
        idleTimeout: 5 * 60_000,
        maxQueue,
      });
    });
    return pool;
  };
  let pending = 0;
  let closed = false;

  async function inWorker<T>(
    format: ExportFormat,
    task: { input: ActionPlanExportInput } | { document: DocumentExportInput },
  ): Promise<T> {
    if (closed) throw unavailable('The server is shutting down');
    // Counted here rather than by piscina's own limit so the refusal is a clear 503, not an Error.
    if (pending >= threads + maxQueue) {
      throw unavailable('Too many exports are waiting; try again in a minute');
    }
    pending++;
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const file = (await (await openPool()).run({ format, ...task }, { signal })) as T;
      options.onDone?.(format, (performance.now() - started) / 1000);
      return file;
    } catch (err) {
      if (signal.aborted) {
        throw unavailable('The export took too long; try again later');
      }
      if (closed) throw unavailable('The server is shutting down');
      throw err;
    } finally {
      pending--;
    }
  }

  return {
    async run(format, input) {
      if (!IN_PROCESS.has(format)) return inWorker<ExportedFile>(format, { input });
      const started = performance.now();
      const { exportActionPlan } = await import('@weft/export');
      const file = await exportActionPlan(format, input);
      options.onDone?.(format, (performance.now() - started) / 1000);
      return file;
    },
    renderDocument(format, document) {
      return inWorker<Uint8Array>(format, { document });
    },
    async close() {
      closed = true;
      if (pool) await (await pool).destroy();
    },
  };
}
