import { CloseCode } from '@weft/protocol';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { type DocBus, DocBusKind, type DocBusMessage } from '../bus/DocBus.ts';
import type { DocStore, StoredDocument } from '../storage/DocStore.ts';
import type { Connection } from './Connection.ts';
import { DurableGate } from './DurableGate.ts';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './messages.ts';
import {
  AwarenessLimitError,
  type AwarenessLimits,
  DEFAULT_AWARENESS_LIMITS,
  MalformedAwarenessError,
  RoomAwareness,
} from './RoomAwareness.ts';
import { RoomCompactor } from './RoomCompactor.ts';
import { MalformedMessageError, readRoomMessage } from './readRoomMessage.ts';
import { SharedFrame } from './SharedFrame.ts';
import { type SyncDeflatePolicy, shouldDeflate } from './syncDeflate.ts';
import type { PendingSource, UpdateWriter } from './UpdateWriter.ts';

export interface RoomOptions {
  docId: string;
  store: DocStore;
  writer: UpdateWriter;
  /** Other nodes' updates and awareness for this document; already durable when they arrive. */
  bus: DocBus;
  logger: Logger;
  compactThreshold: number;
  maxDocumentBytes: number;
  awareness?: AwarenessLimits;
  /** Which frames go with permessage-deflate; absent = none. */
  deflate?: SyncDeflatePolicy;
  /** Called once when the room can no longer serve (storage failed); the registry drops it. */
  onBroken: (room: Room) => void;
  /** Told how long each broadcast to this room's connections took, for metrics. */
  onFanout?: (seconds: number) => void;
}

/** Origin of changes that are already durable: other nodes' updates, or a reload from storage. */
const DURABLE_ELSEWHERE = Symbol('durable-elsewhere');

class InvalidUpdateError extends Error {}

/**
 * One loaded document and the connections editing it. Knows no transport and no SQL; its jobs
 * live beside it: reading messages (readRoomMessage), the durable-before-visible gate
 * (DurableGate), awareness (RoomAwareness) and the stored log (RoomCompactor).
 */
export class Room implements PendingSource {
  readonly docId: string;
  readonly doc = new Y.Doc();
  readonly connections = new Set<Connection>();
  private readonly opts: RoomOptions;
  private readonly log: Logger;
  private readonly gate = new DurableGate();
  private readonly presence: RoomAwareness;
  private readonly stored: RoomCompactor;
  private broken = false;
  private destroyed = false;

  constructor(opts: RoomOptions, stored: StoredDocument | null) {
    this.opts = opts;
    this.docId = opts.docId;
    this.log = opts.logger.child({ docId: opts.docId });
    const parts = stored ? (stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) : [];
    Y.transact(
      this.doc,
      () => {
        for (const part of parts) Y.applyUpdate(this.doc, part);
      },
      'load',
    );
    this.stored = new RoomCompactor(
      { docId: opts.docId, store: opts.store, threshold: opts.compactThreshold, log: this.log },
      {
        lastSeq: stored?.lastSeq ?? 0,
        logLength: stored?.updates.length ?? 0,
        bytes: parts.reduce((n, p) => n + p.byteLength, 0),
      },
    );
    this.presence = new RoomAwareness({
      doc: this.doc,
      limits: opts.awareness ?? DEFAULT_AWARENESS_LIMITS,
      broadcast: (frameFor) => this.broadcastEach(frameFor),
      publish: (update) => this.opts.bus.publish(this.docId, { kind: DocBusKind.awareness, payload: update }),
    });
    this.doc.on('update', this.onDocUpdate);
  }

  get awareness() {
    return this.presence.awareness;
  }

  get isBroken(): boolean {
    return this.broken;
  }

  get pendingLogLength(): number {
    return this.stored.pendingLogLength;
  }

  join(conn: Connection): void {
    this.connections.add(conn);
    this.sendTo(conn, encodeSyncStep1(this.doc));
    const states = this.presence.snapshotFrame();
    if (states) this.sendTo(conn, states);
  }

  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    this.presence.leave(conn);
  }

  handleMessage(conn: Connection, data: Uint8Array): void {
    if (conn.isClosed || this.broken) return;
    try {
      readRoomMessage(data, {
        syncStep1: (stateVector) => {
          const reply = encodeSyncStep2(this.doc, stateVector);
          this.gate.whenDurable(() => this.sendTo(conn, reply));
        },
        update: (update) => this.receiveUpdate(conn, update),
        awareness: (update) => this.presence.receive(conn, update),
        queryAwareness: () => {
          const states = this.presence.snapshotFrame();
          if (states) this.sendTo(conn, states);
        },
      });
    } catch (err) {
      this.refuse(conn, err, data.byteLength);
    }
  }

  private refuse(conn: Connection, err: unknown, bytes: number): void {
    const [code, reason] =
      err instanceof InvalidUpdateError
        ? [CloseCode.invalidUpdate, 'invalid update']
        : err instanceof AwarenessLimitError
          ? [CloseCode.awarenessLimit, err.message]
          : [CloseCode.malformedMessage, 'malformed message'];
    const expected = err instanceof MalformedMessageError || err instanceof MalformedAwarenessError;
    conn.logger.warn(
      { err: expected || code !== CloseCode.malformedMessage ? String(err) : err, bytes, code },
      `${reason}; closing connection`,
    );
    conn.close(code, reason);
  }

  private receiveUpdate(conn: Connection, update: Uint8Array): void {
    if (!conn.canWrite) {
      conn.logger.debug({ principal: conn.principalId }, 'dropped update from read-only connection');
      return;
    }
    if (this.stored.approxBytes + update.byteLength > this.opts.maxDocumentBytes) {
      conn.logger.warn({ bytes: this.stored.approxBytes }, 'document size limit reached; closing connection');
      conn.close(CloseCode.documentTooLarge, 'document too large');
      return;
    }
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch (err) {
      throw new InvalidUpdateError('update could not be applied', { cause: err });
    }
  }

  /** Applies what another node published. Its updates are durable there, so they are relayed at once. */
  applyRemote(message: DocBusMessage): void {
    if (this.broken) return;
    try {
      if (message.kind === DocBusKind.update) Y.applyUpdate(this.doc, message.payload, DURABLE_ELSEWHERE);
      else this.presence.receiveRemote(message.payload);
    } catch (err) {
      this.log.warn({ err, kind: message.kind }, 'ignored an undecodable bus message');
    }
  }

  /** Catches up with storage after bus messages may have been missed. */
  async resyncFromStore(): Promise<void> {
    const stored = await this.opts.store.load(this.docId);
    if (!stored || this.broken) return;
    Y.transact(
      this.doc,
      () => {
        for (const part of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
          Y.applyUpdate(this.doc, part);
        }
      },
      DURABLE_ELSEWHERE,
    );
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === 'load') return;
    this.stored.grew(update.byteLength);
    if (origin === DURABLE_ELSEWHERE) {
      this.broadcast(encodeUpdate(update), null);
      return;
    }
    this.gate.add(update, origin);
    this.opts.writer.markDirty(this);
  };

  takePending(): Uint8Array | null {
    if (this.broken) return null;
    return this.gate.take();
  }

  onPersisted(seq: number): void {
    const batch = this.gate.persisted();
    if (!batch) return;
    // A batch from a single client is not echoed back to it; a merged one goes to everyone.
    const skip = batch.origins.size === 1 ? [...batch.origins][0] : null;
    this.broadcast(encodeUpdate(batch.update), skip);
    this.opts.bus.publish(this.docId, { kind: DocBusKind.update, payload: batch.update });
    this.gate.release();
    if (!this.broken) this.stored.appended(seq);
  }

  onPersistFailed(err: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.log.error({ err }, 'storage failed; unloading document so no unsaved state is served');
    for (const conn of this.connections) conn.close(CloseCode.storageFailure, 'storage failure');
    this.connections.clear();
    this.gate.abandon();
    this.opts.onBroken(this);
  }

  /** The same bytes to every connection, `skip` left out. */
  private broadcast(message: Uint8Array, skip: unknown): void {
    this.broadcastEach((conn) => (conn === skip ? null : message));
  }

  /** The one way anything reaches all of this room's sockets: `frameFor` each, null = nothing. */
  private broadcastEach(frameFor: (conn: Connection) => Uint8Array | null): void {
    const timed = this.opts.onFanout !== undefined && this.connections.size > 0;
    const started = timed ? performance.now() : 0;
    // Consecutive sockets that get the same bytes share one SharedFrame, framed once.
    let lastFrame: Uint8Array | null = null;
    let shared: SharedFrame | null = null;
    let compress = false;
    for (const conn of this.connections) {
      const frame = frameFor(conn);
      if (!frame) continue;
      if (frame !== lastFrame || !shared) {
        lastFrame = frame;
        shared = new SharedFrame(frame);
        compress = shouldDeflate(this.opts.deflate, this.connections.size, frame.byteLength);
      }
      conn.sendShared(shared, compress);
    }
    if (timed) this.opts.onFanout?.((performance.now() - started) / 1000);
  }

  private sendTo(conn: Connection, frame: Uint8Array): void {
    conn.send(frame, shouldDeflate(this.opts.deflate, this.connections.size, frame.byteLength));
  }

  /** Folds the stored update log into a snapshot. Safe to call at any time; runs one at a time. */
  compact(): Promise<void> {
    if (this.broken) return Promise.resolve();
    return this.stored.compact();
  }

  /** Final compaction and teardown; the registry calls it once no connection is left. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    await this.opts.writer.drain();
    await this.stored.settled();
    if (!this.broken) await this.compact();
    this.presence.destroy();
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
  }

  /** Closes every connection with `code` (e.g. on shutdown). */
  closeAll(code: number, reason: string): void {
    for (const conn of this.connections) conn.close(code, reason);
  }
}
