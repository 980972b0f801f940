import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode } from '@weft/protocol';
import type { Logger } from 'pino';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import { UpdateWriter } from './collab/UpdateWriter.ts';
import type { Config } from './config.ts';
import { createApp } from './http/createApp.ts';
import { healthRoutes } from './http/healthRoutes.ts';
import { type AuthorizeWorkspace, presenceRoutes } from './http/presenceRoutes.ts';
import { createPresenceBackend } from './presence/createPresenceBackend.ts';
import { DEFAULT_PRESENCE_TTL_MS, type PresenceTiming } from './presence/PresenceHub.ts';
import type { PresenceStore } from './presence/PresenceStore.ts';
import { attachSocketIo } from './realtime/attachSocketIo.ts';
import { type AuthorizeUpgrade, attachYjsWebsocket, rejectUpgrade } from './realtime/attachYjsWebsocket.ts';
import { createAnonymousSocketAuth } from './realtime/createAnonymousSocketAuth.ts';
import type { SocketAuth } from './realtime/SocketAuth.ts';
import type { DocStore } from './storage/DocStore.ts';
import { createSqliteDocStore } from './storage/sqlite/createSqliteDocStore.ts';
import { openSqliteDatabase } from './storage/sqlite/openSqliteDatabase.ts';

export interface WeftServer {
  readonly httpServer: http.Server;
  readonly registry: RoomRegistry;
  readonly docStore: DocStore;
  readonly presenceStore: PresenceStore;
  listen(): Promise<{ port: number; host: string }>;
  /** Stops accepting, closes sockets politely (1001), flushes and compacts, closes storage. */
  close(): Promise<void>;
}

// Until accounts exist every connection may write; the upgrade still runs this before loading.
const openAccess: AuthorizeUpgrade = async () => ({ ok: true, canWrite: true, principalId: 'anonymous' });

/** Collaborators the composition root or a test may inject instead of the defaults. */
export interface WeftServerOverrides {
  /** socket.io authentication and membership; defaults to the TEMPORARY anonymous access. */
  socketAuth?: SocketAuth;
  /** When given, `GET /api/workspaces/:id/presence` is served, authorised by it. */
  authorizeWorkspace?: AuthorizeWorkspace;
  presenceTtlMs?: number;
  presenceTiming?: Partial<PresenceTiming>;
}

/** Wires the concrete adapters chosen by `config`; nothing starts until `listen()`. */
export function createWeftServer(
  config: Config,
  logger: Logger,
  overrides: WeftServerOverrides = {},
): WeftServer {
  const db = openSqliteDatabase(config.dataDir);
  const docStore = createSqliteDocStore(db);
  const writer = new UpdateWriter(docStore, logger);
  const registry = new RoomRegistry({
    store: docStore,
    writer,
    logger,
    compactThreshold: config.compactThreshold,
    maxDocumentBytes: config.maxDocumentBytes,
    docIdleMs: config.docIdleMs,
  });

  const presence = createPresenceBackend({
    redisUrl: config.redisUrl,
    ttlMs: overrides.presenceTtlMs ?? DEFAULT_PRESENCE_TTL_MS,
    logger,
  });
  const presenceStore = presence.store;

  const app = createApp({
    logger,
    clientDist: config.clientDist,
    routers: [
      healthRoutes([
        { name: 'storage', check: () => docStore.isReady() },
        // Presence may be degraded (Redis away) while documents still sync: reported, not fatal.
        { name: 'presence', check: () => presenceStore.isReady(), optional: true },
      ]),
      ...(overrides.authorizeWorkspace
        ? [presenceRoutes({ presenceStore, authorizeWorkspace: overrides.authorizeWorkspace })]
        : []),
    ],
  });
  const httpServer = http.createServer(app);
  const yjs = attachYjsWebsocket(httpServer, {
    registry,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    maxBufferedBytes: config.maxBufferedBytes,
    authorize: openAccess,
  });
  const socketIo = attachSocketIo(httpServer, {
    ...(overrides.socketAuth ?? createAnonymousSocketAuth()),
    presenceStore,
    logger,
    redis: presence.adapterClients,
    timing: overrides.presenceTiming,
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
    presenceStore,
    listen() {
      presence.connect();
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
        await socketIo.close();
        await registry.closeAll(CloseCode.goingAway, 'server shutting down');
        await writer.drain();
        httpServer.closeAllConnections();
        await stopped;
        await docStore.close();
        db.close();
        await presence.close();
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
