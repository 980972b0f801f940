import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode } from '@weft/protocol';
import type { Logger } from 'pino';
import { createLocalDocBus } from './bus/createLocalDocBus.ts';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import { UpdateWriter } from './collab/UpdateWriter.ts';
import type { Config } from './config.ts';
import { createApp } from './http/createApp.ts';
import { healthRoutes } from './http/healthRoutes.ts';
import { type AuthorizeUpgrade, attachYjsWebsocket, rejectUpgrade } from './realtime/attachYjsWebsocket.ts';
import type { DocStore } from './storage/DocStore.ts';
import { createSqliteDocStore } from './storage/sqlite/createSqliteDocStore.ts';
import { openSqliteDatabase } from './storage/sqlite/openSqliteDatabase.ts';

export interface WeftServer {
  readonly httpServer: http.Server;
  readonly registry: RoomRegistry;
  readonly docStore: DocStore;
  listen(): Promise<{ port: number; host: string }>;
  /** Stops accepting, closes sockets politely (1001), flushes and compacts, closes storage. */
  close(): Promise<void>;
}

// Until accounts exist every connection may write; the upgrade still runs this before loading.
const openAccess: AuthorizeUpgrade = async () => ({ ok: true, canWrite: true, principalId: 'anonymous' });

/** Wires the concrete adapters chosen by `config`; nothing starts until `listen()`. */
export function createWeftServer(config: Config, logger: Logger): WeftServer {
  const db = openSqliteDatabase(config.dataDir);
  const docStore = createSqliteDocStore(db);
  const writer = new UpdateWriter(docStore, logger);
  const registry = new RoomRegistry({
    store: docStore,
    writer,
    bus: createLocalDocBus(),
    logger,
    compactThreshold: config.compactThreshold,
    maxDocumentBytes: config.maxDocumentBytes,
    docIdleMs: config.docIdleMs,
  });

  const app = createApp({
    logger,
    clientDist: config.clientDist,
    routers: [healthRoutes([{ name: 'storage', check: () => docStore.isReady() }])],
  });
  const httpServer = http.createServer(app);
  const yjs = attachYjsWebsocket(httpServer, {
    registry,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    maxBufferedBytes: config.maxBufferedBytes,
    authorize: openAccess,
  });
  // Upgrade paths that no endpoint claims get a 404 instead of a socket left hanging.
  httpServer.on('upgrade', (req, socket) => {
    if (!isClaimed(req.url)) rejectUpgrade(socket, 404, 'no WebSocket endpoint here');
  });

  let closing: Promise<void> | null = null;
  return {
    httpServer,
    registry,
    docStore,
    listen() {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          const addr = httpServer.address() as AddressInfo;
          logger.info({ port: addr.port, host: config.host, dataDir: config.dataDir }, 'weft listening');
          resolve({ port: addr.port, host: config.host });
        });
      });
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        yjs.close();
        await registry.closeAll(CloseCode.goingAway, 'server shutting down');
        await writer.drain();
        httpServer.closeAllConnections();
        await stopped;
        await docStore.close();
        db.close();
        logger.info('weft stopped');
      })();
      return closing;
    },
  };
}

function isClaimed(url: string | undefined): boolean {
  const pathname = (url ?? '').split('?')[0] ?? '';
  return pathname.startsWith('/yjs/') || pathname.startsWith('/socket.io/');
}
