import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hocuspocusProtocol } from './hocuspocusProtocol.ts';
import type { SyncClientProtocol } from './SyncClientProtocol.ts';
import { yWebsocketProtocol } from './yWebsocketProtocol.ts';

export const SERVER_NAMES = ['weft', 'hocuspocus', 'ywebsocket'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

export interface ServerSpec {
  name: ServerName;
  label: string;
  /** What the server does with an update before the bench sees it relayed. */
  persistence: string;
  /** TypeScript entry; buildServerEntry turns it into the JavaScript that plain `node` runs. */
  source: string;
  protocol: SyncClientProtocol;
}

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = benchDir;

export function serverSpec(name: ServerName): ServerSpec {
  switch (name) {
    case 'weft':
      return {
        name,
        label: 'Weft',
        persistence: 'SQLite append of every update before relay (one transaction per tick)',
        // The real composition root, configured by env exactly as in production.
        source: path.resolve(benchDir, '../server/src/main.ts'),
        protocol: yWebsocketProtocol('/yjs/'),
      };
    case 'hocuspocus':
      return {
        name,
        label: 'Hocuspocus 4.7 + SQLite',
        persistence: 'whole document to SQLite, debounced 2 s (max 10 s), relay does not wait',
        source: path.join(benchDir, 'servers/hocuspocus.ts'),
        protocol: hocuspocusProtocol(),
      };
    case 'ywebsocket':
      return {
        name,
        label: 'y-websocket server',
        persistence: 'none (memory only)',
        source: path.join(benchDir, 'servers/ywebsocket.ts'),
        protocol: yWebsocketProtocol('/'),
      };
  }
}
