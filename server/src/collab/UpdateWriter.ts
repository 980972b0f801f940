import type { Logger } from 'pino';
import type { DocStore } from '../storage/DocStore.ts';

/** A room as the writer sees it: something with updates waiting to be made durable. */
export interface PendingSource {
  readonly docId: string;
  /** Hands over everything applied since the last call, merged into one update, or null. */
  takePending(): Uint8Array | null;
  onPersisted(seq: number): void;
  onPersistFailed(err: unknown): void;
}

export interface UpdateWriterOptions {
  /**
   * How long to collect updates, from the first one, before writing them: 0 writes once per
   * event-loop tick. A longer window means fewer transactions and fewer, larger relayed frames.
   */
  batchMs?: number;
  /** Called with the documents of each batch once it is durable (e.g. to record change times). */
  onWritten?: (docIds: readonly string[]) => void;
}

/**
 * Makes the updates of one event-loop tick (or of one `batchMs` window) durable in one
 * transaction, then lets each room relay them. Batches are written one after another so a room's
 * updates are stored in order.
 */
export class UpdateWriter {
  private readonly dirty = new Set<PendingSource>();
  private readonly batchMs: number;
  private cancelScheduled: (() => void) | null = null;
  private running: Promise<void> | null = null;
  /** Documents in the batch being written, and the error if the latest batch failed. */
  private runningDocs = new Set<string>();
  private lastFailure: { docs: Set<string>; err: unknown } | null = null;
  /** When the oldest update not yet taken for writing arrived (performance.now()). */
  private windowOpenedAt = 0;

  constructor(
    private readonly store: DocStore,
    private readonly logger: Logger,
    options: UpdateWriterOptions = {},
  ) {
    const batchMs = options.batchMs ?? 0;
    if (!Number.isInteger(batchMs) || batchMs < 0)
      throw new RangeError(`batchMs must be a whole number of milliseconds >= 0, got ${batchMs}`);
    this.batchMs = batchMs;
    this.onWritten = options.onWritten;
  }

  private readonly onWritten: ((docIds: readonly string[]) => void) | undefined;

  markDirty(source: PendingSource): void {
    if (this.dirty.size === 0) this.windowOpenedAt = performance.now();
    this.dirty.add(source);
    this.schedule();
  }

  /** Resolves once everything marked dirty so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.running || this.dirty.size > 0) {
      if (this.running) await this.running;
      else await this.runBatch();
    }
  }

  /**
   * Resolves once what `docId` has waiting now is written; rejects if that write failed. Unlike
   * drain() it does not wait for other documents' later batches.
   */
  async settle(docId: string): Promise<void> {
    const waiting = () => this.runningDocs.has(docId) || [...this.dirty].some((s) => s.docId === docId);
    while (waiting()) {
      const batch = this.running ?? this.runBatch();
      const inBatch = this.runningDocs.has(docId);
      await batch;
      if (inBatch && this.lastFailure?.docs.has(docId)) throw this.lastFailure.err;
      if (inBatch) return;
    }
  }

  private schedule(): void {
    if (this.cancelScheduled || this.running) return;
    const fire = () => {
      this.cancelScheduled = null;
      if (!this.running) void this.runBatch();
    };
    // The window counts from the oldest waiting update, so time spent in a previous append counts too.
    const wait = this.batchMs - (performance.now() - this.windowOpenedAt);
    if (this.batchMs > 0 && wait > 0) {
      const timeout = setTimeout(fire, wait);
      this.cancelScheduled = () => clearTimeout(timeout);
    } else {
      // setImmediate runs after the I/O callbacks of this tick, so every frame read in it joins the batch.
      const immediate = setImmediate(fire);
      this.cancelScheduled = () => clearImmediate(immediate);
    }
  }

  private runBatch(): Promise<void> {
    // drain() may write before the window ends; the pending timer then has nothing left to do.
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    const run = this.writeDirty().finally(() => {
      this.running = null;
      this.runningDocs = new Set();
      if (this.dirty.size > 0) this.schedule();
    });
    this.running = run;
    return run;
  }

  private async writeDirty(): Promise<void> {
    const sources: PendingSource[] = [];
    const entries: { docId: string; update: Uint8Array }[] = [];
    for (const source of this.dirty) {
      const update = source.takePending();
      if (update) {
        sources.push(source);
        entries.push({ docId: source.docId, update });
      }
    }
    this.dirty.clear();
    if (entries.length === 0) return;
    this.runningDocs = new Set(entries.map((e) => e.docId));
    this.lastFailure = null;
    let seqs: number[];
    try {
      seqs = await this.store.append(entries);
    } catch (err) {
      this.logger.error({ err, documents: entries.length }, 'persisting updates failed');
      this.lastFailure = { docs: this.runningDocs, err };
      for (const source of sources) source.onPersistFailed(err);
      return;
    }
    sources.forEach((source, i) => {
      source.onPersisted(seqs[i] as number);
    });
    this.onWritten?.(entries.map((e) => e.docId));
  }
}
