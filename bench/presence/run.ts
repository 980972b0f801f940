// Presence load: N socket.io clients sending presence:update at 1 Hz to one server process,
// whose CPU (utime+stime from /proc) is measured over a fixed window.
// Usage: pnpm --filter @weft/bench-presence bench -- --clients 500 --workspaces 25 --seconds 30 [--redis URL]
// (or bench/presence/node_modules/.bin/tsx bench/presence/run.ts --clients 500 ...)
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PresenceClientToServer, PresenceServerToClient } from '@weft/protocol';
import { io, type Socket } from 'socket.io-client';
import { provisionUsers } from './provisionUsers.ts';

type Client = Socket<PresenceServerToClient, PresenceClientToServer>;

const { values: args } = parseArgs({
  // pnpm forwards the `--` separator itself.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    clients: { type: 'string', default: '500' },
    workspaces: { type: 'string', default: '25' },
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    redis: { type: 'string' },
  },
});
const CLIENTS = Number(args.clients);
const WORKSPACES = Number(args.workspaces);
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);
const CLK_TCK = 100;
const serverDir = path.resolve(import.meta.dirname, '../../server');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function cpuTicks(pid: number): number {
  // Fields after the ")" of the command name: utime and stime are the 12th and 13th.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--conditions=@weft/source', '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Hundreds of sign-ups from one address: cheap hashes and no auth rate limit for the benchmark.
      SCRYPT_COST: '10',
      AUTH_RATE_LIMIT: '1000000',
      AUTH_RATE_LIMIT_IP: '1000000',
      ...(args.redis ? { REDIS_URL: args.redis } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-bench-presence-'));
  const server = await startServer(port, dataDir);
  const pid = server.pid ?? 0;
  const run = randomUUID().slice(0, 8);
  const clients: Client[] = [];
  let states = 0;
  let stateUsers = 0;
  let acks = 0;
  let failures = 0;
  const timers: NodeJS.Timeout[] = [];
  try {
    const users = await provisionUsers(`http://127.0.0.1:${port}`, run, CLIENTS, WORKSPACES);
    console.log(`provisioned ${CLIENTS} members in ${WORKSPACES} workspaces`);
    for (let i = 0; i < CLIENTS; i++) {
      const socket: Client = io(`http://127.0.0.1:${port}`, {
        transports: ['websocket'],
        forceNew: true,
        auth: { token: users[i]?.token },
      });
      socket.on('presence:state', (s) => {
        states++;
        stateUsers += s.users.length;
      });
      clients.push(socket);
    }
    await Promise.all(
      clients.map((s) => (s.connected ? null : new Promise((r) => s.once('connect', () => r(null))))),
    );
    await Promise.all(
      clients.map((s, i) =>
        s.emitWithAck('presence:join', {
          workspaceId: users[i]?.workspaceId ?? '',
        }),
      ),
    );
    console.log(`${CLIENTS} clients joined ${WORKSPACES} workspaces`);
    // Each client updates once a second, spread evenly over the second.
    clients.forEach((s, i) => {
      const workspaceId = users[i]?.workspaceId ?? '';
      let x = 0;
      const start = setTimeout(
        () => {
          timers.push(
            setInterval(() => {
              x += 1;
              s.timeout(5000)
                .emitWithAck('presence:update', {
                  workspaceId,
                  activity: x % 10 === 0 ? 'idle' : 'active',
                  viewport: { x, y: i, zoom: 1 },
                })
                .then(
                  (a) => (a.ok ? acks++ : failures++),
                  () => failures++,
                );
            }, 1000),
          );
        },
        (1000 * i) / CLIENTS,
      );
      timers.push(start);
    });

    await new Promise((r) => setTimeout(r, WARMUP * 1000));
    const [t0, c0, s0, u0, a0] = [Date.now(), cpuTicks(pid), states, stateUsers, acks];
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const [t1, c1] = [Date.now(), cpuTicks(pid)];
    const wall = (t1 - t0) / 1000;
    const cpu = (c1 - c0) / CLK_TCK / wall;
    const result = {
      clients: CLIENTS,
      workspaces: WORKSPACES,
      store: args.redis ? 'redis' : 'memory',
      windowSeconds: Math.round(wall * 10) / 10,
      updatesAckedPerSecond: Math.round((acks - a0) / wall),
      failedUpdates: failures,
      statePushesReceivedPerSecond: Math.round((states - s0) / wall),
      userEntriesReceivedPerSecond: Math.round((stateUsers - u0) / wall),
      serverCpuShareOfOneCore: `${(cpu * 100).toFixed(1)} %`,
      serverRssMb: Math.round(rssMb(pid)),
      node: process.version,
      cpus: os.cpus().length,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    for (const t of timers) clearTimeout(t);
    for (const s of clients) s.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
