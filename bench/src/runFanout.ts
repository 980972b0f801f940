import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import * as Y from 'yjs';
import { connectSyncClient, type SyncClient } from './connectSyncClient.ts';
import { formatMarker, scanMarkers } from './markers.ts';
import type { SyncClientProtocol } from './SyncClientProtocol.ts';

export interface FanoutOptions {
  readers: number;
  writers: number;
  /** Updates per second of each writer. */
  rate: number;
  warmupSeconds: number;
  durationSeconds: number;
  connectTimeoutSeconds: number;
  drainTimeoutSeconds: number;
}

export interface FanoutTarget {
  url: string;
  docId: string;
  protocol: SyncClientProtocol;
  /** Called right as the measured window opens and closes (the caller samples the server there). */
  onWindowStart(): void;
  onWindowEnd(): void;
}

export interface FanoutResult {
  /** One sample per (reader, measured update) that arrived, ascending. */
  latenciesMs: Float64Array;
  measuredUpdates: number;
  /** Measured updates that some reader never received (summed over readers). */
  missed: number;
  readersWithMisses: number;
  unexpectedCloses: number;
  windowSeconds: number;
  /** CPU the generator itself used in the window; near 100 % of a core means it, not the server, limits. */
  loadgenCpuSeconds: number;
  loadgenLoopDelayP99Ms: number;
  /** Document frames one reader received per second of the window: merging updates lowers it. */
  framesPerReaderPerSecond: number;
}

// Clients open this many sockets at a time so the accept backlog never overflows.
const CONNECT_BATCH = 50;
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * W writers insert unique markers into one Y.Text at a fixed rate; R readers record when each
 * marker arrives. Readers hold no Y.Doc: they only scan frames for markers, so the generator
 * stays cheap next to the server it measures.
 */
export async function runFanout(target: FanoutTarget, opts: FanoutOptions): Promise<FanoutResult> {
  const intervalMs = 1000 / opts.rate;
  // Room for every update the writers can send, with slack for catch-up after timer lag.
  const seqCapacity = Math.ceil(opts.rate * (opts.warmupSeconds + opts.durationSeconds) * 1.5) + 16;
  const sendTimes = new Float64Array(opts.writers * seqCapacity);
  const nextSeq = new Int32Array(opts.writers);
  // Markers below a writer's measuredFrom are warm-up traffic; MAX_SAFE_INTEGER = not measuring yet.
  const measuredFrom = new Array<number>(opts.writers).fill(Number.MAX_SAFE_INTEGER);
  const latencies: number[] = [];
  let unexpectedCloses = 0;
  let inWindow = false;
  let windowFrames = 0;
  const onUnexpectedClose = () => {
    unexpectedCloses++;
  };

  const readerState = Array.from({ length: opts.readers }, () => ({
    received: new Uint8Array(opts.writers * seqCapacity),
    measuredReceived: 0,
  }));
  const writerDocs = Array.from({ length: opts.writers }, () => new Y.Doc());
  const clients: SyncClient[] = [];

  try {
    const readers = readerState.map((state) => () => {
      const client = connectSyncClient({
        url: target.url,
        docId: target.docId,
        protocol: target.protocol,
        stateVector: () => EMPTY_STATE_VECTOR,
        stateAsUpdate: () => EMPTY_UPDATE,
        onUnexpectedClose,
        onSyncFrame: (frame, receivedAt) => {
          if (inWindow) windowFrames++;
          scanMarkers(frame, (writer, seq) => {
            if (writer >= opts.writers || seq >= seqCapacity || seq < (measuredFrom[writer] as number))
              return;
            const slot = writer * seqCapacity + seq;
            if (state.received[slot] === 1) return;
            state.received[slot] = 1;
            state.measuredReceived++;
            latencies.push(receivedAt - (sendTimes[slot] as number));
          });
        },
      });
      clients.push(client);
      return client;
    });
    const writers = writerDocs.map((doc) => () => {
      const client = connectSyncClient({
        url: target.url,
        docId: target.docId,
        protocol: target.protocol,
        stateVector: () => Y.encodeStateVector(doc),
        stateAsUpdate: (sv) => Y.encodeStateAsUpdate(doc, sv),
        onUnexpectedClose,
      });
      doc.on('update', (update: Uint8Array) =>
        client.send(target.protocol.updateFrame(target.docId, update)),
      );
      clients.push(client);
      return client;
    });
    await withTimeout(
      connectInBatches([...readers, ...writers]),
      opts.connectTimeoutSeconds * 1000,
      `clients did not connect and sync within ${opts.connectTimeoutSeconds} s`,
    );

    const writeOne = (writer: number) => {
      const seq = nextSeq[writer] as number;
      if (seq >= seqCapacity) return;
      nextSeq[writer] = seq + 1;
      const doc = writerDocs[writer] as Y.Doc;
      const text = doc.getText('bench');
      sendTimes[writer * seqCapacity + seq] = performance.now();
      text.insert(text.length, formatMarker(writer, seq));
    };

    const started = performance.now();
    const stopWriters = startWriters(opts.writers, intervalMs, started, writeOne);
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    let windowSeconds = 0;
    let loadgenCpu: NodeJS.CpuUsage;
    try {
      await delay(opts.warmupSeconds * 1000);
      for (let w = 0; w < opts.writers; w++) measuredFrom[w] = nextSeq[w] as number;
      target.onWindowStart();
      const windowStart = performance.now();
      const cpuStart = process.cpuUsage();
      loopDelay.enable();
      inWindow = true;
      await delay(opts.durationSeconds * 1000);
      stopWriters();
      inWindow = false;
      loadgenCpu = process.cpuUsage(cpuStart);
      windowSeconds = (performance.now() - windowStart) / 1000;
      target.onWindowEnd();
      loopDelay.disable();
    } finally {
      stopWriters();
    }

    let measuredUpdates = 0;
    for (let w = 0; w < opts.writers; w++)
      measuredUpdates += (nextSeq[w] as number) - (measuredFrom[w] as number);
    const complete = () => readerState.every((r) => r.measuredReceived >= measuredUpdates);
    const drainDeadline = performance.now() + opts.drainTimeoutSeconds * 1000;
    while (!complete() && performance.now() < drainDeadline) await delay(20);

    let missed = 0;
    let readersWithMisses = 0;
    for (const r of readerState) {
      const lost = measuredUpdates - r.measuredReceived;
      missed += lost;
      if (lost > 0) readersWithMisses++;
    }
    const sorted = Float64Array.from(latencies).sort();
    return {
      latenciesMs: sorted,
      measuredUpdates,
      missed,
      readersWithMisses,
      unexpectedCloses,
      windowSeconds,
      loadgenCpuSeconds: (loadgenCpu.user + loadgenCpu.system) / 1e6,
      loadgenLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      framesPerReaderPerSecond: windowFrames / opts.readers / windowSeconds,
    };
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    for (const doc of writerDocs) doc.destroy();
  }
}

/** Each writer sends on its own schedule, phases spread so the writers do not fire together. */
function startWriters(
  writers: number,
  intervalMs: number,
  start: number,
  writeOne: (writer: number) => void,
): () => void {
  const timers = new Set<NodeJS.Timeout>();
  let running = true;
  for (let w = 0; w < writers; w++) {
    let due = start + (w * intervalMs) / writers;
    const tick = () => {
      if (!running) return;
      const now = performance.now();
      // A late timer catches up instead of lowering the rate; send times are taken per update.
      while (due <= now) {
        writeOne(w);
        due += intervalMs;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        tick();
      }, due - now);
      timers.add(timer);
    };
    tick();
  }
  return () => {
    running = false;
    for (const t of timers) clearTimeout(t);
    timers.clear();
  };
}

async function connectInBatches(open: (() => SyncClient)[]): Promise<void> {
  for (let i = 0; i < open.length; i += CONNECT_BATCH) {
    await Promise.all(open.slice(i, i + CONNECT_BATCH).map((connect) => connect().synced));
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
