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

/**
 * Makes the updates of one event-loop tick durable in one transaction, then lets each room relay
 * them. Batches are written one after another so a room's updates are stored in order.
 */
export class UpdateWriter {
  private readonly dirty = new Set<PendingSource>();
  private scheduled = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: DocStore,
    private readonly logger: Logger,
  ) {}

  markDirty(source: PendingSource): void {
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

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // setImmediate runs after the I/O callbacks of this tick, so every frame read in it joins the batch.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.running) void this.runBatch();
    });
  }

  private runBatch(): Promise<void> {
    const run = this.writeDirty().finally(() => {
      this.running = null;
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
    let seqs: number[];
    try {
      seqs = await this.store.append(entries);
    } catch (err) {
      this.logger.error({ err, documents: entries.length }, 'persisting updates failed');
      for (const source of sources) source.onPersistFailed(err);
      return;
    }
    sources.forEach((source, i) => {
      source.onPersisted(seqs[i] as number);
    });
  }
}
