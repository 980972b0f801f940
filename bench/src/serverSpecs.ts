import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SYNC_BATCH_MS } from '../../server/src/config.ts';
import { type ProtocolId, protocolById } from './protocolById.ts';
import type { SyncClientProtocol } from './SyncClientProtocol.ts';

/**
 * The default `--servers` list; `weft` runs the default SYNC_BATCH_MS, and `weft-batch<N>` (Weft
 * with SYNC_BATCH_MS=N, e.g. `weft-batch0` for one batch per tick) may be added.
 */
export const SERVER_NAMES = ['weft', 'hocuspocus', 'ywebsocket'] as const;
export type ServerKind = (typeof SERVER_NAMES)[number];
export type ServerName = ServerKind | `weft-batch${number}`;

export interface ServerSpec {
  name: ServerName;
  kind: ServerKind;
  label: string;
  /** What the server does with an update before the bench sees it relayed. */
  persistence: string;
  /** Entry: Weft's bundled `bundle/main.js` as `pnpm start` runs it; the others' TypeScript, bundled first. */
  source: string;
  /** Answers 200 once the server is ready: Weft's `/readyz` (storage checked), the others' `/`. */
  readyPath: string;
  /** Set for the server process on top of PORT, HOST, DATA_DIR and LOG_LEVEL. */
  env: Readonly<Record<string, string>>;
  protocol: SyncClientProtocol;
  /** The same protocol as plain data, for the reader threads. */
  protocolId: ProtocolId;
}

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = benchDir;
export const WEFT_SERVER_DIR = path.resolve(benchDir, '../server');

const WEFT_BATCH = /^weft-batch(\d{1,4})$/;
const MAX_BATCH_MS = 1000;

/** The name as a ServerName, or null when the bench knows no such server. */
export function parseServerName(name: string): ServerName | null {
  if ((SERVER_NAMES as readonly string[]).includes(name)) return name as ServerKind;
  const batch = WEFT_BATCH.exec(name);
  if (batch && Number(batch[1]) <= MAX_BATCH_MS) return `weft-batch${Number(batch[1])}`;
  return null;
}

export function serverSpec(name: ServerName): ServerSpec {
  switch (name) {
    case 'weft':
      return weftSpec(name, DEFAULT_SYNC_BATCH_MS);
    case 'hocuspocus':
      return {
        name,
        kind: name,
        label: 'Hocuspocus 4.7 + SQLite',
        persistence: 'whole document to SQLite, debounced 2 s (max 10 s), relay does not wait',
        source: path.join(benchDir, 'servers/hocuspocus.ts'),
        readyPath: '/',
        env: {},
        ...withProtocol({ dialect: 'hocuspocus' }),
      };
    case 'ywebsocket':
      return {
        name,
        kind: name,
        label: 'y-websocket server',
        persistence: 'none (memory only)',
        source: path.join(benchDir, 'servers/ywebsocket.ts'),
        readyPath: '/',
        env: {},
        ...withProtocol({ dialect: 'y-websocket', pathPrefix: '/' }),
      };
    default:
      return weftSpec(name, Number(name.slice('weft-batch'.length)));
  }
}

function weftSpec(name: ServerName, batchMs: number): ServerSpec {
  return {
    name,
    kind: 'weft',
    label: name === 'weft' ? `Weft (default, SYNC_BATCH_MS=${batchMs})` : `Weft, SYNC_BATCH_MS=${batchMs}`,
    persistence:
      batchMs === 0
        ? 'SQLite append of every update before relay (one transaction per tick)'
        : `SQLite append of every update before relay (one transaction per ${batchMs} ms window)`,
    // The real composition root, configured by env exactly as in production.
    source: path.join(WEFT_SERVER_DIR, 'bundle/main.js'),
    readyPath: '/readyz',
    env: {
      NODE_ENV: 'production',
      // Set even when 0 so a SYNC_BATCH_MS in the bench's own environment cannot leak in.
      SYNC_BATCH_MS: String(batchMs),
      // Provisioning signs up one user per run: cheap hashing, no rate limit in the way.
      SCRYPT_COST: '10',
      AUTH_RATE_LIMIT: '10000',
      AUTH_RATE_LIMIT_IP: '10000',
      // Metrics stay on as in production, on a free port so runs never collide.
      METRICS_PORT: '0',
    },
    ...withProtocol({ dialect: 'y-websocket', pathPrefix: '/yjs/' }),
  };
}

function withProtocol(protocolId: ProtocolId): Pick<ServerSpec, 'protocol' | 'protocolId'> {
  return { protocol: protocolById(protocolId), protocolId };
}
