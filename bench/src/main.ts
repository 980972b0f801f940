import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { formatResultTable, type ServerResult } from './formatResultTable.ts';
import { BENCH_USAGE, type BenchOptions, BenchOptionsError, parseBenchOptions } from './parseBenchOptions.ts';
import { percentile } from './percentile.ts';
import { prepareServerLaunch, type ServerLaunch } from './prepareServerLaunch.ts';
import { readCpuSeconds, readPeakRssBytes, readRssBytes, readSystemBusySeconds } from './procStats.ts';
import { provisionFanoutDocument } from './provisionFanoutDocument.ts';
import { type FanoutResult, runFanout } from './runFanout.ts';
import { BENCH_DIR, type ServerName, type ServerSpec, serverSpec } from './serverSpecs.ts';
import { startServer, stopAllServersNow } from './startServer.ts';
import { summarizeRounds } from './summarizeRounds.ts';

const START_TIMEOUT_MS = 60_000;
const CONNECT_TIMEOUT_S = 60;
// Four REST calls, each with its own 30 s time-out.
const PROVISION_S = 120;
const DRAIN_TIMEOUT_S = 15;
const IDLE_SETTLE_MS = 2000;

async function main(): Promise<number> {
  let opts: BenchOptions;
  try {
    // pnpm forwards a literal `--` when arguments follow `pnpm bench --`.
    opts = parseBenchOptions(
      process.argv.slice(2).filter((a) => a !== '--'),
      process.env,
    );
  } catch (err) {
    if (!(err instanceof BenchOptionsError)) throw err;
    console.error(`${err.message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(BENCH_USAGE);
    return 0;
  }
  if (opts.cpuProfileDir) fs.mkdirSync(opts.cpuProfileDir, { recursive: true });

  // Every phase has its own time-out; this is the backstop if one of them hangs anyway.
  const perServerS =
    START_TIMEOUT_MS / 1000 +
    PROVISION_S +
    CONNECT_TIMEOUT_S +
    opts.warmupSeconds +
    opts.durationSeconds +
    60;
  const watchdog = setTimeout(
    () => {
      console.error('benchmark overran its time budget; stopping servers');
      stopAllServersNow();
      process.exit(1);
    },
    perServerS * opts.servers.length * opts.rounds * 1000,
  );
  watchdog.unref();

  const runId = `fanout-${Date.now().toString(36)}`;
  console.log(
    `Fan-out: ${opts.readers} readers, ${opts.writers} writers x ${opts.rate}/s, ` +
      `${opts.warmupSeconds} s warm-up + ${opts.durationSeconds} s measured, one document, ` +
      `${opts.rounds} round(s), readers on ${opts.readerThreads} thread(s)`,
  );
  console.log(
    `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );

  const launches = new Map<ServerName, ServerLaunch>();
  for (const name of opts.servers) {
    try {
      launches.set(name, await prepareServerLaunch(serverSpec(name), opts.weftEntry));
    } catch (err) {
      console.error(`${serverSpec(name).label}: ${(err as Error).message}`);
      return 2;
    }
  }

  const results: ServerResult[] = [];
  let failed = false;
  for (let round = 1; round <= opts.rounds; round++) {
    // Rotating the order keeps one server from always running while the machine is busiest.
    const shift = (round - 1) % opts.servers.length;
    const order = [...opts.servers.slice(shift), ...opts.servers.slice(0, shift)];
    for (const name of order) {
      const spec = serverSpec(name);
      try {
        const result = await benchOne(
          spec,
          launches.get(name) as ServerLaunch,
          `${runId}-${round}-${name}`,
          opts,
          round,
        );
        results.push(result);
        console.log(
          `${spec.label}${opts.rounds > 1 ? ` (round ${round})` : ''}: p50 ${result.p50Ms.toFixed(1)} ms, ` +
            `p99 ${result.p99Ms.toFixed(1)} ms, CPU ${result.cpuSeconds.toFixed(2)} s, ` +
            `peak RSS ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MB (${(result.endRssBytes / 2 ** 20).toFixed(0)} at end), missed ${result.missed}, ` +
            `other processes ${result.otherCpuPercent.toFixed(0)} % CPU`,
        );
        if (result.missed > 0 || result.unexpectedCloses > 0) failed = true;
      } catch (err) {
        failed = true;
        console.error(`${spec.label} failed: ${(err as Error).message}`);
      }
    }
  }

  const ordered = opts.servers.flatMap((name) => results.filter((r) => r.label === serverSpec(name).label));
  console.log(`\n${formatResultTable(ordered, opts.rounds > 1)}\n`);
  if (opts.rounds > 1)
    console.log(
      `Median over ${opts.rounds} rounds:\n\n${formatResultTable(summarizeRounds(ordered), false)}\n`,
    );
  const resultsDir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `fanout-${new Date().toISOString().replaceAll(':', '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ options: opts, machine: machineInfo(), results }, null, 2)}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), file)}`);
  if (failed) console.error('Run is not valid: a server failed, missed updates or dropped sockets.');
  return failed ? 1 : 0;
}

async function benchOne(
  spec: ServerSpec,
  launch: ServerLaunch,
  run: string,
  opts: BenchOptions,
  round: number,
): Promise<ServerResult> {
  const server = await startServer(spec, launch, {
    readyTimeoutMs: START_TIMEOUT_MS,
    ...(opts.cpuProfileDir ? { cpuProfileDir: path.join(opts.cpuProfileDir, spec.name) } : {}),
  });
  try {
    // Idle memory: settled after start-up, before provisioning or any client.
    await delay(IDLE_SETTLE_MS);
    const idleRssBytes = readRssBytes(server.pid);
    // Weft's sync endpoint wants an existing document and credentials; the others take any name.
    let docId = run;
    let query = '';
    if (spec.kind === 'weft') {
      const provisioned = await provisionFanoutDocument(`http://127.0.0.1:${server.port}`, run);
      docId = provisioned.documentId;
      query = `?token=${encodeURIComponent(provisioned.token)}`;
    }
    let cpuAtStart = 0;
    let cpuAtEnd = 0;
    let busyAtStart = 0;
    let busyAtEnd = 0;
    let endRssBytes = 0;
    let startRssBytes = 0;
    const fanout: FanoutResult = await runFanout(
      {
        url: `ws://127.0.0.1:${server.port}${spec.protocol.path(docId)}${query}`,
        docId,
        protocol: spec.protocol,
        protocolId: spec.protocolId,
        onWindowStart: () => {
          cpuAtStart = readCpuSeconds(server.pid);
          busyAtStart = readSystemBusySeconds();
          startRssBytes = readRssBytes(server.pid);
        },
        onWindowEnd: () => {
          cpuAtEnd = readCpuSeconds(server.pid);
          busyAtEnd = readSystemBusySeconds();
          endRssBytes = readRssBytes(server.pid);
        },
      },
      {
        readers: opts.readers,
        writers: opts.writers,
        rate: opts.rate,
        warmupSeconds: opts.warmupSeconds,
        durationSeconds: opts.durationSeconds,
        connectTimeoutSeconds: CONNECT_TIMEOUT_S,
        drainTimeoutSeconds: DRAIN_TIMEOUT_S,
        readerThreads: opts.readerThreads,
      },
    );
    const peakRssBytes = readPeakRssBytes(server.pid);
    const cpuSeconds = cpuAtEnd - cpuAtStart;
    const otherCpuSeconds = busyAtEnd - busyAtStart - cpuSeconds - fanout.loadgenCpuSeconds;
    return {
      label: spec.label,
      round,
      persistence: spec.persistence,
      p50Ms: percentile(fanout.latenciesMs, 50),
      p99Ms: percentile(fanout.latenciesMs, 99),
      cpuSeconds,
      windowSeconds: fanout.windowSeconds,
      peakRssBytes,
      endRssBytes,
      startRssBytes,
      idleRssBytes,
      startToReadyMs: server.startToReadyMs,
      measuredUpdates: fanout.measuredUpdates,
      missed: fanout.missed,
      readersWithMisses: fanout.readersWithMisses,
      unexpectedCloses: fanout.unexpectedCloses,
      loadgenCpuPercent: (100 * fanout.loadgenCpuSeconds) / fanout.windowSeconds,
      loadgenLoopDelayP99Ms: fanout.loadgenLoopDelayP99Ms,
      readerLoopDelayP99Ms: fanout.readerLoopDelayP99Ms,
      framesPerReaderPerSecond: fanout.framesPerReaderPerSecond,
      cpuMicrosPerFrame:
        (1e6 * cpuSeconds) / (fanout.framesPerReaderPerSecond * opts.readers * fanout.windowSeconds),
      otherCpuPercent: Math.max(0, (100 * otherCpuSeconds) / fanout.windowSeconds),
      firstReaderP99Ms: percentile(fanout.firstReaderMs, 99),
      lastReaderP50Ms: percentile(fanout.lastReaderMs, 50),
      lastReaderP99Ms: percentile(fanout.lastReaderMs, 99),
    };
  } finally {
    await server.stop();
  }
}

function machineInfo() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverage: os.loadavg(),
  };
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAllServersNow();
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('benchmark failed:', err);
    process.exit(1);
  },
);
