import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { connectSyncClient, type SyncClient } from './connectSyncClient.ts';
import { formatMarker } from './markers.ts';
import { perUpdateExtremes } from './perUpdateExtremes.ts';
import type { ProtocolId } from './protocolById.ts';
import {
  createReaderGroup,
  type ReaderGroupOptions,
  type ReaderGroupResult,
  type SharedFanoutState,
  sharedNow,
} from './readerGroup.ts';
import type { ReaderWorkerReply, ReaderWorkerRequest } from './readerWorker.ts';
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
  /** Threads the readers are spread over (1 = the main thread reads every socket). */
  readerThreads: number;
}

export interface FanoutTarget {
  url: string;
  docId: string;
  protocol: SyncClientProtocol;
  protocolId: ProtocolId;
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
  /** The worst reader thread's event-loop delay p99 (the main thread's when readers run there). */
  readerLoopDelayP99Ms: number;
  /** Document frames one reader received per second of the window: merging updates lowers it. */
  framesPerReaderPerSecond: number;
  /** Per measured update, the latency of the first reader to get it (delay before the fan-out), ascending. */
  firstReaderMs: Float64Array;
  /** Per measured update, the latency of the last reader to get it (fan-out spread included), ascending. */
  lastReaderMs: Float64Array;
}

// Writers open this many sockets at a time (readers batch likewise) so the accept backlog never overflows.
const CONNECT_BATCH = 50;

/**
 * W writers insert unique markers into one Y.Text at a fixed rate; R readers record when each
 * marker arrives. Readers hold no Y.Doc: they only scan frames for markers, so the generator
 * stays cheap next to the server it measures.
 */
export async function runFanout(target: FanoutTarget, opts: FanoutOptions): Promise<FanoutResult> {
  const intervalMs = 1000 / opts.rate;
  // Room for every update the writers can send, with slack for catch-up after timer lag.
  const seqCapacity = Math.ceil(opts.rate * (opts.warmupSeconds + opts.durationSeconds) * 1.5) + 16;
  const shared: SharedFanoutState = {
    writers: opts.writers,
    seqCapacity,
    sendTimes: new SharedArrayBuffer(8 * opts.writers * seqCapacity),
    measuredFrom: new SharedArrayBuffer(8 * opts.writers),
    inWindow: new SharedArrayBuffer(4),
    measuredReceived: new SharedArrayBuffer(4 * opts.readers),
  };
  const sendTimes = new Float64Array(shared.sendTimes);
  // Markers below a writer's measuredFrom are warm-up traffic; MAX_SAFE_INTEGER = not measuring yet.
  const measuredFrom = new Float64Array(shared.measuredFrom).fill(Number.MAX_SAFE_INTEGER);
  const inWindow = new Int32Array(shared.inWindow);
  const measuredReceived = new Int32Array(shared.measuredReceived);
  const nextSeq = new Int32Array(opts.writers);
  let unexpectedCloses = 0;
  const onUnexpectedClose = () => {
    unexpectedCloses++;
  };

  const writerDocs = Array.from({ length: opts.writers }, () => new Y.Doc());
  const clients: SyncClient[] = [];
  const readers = startReaderGroups(target, opts, shared);

  try {
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
      (async () => {
        await readers.connected;
        await connectInBatches(writers);
      })(),
      opts.connectTimeoutSeconds * 1000,
      `clients did not connect and sync within ${opts.connectTimeoutSeconds} s`,
    );

    const writeOne = (writer: number) => {
      const seq = nextSeq[writer] as number;
      if (seq >= seqCapacity) return;
      nextSeq[writer] = seq + 1;
      const doc = writerDocs[writer] as Y.Doc;
      const text = doc.getText('bench');
      sendTimes[writer * seqCapacity + seq] = sharedNow();
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
      // The whole process: the reader threads' CPU counts too.
      const cpuStart = process.cpuUsage();
      loopDelay.enable();
      inWindow[0] = 1;
      await delay(opts.durationSeconds * 1000);
      stopWriters();
      inWindow[0] = 0;
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
    const complete = () => measuredReceived.every((n) => n >= measuredUpdates);
    const drainDeadline = performance.now() + opts.drainTimeoutSeconds * 1000;
    while (!complete() && performance.now() < drainDeadline) await delay(20);

    let missed = 0;
    let readersWithMisses = 0;
    for (const received of measuredReceived) {
      const lost = measuredUpdates - received;
      missed += lost;
      if (lost > 0) readersWithMisses++;
    }
    const groups = await readers.results();
    const latencies = new Float64Array(groups.reduce((n, g) => n + g.latenciesMs.length, 0));
    let at = 0;
    let windowFrames = 0;
    let readerLoopDelayP99Ms = 0;
    const { firstReaderMs, lastReaderMs } = perUpdateExtremes(groups);
    for (const g of groups) {
      readerLoopDelayP99Ms = Math.max(readerLoopDelayP99Ms, g.loopDelayP99Ms);
      latencies.set(g.latenciesMs, at);
      at += g.latenciesMs.length;
      windowFrames += g.windowFrames;
      unexpectedCloses += g.unexpectedCloses;
    }
    return {
      latenciesMs: latencies.sort(),
      measuredUpdates,
      missed,
      readersWithMisses,
      unexpectedCloses,
      windowSeconds,
      loadgenCpuSeconds: (loadgenCpu.user + loadgenCpu.system) / 1e6,
      loadgenLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      readerLoopDelayP99Ms,
      framesPerReaderPerSecond: windowFrames / opts.readers / windowSeconds,
      firstReaderMs,
      lastReaderMs,
    };
  } finally {
    await Promise.all([...clients.map((c) => c.close()), readers.close()]);
    for (const doc of writerDocs) doc.destroy();
  }
}

interface ReaderGroups {
  /** Every reader synced; rejects when a group failed to connect. */
  connected: Promise<void>;
  results(): Promise<ReaderGroupResult[]>;
  close(): Promise<void>;
}

/**
 * The readers, split evenly over `readerThreads` groups: with one, in this thread; with more, one
 * worker thread each, so reading 2,000 sockets is not serialised behind one event loop.
 */
function startReaderGroups(
  target: FanoutTarget,
  opts: FanoutOptions,
  shared: SharedFanoutState,
): ReaderGroups {
  const threads = Math.max(1, Math.min(opts.readerThreads, opts.readers));
  const groupOptions = (g: number): ReaderGroupOptions => {
    const firstReader = Math.floor((g * opts.readers) / threads);
    return {
      url: target.url,
      docId: target.docId,
      protocolId: target.protocolId,
      firstReader,
      readers: Math.floor(((g + 1) * opts.readers) / threads) - firstReader,
      shared,
    };
  };
  if (threads === 1) {
    const group = createReaderGroup(groupOptions(0));
    const connected = group.connect();
    connected.catch(() => {});
    return {
      connected,
      results: async () => [group.results()],
      close: () => group.close(),
    };
  }
  const workers = Array.from(
    { length: threads },
    (_, g) => new Worker(new URL('./readerWorker.mjs', import.meta.url), { workerData: groupOptions(g) }),
  );
  const reply = (worker: Worker, kind: ReaderWorkerReply['kind']): Promise<ReaderWorkerReply> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: ReaderWorkerReply) => {
        if (message.kind === 'failed') reject(new Error(message.message));
        else if (message.kind === kind) resolve(message);
        else return;
        worker.off('message', onMessage);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  const connected = Promise.all(workers.map((w) => reply(w, 'connected'))).then(() => {});
  connected.catch(() => {});
  return {
    connected,
    async results() {
      const replies = workers.map((w) => reply(w, 'results'));
      for (const w of workers) w.postMessage('results' satisfies ReaderWorkerRequest);
      return (await Promise.all(replies)) as ReaderGroupResult[];
    },
    async close() {
      await Promise.all(
        workers.map(async (w) => {
          const closed = reply(w, 'closed').catch(() => {});
          w.postMessage('close' satisfies ReaderWorkerRequest);
          await Promise.race([closed, delay(5000)]);
          await w.terminate();
        }),
      );
    },
  };
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
