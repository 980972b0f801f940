import path from 'node:path';
import { z } from 'zod';
import type { AwarenessLimits } from './collab/RoomAwareness.ts';

/**
 * Updates read within this many ms of the first are stored and relayed together: a room with many
 * readers then sends fewer, larger frames (socket writes are most of the relay's CPU), for at most
 * this much extra latency. 0 = one batch per event-loop tick.
 */
// 0 by default: on a quiet machine a 10 ms window cut relay CPU to 0.73x of Hocuspocus but put
// p99 at 2.5x (docs/benchmarks.md, #21); busy, CPU-bound nodes may set 10–20.
export const DEFAULT_SYNC_BATCH_MS = 0;

const intFromEnv = (def: number, min: number) => z.coerce.number().int().min(min).default(def);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_MESSAGE_BYTES: intFromEnv(2 * 1024 * 1024, 1024),
  /** Updates kept in a document's log before they are merged into its snapshot. */
  COMPACT_THRESHOLD: intFromEnv(500, 2),
  /**
   * How long updates are collected, from the first, before one append and relay; 0 = per
   * event-loop tick. Fewer, larger frames to every reader, for that much extra latency.
   */
  SYNC_BATCH_MS: intFromEnv(DEFAULT_SYNC_BATCH_MS, 0).pipe(z.number().max(1000)),
  /**
   * permessage-deflate on the sync endpoint, with its window kept between frames (`off` = never
   * negotiated). Costs about 100 KiB of memory per connection that gets compressed frames.
   */
  SYNC_DEFLATE: z.enum(['on', 'off']).default('on'),
  /** Rooms with at most this many connections compress every frame (0 = only large frames). */
  SYNC_DEFLATE_ROOM_MAX: intFromEnv(16, 0).pipe(z.number().max(100_000)),
  /**
   * In larger rooms, sync frames of at least this many bytes are compressed; 0 = none. A large
   * document's first sync shrinks about 4x (docs/benchmarks.md, Wire).
   */
  SYNC_DEFLATE_THRESHOLD: intFromEnv(64 * 1024, 0),
  /** log2 of the server's deflate window (9-15); 13 = 8 KiB, about 100 KiB per connection in all. */
  SYNC_DEFLATE_WINDOW_BITS: intFromEnv(13, 9).pipe(z.number().max(15)),
  /** How long a document with no connection stays in memory. */
  DOC_IDLE_MS: intFromEnv(10_000, 0),
  /** Unsent bytes queued for one connection before it is closed as a slow consumer. */
  MAX_BUFFERED_BYTES: intFromEnv(16 * 1024 * 1024, 1024),
  /** Largest encoded state a single document may reach. */
  MAX_DOCUMENT_BYTES: intFromEnv(64 * 1024 * 1024, 1024),
  /** Largest file one upload may carry; larger ones are refused (413) without being read. */
  MAX_UPLOAD_BYTES: intFromEnv(25 * 1024 * 1024, 1024),
  /** How often the server pings each sync socket; one that has not answered the last ping is dropped. */
  SYNC_PING_MS: intFromEnv(30_000, 50),
  /** How often open sockets are checked for an expired session (closed within this much). */
  CREDENTIAL_CHECK_MS: intFromEnv(500, 10).pipe(z.number().max(60_000)),
  /** A room's awareness changes within this window go out as one frame per recipient. */
  AWARENESS_WINDOW_MS: intFromEnv(75, 0).pipe(z.number().max(1000)),
  /** The longest that window grows to while a room is busy (75 ms per client id in the last frame). */
  AWARENESS_WINDOW_MAX_MS: intFromEnv(250, 0).pipe(z.number().max(5000)),
  /** Awareness client ids one sync connection may announce. */
  AWARENESS_MAX_IDS: intFromEnv(4, 1).pipe(z.number().max(64)),
  /** Largest awareness state (JSON) one client id may carry. */
  AWARENESS_MAX_STATE_BYTES: intFromEnv(16 * 1024, 256),
  /** Awareness frames per second one sync connection may send (bursts of twice that pass). */
  AWARENESS_MAX_FRAMES_PER_SECOND: intFromEnv(60, 1),
  /** Directory of the built client; served as static files when present. */
  CLIENT_DIST: z.string().optional(),
  /** How long a login session lasts. */
  SESSION_TTL_HOURS: intFromEnv(336, 1),
  /** log2 of scrypt's N for new password hashes (15 = 32 MiB with r=8, p=3). */
  SCRYPT_COST: intFromEnv(15, 10).pipe(z.number().max(20)),
  AUTH_RATE_WINDOW_MS: intFromEnv(15 * 60_000, 1000),
  /** Login/sign-up attempts per window for one IP address and email. */
  AUTH_RATE_LIMIT: intFromEnv(10, 1),
  /** Login/sign-up attempts per window for one IP address. */
  AUTH_RATE_LIMIT_IP: intFromEnv(100, 1),
  /** Origin used in invite links, e.g. https://weft.example.org; defaults to the request's own. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  /** Redis for presence and socket.io fan-out between nodes; without it presence is in-process. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Key and channel prefix in Redis, so several deployments (or test runs) can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'must be 1-64 letters, digits, ":", ".", "_" or "-"')
    .default('weft:'),
  /** PostgreSQL for all persistent state, shared by every node; without it SQLite in DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** Connections each node keeps open to PostgreSQL at most. */
  DATABASE_POOL_SIZE: intFromEnv(10, 1).pipe(z.number().max(500)),
  /** Prometheus metrics on their own listener, never the public port; `off` disables it, 0 picks a free port. */
  METRICS_PORT: z
    .union([z.literal('off'), z.coerce.number().int().min(0).max(65535)], {
      error: 'must be a port number (0-65535) or "off"',
    })
    .default(9464),
  /** An automatic version is taken once a document has had no edit for this long. */
  VERSION_QUIET_MS: intFromEnv(120_000, 10).pipe(z.number().max(86_400_000)),
  /** At most one automatic version per document in this interval. */
  VERSION_AUTO_INTERVAL_MS: intFromEnv(3_600_000, 0).pipe(z.number().max(7 * 86_400_000)),
  /** SMTP server for email (`smtp://user:pass@host:587`, `smtps://` for TLS); without it no email is sent. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** Sender of every email, e.g. `Weft <weft@example.org>`. */
  MAIL_FROM: z.string().min(3).default('Weft <weft@localhost>'),
  /** A recipient's immediate notices wait this long for others, then go as one email. */
  MAIL_BATCH_MS: intFromEnv(120_000, 0),
  /** Signs unsubscribe links; without it a random secret is kept in the database. */
  MAIL_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How often the outbox and the digest clock are checked; also the first retry delay. */
  MAIL_POLL_MS: intFromEnv(5_000, 10),
  /** How long one sender holds a mail before another may retry it (a crashed node's mail). */
  MAIL_LEASE_MS: intFromEnv(60_000, 100),
  /** Attempts before a mail is recorded as failed for good. */
  MAIL_MAX_ATTEMPTS: intFromEnv(8, 1),
  /** Loopback by default: metrics reveal load and are for the scraper on this host or network only. */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  maxMessageBytes: number;
  compactThreshold: number;
  syncBatchMs: number;
  /** permessage-deflate on the sync endpoint; undefined when SYNC_DEFLATE=off. */
  syncDeflate: { roomMax: number; threshold: number; windowBits: number } | undefined;
  docIdleMs: number;
  maxBufferedBytes: number;
  maxDocumentBytes: number;
  maxUploadBytes: number;
  syncPingMs: number;
  credentialCheckMs: number;
  awareness: AwarenessLimits;
  clientDist: string | undefined;
  sessionTtlMs: number;
  scryptCost: number;
  authRateLimit: { windowMs: number; perEmail: number; perIp: number };
  publicUrl: string | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  mail: MailConfig;
  /** Where the metrics listener binds; undefined when METRICS_PORT=off. */
  metrics: { port: number; host: string } | undefined;
  /** Automatic versions: after `quietMs` without edits, at most one per `intervalMs`. */
  versions: { quietMs: number; intervalMs: number };
}

export interface MailConfig {
  /** Undefined: email is off. */
  smtpUrl: string | undefined;
  from: string;
  batchMs: number;
  secret: string | undefined;
  pollMs: number;
  leaseMs: number;
  maxAttempts: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The one reader of process.env; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", so `PORT= pnpm start` uses the default rather than port 0.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    compactThreshold: e.COMPACT_THRESHOLD,
    syncBatchMs: e.SYNC_BATCH_MS,
    syncDeflate:
      e.SYNC_DEFLATE === 'on'
        ? {
            roomMax: e.SYNC_DEFLATE_ROOM_MAX,
            threshold: e.SYNC_DEFLATE_THRESHOLD,
            windowBits: e.SYNC_DEFLATE_WINDOW_BITS,
          }
        : undefined,
    docIdleMs: e.DOC_IDLE_MS,
    maxBufferedBytes: e.MAX_BUFFERED_BYTES,
    maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    syncPingMs: e.SYNC_PING_MS,
    credentialCheckMs: e.CREDENTIAL_CHECK_MS,
    awareness: {
      windowMs: e.AWARENESS_WINDOW_MS,
      windowMaxMs: e.AWARENESS_WINDOW_MAX_MS,
      maxIds: e.AWARENESS_MAX_IDS,
      maxStateBytes: e.AWARENESS_MAX_STATE_BYTES,
      maxFramesPerSecond: e.AWARENESS_MAX_FRAMES_PER_SECOND,
    },
    clientDist: e.CLIENT_DIST,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    scryptCost: e.SCRYPT_COST,
    authRateLimit: {
      windowMs: e.AUTH_RATE_WINDOW_MS,
      perEmail: e.AUTH_RATE_LIMIT,
      perIp: e.AUTH_RATE_LIMIT_IP,
    },
    publicUrl: e.PUBLIC_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      batchMs: e.MAIL_BATCH_MS,
      secret: e.MAIL_SECRET,
      pollMs: e.MAIL_POLL_MS,
      leaseMs: e.MAIL_LEASE_MS,
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
    },
    metrics: e.METRICS_PORT === 'off' ? undefined : { port: e.METRICS_PORT, host: e.METRICS_HOST },
    versions: { quietMs: e.VERSION_QUIET_MS, intervalMs: e.VERSION_AUTO_INTERVAL_MS },
  };
}
