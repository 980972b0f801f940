import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { ServerLaunch } from './prepareServerLaunch.ts';
import type { ServerSpec } from './serverSpecs.ts';

export interface RunningServer {
  readonly pid: number;
  readonly port: number;
  readonly dataDir: string;
  /** From spawn to the first ready answer on `spec.readyPath`. */
  readonly startToReadyMs: number;
  /** SIGTERM, then SIGKILL after a grace period; removes the data directory. Idempotent. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  readyTimeoutMs: number;
  /** Write a V8 CPU profile of the server into this directory when it exits. */
  cpuProfileDir?: string;
}

const STOP_GRACE_MS = 10_000;
const OUTPUT_TAIL_CHARS = 4000;
const live = new Set<{ child: ChildProcess; dataDir: string }>();
let exitHookInstalled = false;

const START_ATTEMPTS = 3;

/** Starts `spec` as a child process on a free loopback port; resolves once it answers HTTP. */
export async function startServer(
  spec: ServerSpec,
  launch: ServerLaunch,
  opts: StartServerOptions,
): Promise<RunningServer> {
  installExitHook();
  // Another process on the shared machine may take the free port before the child binds it.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(spec, launch, opts);
    } catch (err) {
      if (attempt >= START_ATTEMPTS) throw err;
      process.stderr.write(`${(err as Error).message}\nretrying (${attempt + 1}/${START_ATTEMPTS})\n`);
    }
  }
}

async function startOnce(
  spec: ServerSpec,
  launch: ServerLaunch,
  opts: StartServerOptions,
): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `weft-bench-${spec.name}-`));
  const port = await findFreePort();
  const spawnedAt = performance.now();
  const nodeArgs = opts.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...launch.args], {
    cwd: launch.cwd,
    env: {
      ...process.env,
      ...launch.env,
      ...spec.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tracked = { child, dataDir };
  live.add(tracked);

  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(`[${spec.name}] ${chunk.toString('utf8')}`);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const graceful = await Promise.race([exited.then(() => true), delay(STOP_GRACE_MS, false)]);
        if (!graceful) {
          child.kill('SIGKILL');
          await exited;
        }
      }
      live.delete(tracked);
      fs.rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    await waitUntilServing(port, spec.readyPath, exited, opts.readyTimeoutMs);
  } catch (err) {
    await stop();
    throw new Error(`${spec.label} did not start: ${(err as Error).message}\n${output}`);
  }
  if (child.pid === undefined) throw new Error(`${spec.label} has no pid`);
  return { pid: child.pid, port, dataDir, startToReadyMs: performance.now() - spawnedAt, stop };
}

async function waitUntilServing(
  port: number,
  readyPath: string,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`exited with code ${exitCode}`);
    if (await answersReady(port, readyPath)) return;
    // Short polls: start-to-ready is one of the measured figures.
    await delay(20);
  }
  throw new Error(`no HTTP answer on port ${port} within ${timeoutMs} ms`);
}

function answersReady(port: number, readyPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: readyPath, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not pick a free port'));
      });
    });
  });
}

// A crash or Ctrl-C of the bench must not leave servers running or temp data behind.
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const { child, dataDir } of live) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

/** Stops every server still running, for signal handlers. */
export function stopAllServersNow(): void {
  for (const { child } of live) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
