import type { PresenceState } from '@weft/protocol';
import type { Logger } from 'pino';
import { foldPresence } from './foldPresence.ts';
import type { PresenceRecord, PresenceStore } from './PresenceStore.ts';

export interface PresenceTiming {
  /** How often this node re-puts its own records; well under the store's ttl. */
  heartbeatMs: number;
  /** How often workspaces with local users are re-read to notice other nodes' expired users. */
  sweepMs: number;
  /** Changes to one workspace within this window are pushed as one state. */
  coalesceMs: number;
}

export const DEFAULT_PRESENCE_TTL_MS = 20_000;
// A crashed node's users vanish within ttl + sweep = 25 s.
export const DEFAULT_PRESENCE_TIMING: PresenceTiming = {
  heartbeatMs: 5_000,
  sweepMs: 5_000,
  coalesceMs: 200,
};

export interface PresenceHubOptions {
  store: PresenceStore;
  nodeId: string;
  logger: Logger;
  timing: PresenceTiming;
  /** Delivers a workspace's state to this node's own connections in it. */
  publish: (workspaceId: string, state: PresenceState) => void;
  /** Tells the other nodes that a workspace changed (absent on a single node). */
  announce?: (workspaceId: string) => void;
  now?: () => number;
}

export type PresencePatch = Partial<
  Pick<PresenceRecord, 'documentId' | 'sessionId' | 'activity' | 'viewport'>
>;

/**
 * This node's side of presence, free of any transport: it keeps its own connections' records
 * (the truth it re-publishes after a Redis outage), writes them through to the shared store,
 * and pushes coalesced states. Store failures degrade presence to this node's users; never throw.
 */
export class PresenceHub {
  // workspaceId -> connectionId -> record of a connection held by this node.
  readonly #local = new Map<string, Map<string, PresenceRecord>>();
  readonly #pending = new Map<string, NodeJS.Timeout>();
  readonly #lastPushed = new Map<string, string>();
  readonly #timers: NodeJS.Timeout[] = [];
  readonly #unsubscribe: () => void;
  readonly #now: () => number;
  #degraded = false;
  // Set by any store failure: the store may have restarted empty, so re-announce after recovery.
  #needsRepublish = false;
  #closed = false;

  constructor(private readonly opts: PresenceHubOptions) {
    this.#now = opts.now ?? Date.now;
    this.#timers.push(
      setInterval(() => void this.#heartbeat(), opts.timing.heartbeatMs),
      setInterval(() => void this.#sweep(), opts.timing.sweepMs),
    );
    for (const t of this.#timers) t.unref();
    this.#unsubscribe = opts.store.onRecovered(() => void this.#heartbeat());
  }

  get nodeId(): string {
    return this.opts.nodeId;
  }

  /** True after a store write or read failed and before one succeeded again. */
  get degraded(): boolean {
    return this.#degraded;
  }

  /** Adds or replaces a connection's record and returns the workspace's state including it. */
  async join(record: Omit<PresenceRecord, 'nodeId' | 'lastSeen'>): Promise<PresenceState> {
    const full: PresenceRecord = { ...record, nodeId: this.opts.nodeId, lastSeen: this.#now() };
    let conns = this.#local.get(record.workspaceId);
    if (!conns) {
      conns = new Map();
      this.#local.set(record.workspaceId, conns);
    }
    conns.set(record.connectionId, full);
    await this.#write(() => this.opts.store.put([full]));
    this.#changed(record.workspaceId);
    return this.stateOf(record.workspaceId);
  }

  /** Applies a patch to a joined connection; false when it has not joined that workspace. */
  async update(workspaceId: string, connectionId: string, patch: PresencePatch): Promise<boolean> {
    const current = this.#local.get(workspaceId)?.get(connectionId);
    if (!current) return false;
    const next: PresenceRecord = { ...current, ...patch, lastSeen: this.#now() };
    this.#local.get(workspaceId)?.set(connectionId, next);
    await this.#write(() => this.opts.store.put([next]));
    this.#changed(workspaceId);
    return true;
  }

  /** Refreshes lastSeen; the store sees it with the next node heartbeat, no push is made. */
  heartbeat(connectionId: string, workspaceId?: string): void {
    const t = this.#now();
    for (const [ws, conns] of this.#local) {
      if (workspaceId !== undefined && ws !== workspaceId) continue;
      const r = conns.get(connectionId);
      if (r) r.lastSeen = t;
    }
  }

  isJoined(workspaceId: string, connectionId: string): boolean {
    return this.#local.get(workspaceId)?.has(connectionId) ?? false;
  }

  recordOf(workspaceId: string, connectionId: string): PresenceRecord | undefined {
    return this.#local.get(workspaceId)?.get(connectionId);
  }

  async leave(workspaceId: string, connectionId: string): Promise<void> {
    const conns = this.#local.get(workspaceId);
    if (!conns?.delete(connectionId)) return;
    if (conns.size === 0) {
      this.#local.delete(workspaceId);
      this.#lastPushed.delete(workspaceId);
    }
    await this.#write(() => this.opts.store.remove(workspaceId, [connectionId]));
    this.#changed(workspaceId);
  }

  /** Leaves every workspace the connection joined (it disconnected). */
  async disconnect(connectionId: string): Promise<void> {
    const joined = [...this.#local].filter(([, conns]) => conns.has(connectionId)).map(([ws]) => ws);
    await Promise.all(joined.map((ws) => this.leave(ws, connectionId)));
  }

  /** The workspace as the store sees it, or only this node's users while the store is away. */
  async stateOf(workspaceId: string): Promise<PresenceState> {
    try {
      const records = await this.opts.store.list(workspaceId);
      this.#markHealthy();
      return { workspaceId, users: foldPresence(records) };
    } catch (err) {
      this.#markDegraded(err);
      const own = [...(this.#local.get(workspaceId)?.values() ?? [])];
      return { workspaceId, users: foldPresence(own) };
    }
  }

  /** Schedules a coalesced push to this node's connections in the workspace (another node changed it). */
  schedule(workspaceId: string): void {
    if (this.#closed || this.#pending.has(workspaceId) || !this.#local.has(workspaceId)) return;
    const timer = setTimeout(() => {
      this.#pending.delete(workspaceId);
      void this.#flush(workspaceId);
    }, this.opts.timing.coalesceMs);
    this.#pending.set(workspaceId, timer);
  }

  /** Stops timers and removes this node's records so its users vanish at once. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const t of this.#timers) clearInterval(t);
    for (const t of this.#pending.values()) clearTimeout(t);
    this.#pending.clear();
    this.#unsubscribe();
    const removals = [...this.#local].map(([ws, conns]) => this.opts.store.remove(ws, [...conns.keys()]));
    this.#local.clear();
    await Promise.all(removals).catch((err: unknown) => {
      this.opts.logger.warn({ err }, 'could not remove presence records on shutdown; they will expire');
    });
  }

  #changed(workspaceId: string): void {
    this.schedule(workspaceId);
    this.opts.announce?.(workspaceId);
  }

  async #flush(workspaceId: string): Promise<void> {
    if (this.#closed || !this.#local.has(workspaceId)) return;
    const state = await this.stateOf(workspaceId);
    // lastSeen is left out so heartbeats alone never cause a push.
    const signature = JSON.stringify(state.users.map(({ lastSeen: _, ...rest }) => rest));
    if (this.#lastPushed.get(workspaceId) === signature) return;
    if (this.#closed || !this.#local.has(workspaceId)) return;
    this.#lastPushed.set(workspaceId, signature);
    this.opts.publish(workspaceId, state);
  }

  async #heartbeat(): Promise<void> {
    if (this.#closed) return;
    const all = [...this.#local.values()].flatMap((conns) => [...conns.values()]);
    const ok = await this.#write(() => this.opts.store.put(all));
    if (ok && this.#needsRepublish) {
      this.#needsRepublish = false;
      for (const ws of this.#local.keys()) this.#changed(ws);
    }
  }

  async #sweep(): Promise<void> {
    await Promise.all([...this.#local.keys()].map((ws) => this.#flush(ws)));
  }

  async #write(op: () => Promise<void>): Promise<boolean> {
    try {
      await op();
      this.#markHealthy();
      return true;
    } catch (err) {
      this.#markDegraded(err);
      return false;
    }
  }

  #markDegraded(err: unknown): void {
    this.#needsRepublish = true;
    if (this.#degraded) return;
    this.#degraded = true;
    this.opts.logger.warn({ err }, 'presence store unavailable; showing this node’s users only');
  }

  #markHealthy(): void {
    if (!this.#degraded) return;
    this.#degraded = false;
    this.opts.logger.info('presence store available again');
  }
}
