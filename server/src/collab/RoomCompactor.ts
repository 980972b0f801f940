import type { Logger } from 'pino';
import type { DocStore } from '../storage/DocStore.ts';

export interface RoomCompactorOptions {
  docId: string;
  store: DocStore;
  /** Updates kept in the log before they are folded into the snapshot. */
  threshold: number;
  log: Logger;
}

/**
 * The stored side of one loaded document: how long its update log is, roughly how large it is,
 * and folding the log into a snapshot once it grows past the threshold (one compaction at a time).
 */
export class RoomCompactor {
  private lastSeq: number;
  private logLength: number;
  private bytes: number;
  private compacting: Promise<void> | null = null;

  constructor(
    private readonly opts: RoomCompactorOptions,
    stored: { lastSeq: number; logLength: number; bytes: number },
  ) {
    this.lastSeq = stored.lastSeq;
    this.logLength = stored.logLength;
    this.bytes = stored.bytes;
  }

  get pendingLogLength(): number {
    return this.logLength;
  }

  /** Encoded bytes of the document, approximately (the snapshot plus the updates since). */
  get approxBytes(): number {
    return this.bytes;
  }

  grew(bytes: number): void {
    this.bytes += bytes;
  }

  /** An update was appended to the log as `seq`; compacts when the log is long enough. */
  appended(seq: number): void {
    this.lastSeq = seq;
    this.logLength++;
    if (this.logLength >= this.opts.threshold) void this.compact();
  }

  /** Folds the stored update log into a snapshot. Safe to call at any time; runs one at a time. */
  compact(): Promise<void> {
    if (this.compacting) return this.compacting;
    if (this.logLength === 0) return Promise.resolve();
    const bytesBefore = this.bytes;
    this.compacting = this.opts.store
      .compact(this.opts.docId, this.lastSeq)
      .then(({ folded, snapshotBytes }) => {
        this.logLength = Math.max(0, this.logLength - folded);
        if (folded > 0) this.bytes = snapshotBytes + (this.bytes - bytesBefore);
        this.opts.log.debug({ folded, bytes: snapshotBytes }, 'compacted');
      })
      .catch((err: unknown) => {
        // The log is intact, so nothing is lost; compaction is retried on the next threshold.
        this.opts.log.error({ err }, 'compaction failed');
      })
      .finally(() => {
        this.compacting = null;
      });
    return this.compacting;
  }

  /** Waits for a compaction in progress, if any. */
  async settled(): Promise<void> {
    if (this.compacting) await this.compacting;
  }
}
