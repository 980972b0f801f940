import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { Connection } from './Connection.ts';
import { FrameRateLimiter } from './FrameRateLimiter.ts';
import { encodeAwarenessFrame } from './messages.ts';

export interface AwarenessLimits {
  /** Changes within this window go out as one frame per recipient (the shortest window). */
  windowMs: number;
  /**
   * The longest window: a busy room's window grows with the client ids its last frame carried
   * (`windowMs` per id), up to this; values below `windowMs` keep the window fixed.
   */
  windowMaxMs: number;
  /** Client ids one connection may announce. */
  maxIds: number;
  /** Largest JSON state one client id may carry, in bytes. */
  maxStateBytes: number;
  maxFramesPerSecond: number;
}

export const DEFAULT_AWARENESS_LIMITS: AwarenessLimits = {
  windowMs: 75,
  windowMaxMs: 250,
  maxIds: 4,
  maxStateBytes: 16 * 1024,
  maxFramesPerSecond: 60,
};

export interface RoomAwarenessOptions {
  doc: Y.Doc;
  limits: AwarenessLimits;
  /** Sends each connection of the room the frame `frameFor` gives it (null = nothing). */
  broadcast: (frameFor: (conn: Connection) => Uint8Array | null) => void;
  /** Hands this node's news to the other nodes. */
  publish: (update: Uint8Array) => void;
}

/** A connection broke an awareness rule; the room closes it with `CloseCode.awarenessLimit`. */
export class AwarenessLimitError extends Error {}
/** The awareness update could not be decoded. */
export class MalformedAwarenessError extends Error {}

// Origins of changes that are not a local connection's own.
const REMOTE = Symbol('remote-node');
const LEAVE = Symbol('connection-left');

/**
 * A client's own state is left out of what it is sent, unless it has been sent nothing for this
 * long: the stock client reconnects after 30 s without a message and renews its state every 15 s,
 * so a lone client still hears its renewal back.
 */
export const OWN_ECHO_AFTER_SILENCE_MS = 10_000;

interface Entry {
  clientId: number;
  clock: number;
  json: string;
}

/**
 * A room's awareness with rules the reference server does not have: a client id belongs to the
 * connection that first announced it, the `user` identity others see comes from the account,
 * caps on ids, state size and frame rate, and only news is relayed (a state whose clock did not
 * advance, such as the stock client's echo of what it received, goes nowhere), coalesced over a
 * short window (longer while the room is busy) into one frame per recipient and one bus message
 * per node, and a client is not sent its own state back.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly opts: RoomAwarenessOptions;
  private readonly owners = new Map<number, Connection>();
  private readonly rates = new WeakMap<Connection, FrameRateLimiter>();
  private readonly toBroadcast = new Set<number>();
  private readonly toPublish = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private windowMs: number;

  constructor(opts: RoomAwarenessOptions) {
    this.opts = opts;
    this.windowMs = opts.limits.windowMs;
    this.awareness = new awarenessProtocol.Awareness(opts.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /** Every known state, for a newcomer or a query; null when nobody is present. */
  snapshotFrame(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    if (ids.length === 0) return null;
    return encodeAwarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }

  /** Applies what `conn` announced, keeping only entries it may change; throws on a broken rule. */
  receive(conn: Connection, update: Uint8Array): void {
    let limiter = this.rates.get(conn);
    if (!limiter) {
      limiter = new FrameRateLimiter(this.opts.limits.maxFramesPerSecond);
      this.rates.set(conn, limiter);
    }
    if (!limiter.take()) throw new AwarenessLimitError('too many awareness frames per second');
    const accepted: Entry[] = [];
    let claimed = this.countOwned(conn);
    for (const entry of decodeEntries(update)) {
      if (Buffer.byteLength(entry.json) > this.opts.limits.maxStateBytes) {
        throw new AwarenessLimitError('awareness state too large');
      }
      const owner = this.owners.get(entry.clientId);
      if (owner !== undefined && owner !== conn) continue;
      if (!this.isNews(entry)) continue;
      if (owner === undefined) {
        // Another node's client, or a removal for an id nobody here holds: not this connection's.
        if (this.awareness.states.has(entry.clientId) || entry.json === 'null') continue;
        if (++claimed > this.opts.limits.maxIds)
          throw new AwarenessLimitError('too many awareness client ids');
        this.owners.set(entry.clientId, conn);
      }
      accepted.push(this.withIdentity(conn, entry));
    }
    if (accepted.length > 0)
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeEntries(accepted), conn);
  }

  /** Applies another node's news; it is relayed here, not published again. */
  receiveRemote(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  /** Removes the states `conn` announced and frees its ids. */
  leave(conn: Connection): void {
    const ids: number[] = [];
    for (const [id, owner] of this.owners) {
      if (owner === conn) {
        ids.push(id);
        this.owners.delete(id);
      }
    }
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, LEAVE);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private countOwned(conn: Connection): number {
    let n = 0;
    for (const owner of this.owners.values()) if (owner === conn) n++;
    return n;
  }

  // The same test y-protocols applies: a newer clock, or a removal of a present state at the same clock.
  private isNews(entry: Entry): boolean {
    const current = this.awareness.meta.get(entry.clientId)?.clock ?? 0;
    if (entry.clock > current) return true;
    return entry.clock === current && entry.json === 'null' && this.awareness.states.has(entry.clientId);
  }

  private withIdentity(conn: Connection, entry: Entry): Entry {
    if (entry.json === 'null' || conn.identity === null) return entry;
    let state: unknown;
    try {
      state = JSON.parse(entry.json);
    } catch (err) {
      throw new MalformedAwarenessError('awareness state is not JSON', { cause: err });
    }
    if (typeof state !== 'object' || state === null || Array.isArray(state)) return entry;
    const record = state as Record<string, unknown>;
    const user = typeof record.user === 'object' && record.user !== null ? record.user : {};
    // Others see who the account is, whatever the client claimed.
    record.user = { ...user, ...conn.identity };
    return { ...entry, json: JSON.stringify(record) };
  }

  private readonly onUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const ids = [...change.added, ...change.updated, ...change.removed];
    if (ids.length === 0) return;
    for (const id of ids) this.toBroadcast.add(id);
    // Other nodes time out states by themselves and already have what they sent.
    if (origin instanceof Connection || origin === LEAVE) for (const id of ids) this.toPublish.add(id);
    this.timer ??= setTimeout(this.flush, this.windowMs);
  };

  /** The window after a frame that carried `ids` client ids: longer while the room is busy. */
  private adaptWindow(ids: number): void {
    const { windowMs, windowMaxMs } = this.opts.limits;
    this.windowMs = Math.max(windowMs, Math.min(windowMaxMs, windowMs * ids));
  }

  private readonly flush = (): void => {
    this.timer = null;
    if (this.toBroadcast.size > 0) {
      const ids = [...this.toBroadcast];
      this.toBroadcast.clear();
      this.adaptWindow(ids.length);
      this.broadcastNews(ids);
    }
    if (this.toPublish.size > 0) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.toPublish]);
      this.toPublish.clear();
      this.opts.publish(update);
    }
  };

  /** One frame for everyone, except that each client's own news is left out of what it gets. */
  private broadcastNews(ids: number[]): void {
    const frameOf = (subset: number[]) =>
      encodeAwarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, subset));
    const all = frameOf(ids);
    const ownIds = new Map<Connection, Set<number>>();
    for (const id of ids) {
      const owner = this.owners.get(id);
      if (!owner) continue;
      const set = ownIds.get(owner);
      if (set) set.add(id);
      else ownIds.set(owner, new Set([id]));
    }
    this.opts.broadcast((conn) => {
      const own = ownIds.get(conn);
      if (!own) return all;
      const others = ids.filter((id) => !own.has(id));
      if (others.length > 0) return frameOf(others);
      return Date.now() - conn.lastSentAt >= OWN_ECHO_AFTER_SILENCE_MS ? all : null;
    });
  }
}

function decodeEntries(update: Uint8Array): Entry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: Entry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      entries.push({ clientId, clock, json: decoding.readVarString(decoder) });
    }
    return entries;
  } catch (err) {
    throw new MalformedAwarenessError('awareness update could not be decoded', { cause: err });
  }
}

function encodeEntries(entries: readonly Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.json);
  }
  return encoding.toUint8Array(encoder);
}
