import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode, SOCKET_IO_PATH } from '@weft/protocol';
import { Router } from 'express';
import type { Store } from 'express-rate-limit';
import type { Logger } from 'pino';
import { createAccountSocketAuth, createWorkspaceReadAuthorizer } from './auth/createAccountSocketAuth.ts';
import { createSyncAuthorizer } from './auth/createSyncAuthorizer.ts';
import { createLocalDocBus } from './bus/createLocalDocBus.ts';
import type { DocBus } from './bus/DocBus.ts';
import type { BusRedisClients } from './bus/redis/createBusRedisClients.ts';
import { createLiveDocuments } from './collab/createLiveDocuments.ts';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import { UpdateWriter } from './collab/UpdateWriter.ts';
import type { Config } from './config.ts';
import { actionPlanRoutes } from './http/actionPlanRoutes.ts';
import { apiGuards } from './http/apiGuards.ts';
import { authRateLimits } from './http/authRateLimits.ts';
import { authRoutes } from './http/authRoutes.ts';
import { commentRoutes } from './http/commentRoutes.ts';
import { createApp } from './http/createApp.ts';
import { documentRoutes } from './http/documentRoutes.ts';
import { exchangeSessionRoutes } from './http/exchangeSessionRoutes.ts';
import { facilitationRoutes } from './http/facilitationRoutes.ts';
import { fileRoutes } from './http/fileRoutes.ts';
import { healthRoutes } from './http/healthRoutes.ts';
import { inviteRoutes } from './http/inviteRoutes.ts';
import { mailRoutes, unsubscribeRoutes } from './http/mailRoutes.ts';
import { type AuthorizeWorkspace, presenceRoutes } from './http/presenceRoutes.ts';
import { requestLogger } from './http/requestLogger.ts';
import { securityHeaders } from './http/securityHeaders.ts';
import { templateRoutes } from './http/templateRoutes.ts';
import { tokenRoutes } from './http/tokenRoutes.ts';
import { versionRoutes } from './http/versionRoutes.ts';
import { voteRoutes } from './http/voteRoutes.ts';
import { workspaceRoutes } from './http/workspaceRoutes.ts';
import { createMailSystem, type MailSystem } from './mail/createMailSystem.ts';
import { createMetrics } from './metrics/createMetrics.ts';
import { httpMetrics } from './metrics/httpMetrics.ts';
import { type MetricsServer, startMetricsServer } from './metrics/startMetricsServer.ts';
import { withAppendMetrics } from './metrics/withAppendMetrics.ts';
import { createPresenceBackend } from './presence/createPresenceBackend.ts';
import { DEFAULT_PRESENCE_TTL_MS, type PresenceTiming } from './presence/PresenceHub.ts';
import type { PresenceStore } from './presence/PresenceStore.ts';
import { attachNotifications } from './realtime/attachNotifications.ts';
import { attachSocketIo } from './realtime/attachSocketIo.ts';
import { attachYjsWebsocket, rejectUpgrade, YJS_PATH_PREFIX } from './realtime/attachYjsWebsocket.ts';
import { closeConnectionsOnAccessLoss } from './realtime/closeConnectionsOnAccessLoss.ts';
import { closeExpiredCredentials } from './realtime/closeExpiredCredentials.ts';
import { upgradePath } from './realtime/refuseUpgrade.ts';
import type { SocketAuth } from './realtime/SocketAuth.ts';
import type { AccessEvents } from './services/AccessEvents.ts';
import { AccountService } from './services/AccountService.ts';
import { ActionPlanService } from './services/ActionPlanService.ts';
import { ActivityService } from './services/ActivityService.ts';
import { createExportPool } from './services/actionPlan/createExportPool.ts';
import { CommentService } from './services/CommentService.ts';
import { createLocalAccessEvents } from './services/createLocalAccessEvents.ts';
import { createUpdatedAtTracker } from './services/createUpdatedAtTracker.ts';
import { DocumentService } from './services/DocumentService.ts';
import { ExchangeSessionService } from './services/ExchangeSessionService.ts';
import { FacilitationService } from './services/FacilitationService.ts';
import { FileService } from './services/FileService.ts';
import { InviteService } from './services/InviteService.ts';
import { SessionMinutesService } from './services/SessionMinutesService.ts';
import { TemplateService } from './services/TemplateService.ts';
import { VersionService } from './services/VersionService.ts';
import { VoteService } from './services/votes/VoteService.ts';
import { WorkspaceService } from './services/WorkspaceService.ts';
import type { AccountStores } from './storage/AccountStores.ts';
import type { CommentStores } from './storage/ActivityStore.ts';
import type { DocStore } from './storage/DocStore.ts';
import { openStorage, type Storage, type StorageKind } from './storage/openStorage.ts';
import type { WriteTogether } from './storage/WriteTogether.ts';
import { withAppendListener } from './storage/withAppendListener.ts';

/** The services holding Weft's rules; also the API for seed scripts and tests. */
export interface WeftServices {
  accounts: AccountService;
  workspaces: WorkspaceService;
  invites: InviteService;
  documents: DocumentService;
  exchangeSessions: ExchangeSessionService;
  events: AccessEvents;
  comments: CommentService;
  activity: ActivityService;
}

export interface WeftServerOptions {
  /** Clock for sessions, tokens and invites (epoch ms); tests move it to expire things. */
  now?: () => number;
  /** socket.io authentication and membership; defaults to sessions/tokens and workspace roles. */
  socketAuth?: SocketAuth;
  /** Who may read `GET /api/workspaces/:id/presence`; defaults to workspace members. */
  authorizeWorkspace?: AuthorizeWorkspace;
  presenceTtlMs?: number;
  presenceTiming?: Partial<PresenceTiming>;
}

export interface WeftServer {
  readonly httpServer: http.Server;
  readonly registry: RoomRegistry;
  readonly docStore: DocStore;
  readonly services: WeftServices;
  readonly presenceStore: PresenceStore;
  /** `postgres` when DATABASE_URL is set, else `sqlite`. */
  readonly storageKind: StorageKind;
  /** Every store, for seed scripts and tests; closed by `close()`. */
  readonly storage: Storage;
  /** Email: preferences, and `tick()` for tests that move the clock. */
  readonly mail: MailSystem;
  /** `metricsPort` is set when the metrics listener runs (METRICS_PORT not `off`). */
  listen(): Promise<{ port: number; host: string; metricsPort: number | undefined }>;
  /** Stops accepting, closes sockets politely (1001), flushes and compacts, closes storage. */
  close(): Promise<void>;
}

/**
 * Wires the concrete adapters chosen by `config`. Opens (and migrates) storage before resolving;
 * nothing listens until `listen()`.
 */
export async function createWeftServer(
  config: Config,
  logger: Logger,
  options: WeftServerOptions = {},
): Promise<WeftServer> {
  const storage = await openStorage(config, logger);
  const docStore = storage.docStore;
  const fanout = await createFanout(config, logger);
  const services = createServices(
    config,
    logger,
    storage.accounts,
    options.now ?? Date.now,
    storage.comments,
    fanout.events,
    storage.writeTogether,
  );
  const metrics = createMetrics();
  const updatedAt = createUpdatedAtTracker({
    documents: storage.accounts.documents,
    now: options.now ?? Date.now,
    logger,
  });
  // Bound once the version service exists: it needs the rooms, which need this writer.
  let onAppended: (docIds: ReadonlySet<string>) => void = () => {};
  const appendStore = withAppendListener(withAppendMetrics(docStore, metrics), (ids) => onAppended(ids));
  const writer = new UpdateWriter(appendStore, logger, {
    batchMs: config.syncBatchMs,
    onWritten: (docIds) => updatedAt.changed(docIds),
  });
  const registry = new RoomRegistry({
    store: docStore,
    writer,
    bus: fanout.docBus,
    logger,
    compactThreshold: config.compactThreshold,
    maxDocumentBytes: config.maxDocumentBytes,
    awareness: config.awareness,
    ...(config.syncDeflate ? { deflate: config.syncDeflate } : {}),
    docIdleMs: config.docIdleMs,
    onFanout: (seconds) => metrics.relayFanout.observe(seconds),
  });
  const planExporter = createExportPool({
    onDone: (format, seconds) => metrics.exportDuration.observe({ format }, seconds),
  });
  const live = createLiveDocuments(registry, writer);
  const versions = new VersionService({
    documents: services.documents,
    accounts: services.accounts,
    sessions: services.exchangeSessions,
    store: storage.documentVersions,
    planVersions: storage.planVersions,
    live,
    exporter: planExporter,
    logger,
    now: options.now ?? Date.now,
    auto: config.versions,
  });
  onAppended = (ids) => {
    for (const id of ids) versions.noteEdited(id);
  };
  const actionPlans = new ActionPlanService({
    documents: services.documents,
    workspaces: services.workspaces,
    accounts: services.accounts,
    store: storage.planVersions,
    live,
    now: options.now ?? Date.now,
    exporter: planExporter,
    threadsForExport: (userId, documentId, plan) =>
      services.comments.openThreadsForExport(userId, documentId, plan),
    activity: services.activity,
  });

  const files = new FileService({
    files: storage.files,
    workspaceService: services.workspaces,
    now: options.now ?? Date.now,
  });
  const mail = createMailSystem({
    config: config.mail,
    storage,
    logger,
    now: options.now ?? Date.now,
    baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    createTransport: async () => {
      const { createSmtpTransport } = await import('./mail/createSmtpTransport.ts');
      return createSmtpTransport(config.mail.smtpUrl ?? '', config.mail.from);
    },
  });
  const templates = new TemplateService({
    store: storage.templates,
    documents: services.documents,
    workspaces: services.workspaces,
    accounts: services.accounts,
    live: createLiveDocuments(registry, writer),
    now: options.now ?? Date.now,
  });
  const votes = new VoteService({
    store: storage.votes,
    documents: services.documents,
    sessions: storage.accounts.exchangeSessions,
    users: storage.accounts.users,
    live,
    now: options.now ?? Date.now,
  });

  const facilitation = new FacilitationService({
    store: storage.facilitation,
    sessions: services.exchangeSessions,
    users: storage.accounts.users,
    now: options.now ?? Date.now,
  });

  const presence = await createPresenceBackend({
    redisUrl: config.redisUrl,
    ttlMs: options.presenceTtlMs ?? DEFAULT_PRESENCE_TTL_MS,
    logger,
  });
  const presenceStore = presence.store;

  const app = createApp({
    logger,
    clientDist: config.clientDist,
    before: [requestLogger(logger), httpMetrics(metrics.httpDuration)],
    routers: [
      securityRouter(),
      healthRoutes([
        { name: 'storage', check: () => docStore.isReady() },
        // Without Redis each node still serves its own clients; cross-node sync resumes on return.
        ...(fanout.redis ? [{ name: 'redis', check: fanout.redis.isReady, optional: true }] : []),
        // Presence may be degraded (Redis away) while documents still sync: reported, not fatal.
        { name: 'presence', check: () => presenceStore.isReady(), optional: true },
      ]),
      unsubscribeRoutes(mail.service),
      apiGuards(services.accounts),
      authRoutes(services.accounts, authRateLimits(config.authRateLimit, fanout.rateLimitStore)),
      tokenRoutes(services.accounts),
      workspaceRoutes(services.workspaces),
      inviteRoutes(services.invites, config.publicUrl),
      documentRoutes(services.documents, templates),
      templateRoutes(templates),
      voteRoutes(votes),
      commentRoutes(services.comments, services.activity),
      versionRoutes(
        versions,
        new SessionMinutesService({
          sessions: services.exchangeSessions,
          documents: services.documents,
          store: storage.documentVersions,
          planVersions: storage.planVersions,
          exporter: planExporter,
        }),
      ),
      actionPlanRoutes(actionPlans),
      mailRoutes(mail.service),
      exchangeSessionRoutes(services.exchangeSessions, config.publicUrl),
      facilitationRoutes(facilitation, { rateLimitStore: fanout.rateLimitStore?.('reactions') }),
      fileRoutes(files, config.maxUploadBytes),
      presenceRoutes({
        presenceStore,
        authorizeWorkspace:
          options.authorizeWorkspace ?? createWorkspaceReadAuthorizer(services.accounts, services.workspaces),
      }),
    ],
  });
  const httpServer = http.createServer(app);
  const yjs = attachYjsWebsocket(httpServer, {
    registry,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    maxBufferedBytes: config.maxBufferedBytes,
    ...(config.syncDeflate ? { deflateWindowBits: config.syncDeflate.windowBits } : {}),
    pingIntervalMs: config.syncPingMs,
    authorize: createSyncAuthorizer(services.accounts, services.documents),
  });
  const stopClosingOnAccessLoss = closeConnectionsOnAccessLoss(services.events, yjs);
  const socketIo = attachSocketIo(httpServer, {
    ...(options.socketAuth ?? createAccountSocketAuth(services.accounts, services.workspaces)),
    presenceStore,
    logger,
    redisAdapter: presence.adapter,
    timing: options.presenceTiming,
    accessEvents: services.events,
    onSessionPresence: (event) => versions.notePresence(event),
  });
  const stopExpirySweep = closeExpiredCredentials({
    now: options.now ?? Date.now,
    intervalMs: config.credentialCheckMs,
    syncConnections: () => yjs.all(),
    io: socketIo.io,
  });
  const notifications = attachNotifications(socketIo.io, {
    comments: services.comments,
    plans: actionPlans,
    sessions: services.exchangeSessions,
    facilitation,
    votes,
    accessEvents: services.events,
    logger,
  });
  metrics.observe({
    wsConnections: () => yjs.connectionCount,
    roomsLoaded: () => registry.loadedCount,
    socketIoClients: () => socketIo.io.engine.clientsCount,
    dependencies: [
      ...(storage.kind === 'postgres' ? [{ name: 'postgres' as const, isUp: () => docStore.isReady() }] : []),
      ...(fanout.redis ? [{ name: 'redis' as const, isUp: fanout.redis.isReady }] : []),
    ],
  });
  let metricsServer: MetricsServer | undefined;
  // Upgrade paths that no endpoint claims get a 404 instead of a socket left hanging.
  httpServer.on('upgrade', (req, socket) => {
    try {
      if (!isClaimed(req.url)) rejectUpgrade(socket, 404, 'no WebSocket endpoint here');
    } catch {
      socket.destroy();
    }
  });

  let closing: Promise<void> | null = null;
  return {
    httpServer,
    registry,
    docStore,
    services,
    presenceStore,
    storageKind: storage.kind,
    storage,
    mail,
    async listen() {
      presence.connect();
      fanout.redis?.connect();
      if (config.metrics) metricsServer = await startMetricsServer(metrics.registry, config.metrics, logger);
      mail.start();
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          const addr = httpServer.address() as AddressInfo;
          const where = storage.kind === 'sqlite' ? { dataDir: config.dataDir } : { storage: storage.kind };
          logger.info({ port: addr.port, host: config.host, ...where }, 'weft listening');
          resolve({ port: addr.port, host: config.host, metricsPort: metricsServer?.port });
        });
      });
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        stopClosingOnAccessLoss();
        stopExpirySweep();
        yjs.close();
        notifications.close();
        await versions.close();
        await mail.close();
        await planExporter.close();
        await metricsServer?.close();
        await socketIo.close();
        await registry.closeAll(CloseCode.goingAway, 'server shutting down');
        await updatedAt.flush();
        updatedAt.close();
        await writer.drain();
        httpServer.closeAllConnections();
        await stopped;
        await docStore.close();
        await storage.close();
        await fanout.close();
        await presence.close();
        logger.info('weft stopped');
      })();
      return closing;
    },
  };
}

/** The services over whichever stores the configuration chose; also usable by seed scripts. */
export function createServices(
  config: Config,
  logger: Logger,
  stores: AccountStores,
  now: () => number,
  commentStores: CommentStores,
  events: AccessEvents = createLocalAccessEvents(logger),
  writeTogether?: WriteTogether,
): WeftServices {
  const accounts = new AccountService({
    users: stores.users,
    sessions: stores.sessions,
    tokens: stores.tokens,
    events,
    logger,
    now,
    sessionTtlMs: config.sessionTtlMs,
    scryptCost: config.scryptCost,
  });
  const workspaces = new WorkspaceService({
    workspaces: stores.workspaces,
    users: stores.users,
    events,
    now,
  });
  const invites = new InviteService({
    workspaces: stores.workspaces,
    workspaceService: workspaces,
    now,
    users: stores.users,
    writeTogether: config.mail.smtpUrl ? writeTogether : undefined,
  });
  const activity = new ActivityService({ store: commentStores.activity, workspaceService: workspaces, now });
  const documents = new DocumentService({
    documents: stores.documents,
    workspaceService: workspaces,
    now,
    activity,
    writeTogether,
  });
  const comments = new CommentService({
    comments: commentStores.comments,
    documents: stores.documents,
    workspaces: stores.workspaces,
    users: stores.users,
    workspaceService: workspaces,
    activity,
    now,
  });
  const exchangeSessions = new ExchangeSessionService({
    sessions: stores.exchangeSessions,
    documents: stores.documents,
    workspaceService: workspaces,
    now,
  });
  return { accounts, workspaces, invites, documents, exchangeSessions, events, comments, activity };
}

interface Fanout {
  docBus: DocBus;
  events: AccessEvents;
  /** Set when REDIS_URL is: the bus connections, started by `listen()`. */
  redis: { connect(): void; isReady(): Promise<boolean> } | undefined;
  /** Rate-limit counters shared by all nodes; undefined counts in memory. */
  rateLimitStore: ((limit: string) => Store) | undefined;
  close(): Promise<void>;
}

/**
 * Document updates, awareness and access events between nodes: Redis pub/sub, or this node only.
 * The Redis modules are loaded only with REDIS_URL, so a single node never pays for them.
 */
async function createFanout(config: Config, logger: Logger): Promise<Fanout> {
  if (!config.redisUrl) {
    const docBus = createLocalDocBus();
    return {
      docBus,
      events: createLocalAccessEvents(logger),
      redis: undefined,
      rateLimitStore: undefined,
      close: () => docBus.close(),
    };
  }
  const [
    { createBusRedisClients },
    { createRedisDocBus },
    { createRedisAccessEvents },
    { createRedisRateLimitStore },
  ] = await Promise.all([
    import('./bus/redis/createBusRedisClients.ts'),
    import('./bus/redis/createRedisDocBus.ts'),
    import('./services/createRedisAccessEvents.ts'),
    import('./http/createRedisRateLimitStore.ts'),
  ]);
  const clients: BusRedisClients = createBusRedisClients(config.redisUrl, logger);
  const docBus = createRedisDocBus({ ...clients, logger, prefix: `${config.redisPrefix}doc:` });
  const events = createRedisAccessEvents({ ...clients, logger, channel: `${config.redisPrefix}access` });
  return {
    docBus,
    events,
    redis: { connect: clients.connect, isReady: async () => clients.isReady() },
    // The publisher also serves plain commands; it fails fast while Redis is away.
    rateLimitStore: (limit) =>
      createRedisRateLimitStore(clients.publisher, `${config.redisPrefix}ratelimit:${limit}:`, logger),
    async close() {
      events.close();
      await docBus.close();
      await clients.close();
    },
  };
}

// Security headers go first so static files and errors carry them too.
function securityRouter(): Router {
  const router = Router();
  router.use(securityHeaders());
  return router;
}

function isClaimed(url: string | undefined): boolean {
  const pathname = upgradePath(url);
  // The sync endpoint answers unparsable targets (400), so they count as claimed here.
  if (pathname === null) return true;
  return pathname.startsWith(YJS_PATH_PREFIX) || pathname.startsWith(SOCKET_IO_PATH);
}
