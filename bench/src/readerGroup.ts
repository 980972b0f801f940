import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { connectSyncClient, type SyncClient } from './connectSyncClient.ts';
import { scanMarkers } from './markers.ts';
import { type ProtocolId, protocolById } from './protocolById.ts';

/**
 * What the writers and every reader thread share (SharedArrayBuffers): send times on one clock for
 * all threads (`performance.timeOrigin + performance.now()`), where measuring starts per writer, the
 * window flag, and how many measured updates each reader has, for the drain wait.
 */
export interface SharedFanoutState {
  writers: number;
  seqCapacity: number;
  /** writers × seqCapacity send times, ms on the shared clock. */
  sendTimes: SharedArrayBuffer;
  /** Per writer: the first measured seq (MAX_SAFE_INTEGER = not measuring yet). */
  measuredFrom: SharedArrayBuffer;
  /** [0] = 1 while the measured window is open. */
  inWindow: SharedArrayBuffer;
  /** Per reader (all threads): measured updates received. */
  measuredReceived: SharedArrayBuffer;
}

export interface ReaderGroupOptions {
  url: string;
  docId: string;
  protocolId: ProtocolId;
  /** Index of this group's first reader in `measuredReceived`, and how many it runs. */
  firstReader: number;
  readers: number;
  shared: SharedFanoutState;
}

export interface ReaderGroupResult {
  latenciesMs: Float64Array;
  /**
   * Per update slot (writer × seqCapacity + seq): this group's earliest and latest latency, NaN when
   * none of its readers got it. The first reader shows delay before the fan-out, the last its spread.
   */
  firstMs: Float64Array;
  lastMs: Float64Array;
  /** p99 of this group's event-loop delay from the end of connecting to the results: its own queueing. */
  loopDelayP99Ms: number;
  windowFrames: number;
  unexpectedCloses: number;
}

export interface ReaderGroup {
  /** Resolves once every reader of the group has synced. */
  connect(): Promise<void>;
  results(): ReaderGroupResult;
  close(): Promise<void>;
}

// Clients open this many sockets at a time so the accept backlog never overflows.
const CONNECT_BATCH = 50;
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/** The clock of send and receive times, the same in every thread of the process. */
export function sharedNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Readers hold no Y.Doc: they only scan frames for markers and record when each first arrived.
 * One group runs in the main thread, or one per reader thread when 2,000 sockets are too many for
 * one event loop to read without its own queueing showing up as latency.
 */
export function createReaderGroup(opts: ReaderGroupOptions): ReaderGroup {
  const { writers, seqCapacity } = opts.shared;
  const sendTimes = new Float64Array(opts.shared.sendTimes);
  const measuredFrom = new Float64Array(opts.shared.measuredFrom);
  const inWindow = new Int32Array(opts.shared.inWindow);
  const measuredReceived = new Int32Array(opts.shared.measuredReceived);
  const protocol = protocolById(opts.protocolId);
  const latencies: number[] = [];
  const firstMs = new Float64Array(writers * seqCapacity).fill(Number.NaN);
  const lastMs = new Float64Array(writers * seqCapacity).fill(Number.NaN);
  const clients: SyncClient[] = [];
  let windowFrames = 0;
  let unexpectedCloses = 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });

  const open = (reader: number): SyncClient => {
    const received = new Uint8Array(writers * seqCapacity);
    const client = connectSyncClient({
      url: opts.url,
      docId: opts.docId,
      protocol,
      stateVector: () => EMPTY_STATE_VECTOR,
      stateAsUpdate: () => EMPTY_UPDATE,
      onUnexpectedClose: () => {
        unexpectedCloses++;
      },
      onSyncFrame: (frame, receivedAt) => {
        if (inWindow[0] === 1) windowFrames++;
        scanMarkers(frame, (writer, seq) => {
          if (writer >= writers || seq >= seqCapacity || seq < (measuredFrom[writer] as number)) return;
          const slot = writer * seqCapacity + seq;
          if (received[slot] === 1) return;
          received[slot] = 1;
          measuredReceived[reader] = (measuredReceived[reader] as number) + 1;
          const latency = receivedAt - (sendTimes[slot] as number);
          latencies.push(latency);
          if (!(latency >= (firstMs[slot] as number))) firstMs[slot] = latency;
          if (!(latency <= (lastMs[slot] as number))) lastMs[slot] = latency;
        });
      },
      now: sharedNow,
    });
    clients.push(client);
    return client;
  };

  return {
    async connect() {
      for (let i = 0; i < opts.readers; i += CONNECT_BATCH) {
        const batch: Promise<void>[] = [];
        for (let r = i; r < Math.min(opts.readers, i + CONNECT_BATCH); r++) {
          batch.push(open(opts.firstReader + r).synced);
        }
        await Promise.all(batch);
      }
      loopDelay.enable();
    },
    results() {
      loopDelay.disable();
      return {
        latenciesMs: Float64Array.from(latencies),
        firstMs,
        lastMs,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        windowFrames,
        unexpectedCloses,
      };
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
    },
  };
}
