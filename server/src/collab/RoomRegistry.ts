import type { Logger } from 'pino';
import type { DocBus, DocBusMessage } from '../bus/DocBus.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { Connection } from './Connection.ts';
import { Room } from './Room.ts';
import type { AwarenessLimits } from './RoomAwareness.ts';
import type { SyncDeflatePolicy } from './syncDeflate.ts';
import type { UpdateWriter } from './UpdateWriter.ts';

export interface RoomRegistryOptions {
  store: DocStore;
  writer: UpdateWriter;
  bus: DocBus;
  logger: Logger;
  compactThreshold: number;
  maxDocumentBytes: number;
  awareness?: AwarenessLimits;
  /** Which frames rooms send with permessage-deflate; absent = none. */
  deflate?: SyncDeflatePolicy;
  /** Grace period before a document with no connection is unloaded. */
  docIdleMs: number;
  /** Told how long each broadcast to a room's connections took, for metrics. */
  onFanout?: (seconds: number) => void;
}

/** Loads each document once, hands out its room, and unloads it when nobody is left. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly opts: RoomRegistryOptions) {
    opts.bus.onResync(() => {
      for (const room of this.rooms.values()) {
        room.resyncFromStore().catch((err: unknown) => {
          opts.logger.warn({ err, docId: room.docId }, 'resync from storage failed');
        });
      }
    });
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  getLoaded(docId: string): Room | undefined {
    return this.rooms.get(docId);
  }

  /** Loads the document if needed and joins `conn` to it; null if `conn` closed meanwhile. */
  async connect(docId: string, conn: Connection): Promise<Room | null> {
    const room = await this.acquire(docId);
    if (conn.isClosed) {
      this.scheduleIdleCheck(room);
      return null;
    }
    room.join(conn);
    return room;
  }

  disconnect(room: Room, conn: Connection): void {
    room.leave(conn);
    this.scheduleIdleCheck(room);
  }

  /** Loads the document (if needed) without joining; the caller joins or lets it idle out. */
  async open(docId: string): Promise<Room> {
    const room = await this.acquire(docId);
    this.scheduleIdleCheck(room);
    return room;
  }

  private async acquire(docId: string): Promise<Room> {
    this.cancelIdle(docId);
    const pendingUnload = this.unloading.get(docId);
    if (pendingUnload) await pendingUnload;
    const loaded = this.rooms.get(docId);
    if (loaded) {
      this.cancelIdle(docId);
      return loaded;
    }
    let loading = this.loading.get(docId);
    if (!loading) {
      loading = this.load(docId).finally(() => this.loading.delete(docId));
      this.loading.set(docId, loading);
    }
    const room = await loading;
    this.cancelIdle(docId);
    return room;
  }

  private async load(docId: string): Promise<Room> {
    // Subscribe before reading storage, so nothing another node stores in between is missed.
    let room: Room | null = null;
    const early: DocBusMessage[] = [];
    await this.opts.bus.subscribe(docId, (message) => {
      if (room) room.applyRemote(message);
      else early.push(message);
    });
    let stored: Awaited<ReturnType<DocStore['load']>>;
    try {
      stored = await this.opts.store.load(docId);
    } catch (err) {
      await this.opts.bus.unsubscribe(docId).catch(() => {});
      throw err;
    }
    room = new Room(
      {
        docId,
        store: this.opts.store,
        writer: this.opts.writer,
        bus: this.opts.bus,
        logger: this.opts.logger,
        compactThreshold: this.opts.compactThreshold,
        maxDocumentBytes: this.opts.maxDocumentBytes,
        ...(this.opts.awareness ? { awareness: this.opts.awareness } : {}),
        ...(this.opts.deflate ? { deflate: this.opts.deflate } : {}),
        ...(this.opts.onFanout ? { onFanout: this.opts.onFanout } : {}),
        onBroken: (r) => this.drop(r),
      },
      stored,
    );
    for (const message of early) room.applyRemote(message);
    this.rooms.set(docId, room);
    // A log left long by a crash is folded right away so the next load is quick.
    if (room.pendingLogLength >= this.opts.compactThreshold) void room.compact();
    return room;
  }

  private scheduleIdleCheck(room: Room): void {
    if (room.connections.size > 0 || this.rooms.get(room.docId) !== room) return;
    this.cancelIdle(room.docId);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.docId);
      if (room.connections.size === 0) void this.unload(room);
    }, this.opts.docIdleMs);
    timer.unref();
    this.idleTimers.set(room.docId, timer);
  }

  private cancelIdle(docId: string): void {
    const timer = this.idleTimers.get(docId);
    if (timer) {
      clearTimeout(timer);
      this.idleTimers.delete(docId);
    }
  }

  private unload(room: Room): Promise<void> {
    if (this.rooms.get(room.docId) !== room) return Promise.resolve();
    this.rooms.delete(room.docId);
    const done = room
      .destroy()
      .then(() => this.opts.bus.unsubscribe(room.docId))
      .catch((err: unknown) =>
        this.opts.logger.error({ err, docId: room.docId }, 'unloading document failed'),
      )
      .finally(() => this.unloading.delete(room.docId));
    this.unloading.set(room.docId, done);
    return done;
  }

  private drop(room: Room): void {
    this.cancelIdle(room.docId);
    void this.unload(room);
  }

  /** Closes every connection and unloads every document (graceful shutdown). */
  async closeAll(code: number, reason: string): Promise<void> {
    await Promise.allSettled(this.loading.values());
    for (const room of this.rooms.values()) room.closeAll(code, reason);
    await this.opts.writer.drain();
    for (const docId of this.idleTimers.keys()) this.cancelIdle(docId);
    await Promise.all([...this.rooms.values()].map((room) => this.unload(room)));
    await Promise.all(this.unloading.values());
  }
}
