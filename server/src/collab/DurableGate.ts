import * as Y from 'yjs';

/** One batch on its way to storage: the merged update and which origins contributed to it. */
export interface DurableBatch {
  update: Uint8Array;
  origins: Set<unknown>;
}

/**
 * Durable before visible: collects applied updates until the writer takes them, and holds back
 * anything that reveals document state (a sync step 2 reply) until what it reveals is stored.
 */
export class DurableGate {
  private pending: Uint8Array[] = [];
  private pendingOrigins = new Set<unknown>();
  private inFlight: (DurableBatch & { epoch: number }) | null = null;
  // Counts applied updates; replies wait until the count they saw is durable.
  private appliedEpoch = 0;
  private durableEpoch = 0;
  private waiters: { epoch: number; run: () => void }[] = [];

  /** An update applied to the document but not yet stored. */
  add(update: Uint8Array, origin: unknown): void {
    this.pending.push(update);
    this.pendingOrigins.add(origin);
    this.appliedEpoch++;
  }

  /** Merges what is pending into one batch for the writer; null when nothing waits. */
  take(): Uint8Array | null {
    if (this.pending.length === 0) return null;
    const update = this.pending.length === 1 ? (this.pending[0] as Uint8Array) : Y.mergeUpdates(this.pending);
    this.inFlight = { update, origins: this.pendingOrigins, epoch: this.appliedEpoch };
    this.pending = [];
    this.pendingOrigins = new Set();
    return update;
  }

  /** The batch taken last is stored: returns it for relaying, then releases the waiters it covers. */
  persisted(): DurableBatch | null {
    const batch = this.inFlight;
    this.inFlight = null;
    if (!batch) return null;
    this.durableEpoch = batch.epoch;
    return batch;
  }

  /** Runs the waiters whose state is now stored; call after relaying the batch. */
  release(): void {
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => w.epoch <= this.durableEpoch);
    this.waiters = this.waiters.filter((w) => w.epoch > this.durableEpoch);
    for (const w of ready) w.run();
  }

  whenDurable(run: () => void): void {
    if (this.durableEpoch >= this.appliedEpoch) run();
    else this.waiters.push({ epoch: this.appliedEpoch, run });
  }

  /** Storage failed: nothing pending will ever be durable. */
  abandon(): void {
    this.pending = [];
    this.pendingOrigins = new Set();
    this.waiters = [];
  }
}
