import { CloseCode, YjsMessageType } from '@weft/protocol';
import * as decoding from 'lib0/decoding';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { type DocBus, DocBusKind, type DocBusMessage } from '../bus/DocBus.ts';
import type { DocStore, StoredDocument } from '../storage/DocStore.ts';
import { Connection } from './Connection.ts';
import {
  encodeAwareness,
  encodeAwarenessFrame,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './messages.ts';
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
  /** Called once when the room can no longer serve (storage failed); the registry drops it. */
  onBroken: (room: Room) => void;
}

/** Origin of changes that are already durable: other nodes' updates, or a reload from storage. */
const DURABLE_ELSEWHERE = Symbol('durable-elsewhere');

class MalformedMessageError extends Error {}
class InvalidUpdateError extends Error {}

/** One loaded document and the connections editing it. Knows no transport and no SQL. */
export class Room implements PendingSource {
  readonly docId: string;
  readonly doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  private readonly opts: RoomOptions;
  private readonly log: Logger;

  private pending: Uint8Array[] = [];
  private pendingOrigins = new Set<unknown>();
  private inFlight: { update: Uint8Array; origins: Set<unknown>; epoch: number } | null = null;
  // Counts applied updates; replies that reveal document state wait until the count is durable.
  private appliedEpoch = 0;
  private durableEpoch = 0;
  private durableWaiters: { epoch: number; run: () => void }[] = [];

  private lastSeq = 0;
  private logLength = 0;
  private approxBytes = 0;
  private compacting: Promise<void> | null = null;
  private broken = false;
  private destroyed = false;

  constructor(opts: RoomOptions, stored: StoredDocument | null) {
    this.opts = opts;
    this.docId = opts.docId;
    this.log = opts.logger.child({ docId: opts.docId });
    if (stored) {
      const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
      Y.transact(
        this.doc,
        () => {
          for (const part of parts) Y.applyUpdate(this.doc, part);
        },
        'load',
      );
      this.lastSeq = stored.lastSeq;
      this.logLength = stored.updates.length;
      this.approxBytes = parts.reduce((n, p) => n + p.byteLength, 0);
    }
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.doc.on('update', this.onDocUpdate);
  }

  get isBroken(): boolean {
    return this.broken;
  }

  get pendingLogLength(): number {
    return this.logLength;
  }

  join(conn: Connection): void {
    this.connections.add(conn);
    conn.send(encodeSyncStep1(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) conn.send(encodeAwareness(this.awareness, [...states.keys()]));
  }

  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    if (conn.awarenessClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClientIds], null);
    }
  }

  handleMessage(conn: Connection, data: Uint8Array): void {
    if (conn.isClosed || this.broken) return;
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case YjsMessageType.sync:
          this.handleSync(conn, decoder);
          break;
        case YjsMessageType.awareness:
          this.handleAwareness(conn, data, decoding.readVarUint8Array(decoder));
          break;
        case YjsMessageType.queryAwareness:
          conn.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
          break;
        case YjsMessageType.auth:
          // Servers send auth messages, clients do not; a stray one changes nothing.
          break;
        default:
          throw new MalformedMessageError(`unknown message type ${type}`);
      }
    } catch (err) {
      const invalidUpdate = err instanceof InvalidUpdateError;
      conn.logger.warn(
        { err, bytes: data.byteLength, principal: conn.principalId },
        invalidUpdate
          ? 'update could not be applied; closing connection'
          : 'malformed frame; closing connection',
      );
      conn.close(
        invalidUpdate ? CloseCode.invalidUpdate : CloseCode.malformedMessage,
        invalidUpdate ? 'invalid update' : 'malformed message',
      );
    }
  }

  private handleSync(conn: Connection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      const reply = encodeSyncStep2(this.doc, stateVector);
      this.whenDurable(() => conn.send(reply));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new MalformedMessageError(`unknown sync message type ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    if (!conn.canWrite) {
      conn.logger.debug({ principal: conn.principalId }, 'dropped update from read-only connection');
      return;
    }
    if (this.approxBytes + update.byteLength > this.opts.maxDocumentBytes) {
      conn.logger.warn({ bytes: this.approxBytes }, 'document size limit reached; closing connection');
      conn.close(CloseCode.documentTooLarge, 'document too large');
      return;
    }
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch (err) {
      throw new InvalidUpdateError('update could not be applied', { cause: err });
    }
  }

  private handleAwareness(conn: Connection, frame: Uint8Array, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
    // Echo to everyone, the sender included: a lone client must hear something within 30 s.
    this.broadcast(frame, null);
    this.opts.bus.publish(this.docId, { kind: DocBusKind.awareness, payload: update });
  }

  /** Applies what another node published. Its updates are durable there, so they are relayed at once. */
  applyRemote(message: DocBusMessage): void {
    if (this.broken) return;
    try {
      if (message.kind === DocBusKind.update) {
        Y.applyUpdate(this.doc, message.payload, DURABLE_ELSEWHERE);
      } else {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.payload, DURABLE_ELSEWHERE);
        this.broadcast(encodeAwarenessFrame(message.payload), null);
      }
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

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin instanceof Connection) {
      for (const id of change.added) origin.awarenessClientIds.add(id);
      for (const id of change.updated) origin.awarenessClientIds.add(id);
      for (const id of change.removed) origin.awarenessClientIds.delete(id);
      return;
    }
    if (origin === DURABLE_ELSEWHERE) return;
    // Removals on disconnect and time-outs are announced by the server itself.
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    this.broadcast(encodeAwarenessFrame(update), null);
    // Time-outs happen on every node by themselves; disconnects only here.
    if (origin !== 'timeout')
      this.opts.bus.publish(this.docId, { kind: DocBusKind.awareness, payload: update });
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === 'load') return;
    if (origin === DURABLE_ELSEWHERE) {
      this.approxBytes += update.byteLength;
      this.broadcast(encodeUpdate(update), null);
      return;
    }
    this.pending.push(update);
    this.pendingOrigins.add(origin);
    this.appliedEpoch++;
    this.approxBytes += update.byteLength;
    this.opts.writer.markDirty(this);
  };

  takePending(): Uint8Array | null {
    if (this.pending.length === 0 || this.broken) return null;
    const update = this.pending.length === 1 ? (this.pending[0] as Uint8Array) : Y.mergeUpdates(this.pending);
    this.inFlight = { update, origins: this.pendingOrigins, epoch: this.appliedEpoch };
    this.pending = [];
    this.pendingOrigins = new Set();
    return update;
  }

  onPersisted(seq: number): void {
    const batch = this.inFlight;
    this.inFlight = null;
    if (!batch) return;
    this.lastSeq = seq;
    this.logLength++;
    this.durableEpoch = batch.epoch;
    // A batch from a single client is not echoed back to it; a merged one goes to everyone.
    const skip = batch.origins.size === 1 ? [...batch.origins][0] : null;
    this.broadcast(encodeUpdate(batch.update), skip);
    this.opts.bus.publish(this.docId, { kind: DocBusKind.update, payload: batch.update });
    this.runDurableWaiters();
    if (this.logLength >= this.opts.compactThreshold) void this.compact();
  }

  onPersistFailed(err: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.log.error({ err }, 'storage failed; unloading document so no unsaved state is served');
    for (const conn of this.connections) conn.close(CloseCode.storageFailure, 'storage failure');
    this.connections.clear();
    this.durableWaiters = [];
    this.opts.onBroken(this);
  }

  private whenDurable(run: () => void): void {
    if (this.durableEpoch >= this.appliedEpoch) run();
    else this.durableWaiters.push({ epoch: this.appliedEpoch, run });
  }

  private runDurableWaiters(): void {
    if (this.durableWaiters.length === 0) return;
    const ready = this.durableWaiters.filter((w) => w.epoch <= this.durableEpoch);
    this.durableWaiters = this.durableWaiters.filter((w) => w.epoch > this.durableEpoch);
    for (const w of ready) w.run();
  }

  private broadcast(message: Uint8Array, skip: unknown): void {
    for (const conn of this.connections) {
      if (conn !== skip) conn.send(message);
    }
  }

  /** Folds the stored update log into a snapshot. Safe to call at any time; runs one at a time. */
  compact(): Promise<void> {
    if (this.compacting) return this.compacting;
    if (this.logLength === 0 || this.broken) return Promise.resolve();
    const bytesBefore = this.approxBytes;
    this.compacting = this.opts.store
      .compact(this.docId, this.lastSeq)
      .then(({ folded, snapshotBytes }) => {
        this.logLength = Math.max(0, this.logLength - folded);
        if (folded > 0) this.approxBytes = snapshotBytes + (this.approxBytes - bytesBefore);
        this.log.debug({ folded, bytes: snapshotBytes }, 'compacted');
      })
      .catch((err: unknown) => {
        // The log is intact, so nothing is lost; compaction is retried on the next threshold.
        this.log.error({ err }, 'compaction failed');
      })
      .finally(() => {
        this.compacting = null;
      });
    return this.compacting;
  }

  /** Final compaction and teardown; the registry calls it once no connection is left. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    await this.opts.writer.drain();
    if (this.compacting) await this.compacting;
    if (!this.broken) await this.compact();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
  }

  /** Closes every connection with `code` (e.g. on shutdown). */
  closeAll(code: number, reason: string): void {
    for (const conn of this.connections) conn.close(code, reason);
  }
}
