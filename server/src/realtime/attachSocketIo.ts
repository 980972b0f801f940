import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import {
  ErrorCode,
  followViewportSchema,
  type PresenceClientToServer,
  PresenceEvent,
  type PresenceServerToClient,
  presenceHeartbeatSchema,
  presenceJoinSchema,
  presenceLeaveSchema,
  presenceUpdateSchema,
} from '@weft/protocol';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import { colourFor } from '../presence/colourFor.ts';
import type { PresenceAdapter } from '../presence/createPresenceBackend.ts';
import { DEFAULT_PRESENCE_TIMING, PresenceHub, type PresenceTiming } from '../presence/PresenceHub.ts';
import type { PresenceStore } from '../presence/PresenceStore.ts';
import type { AccessEvents } from '../services/AccessEvents.ts';
import { createMembershipCache, type MembershipCache } from './createMembershipCache.ts';
import { enforceSocketIoAccess, removeFromWorkspace } from './enforceSocketIoAccess.ts';
import { type AckFn, ackError, type PresenceAckError, splitAck } from './presenceAck.ts';
import type { AuthenticateHandshake, CanAccessWorkspace, SocketPrincipal } from './SocketAuth.ts';

export interface SocketIoOptions {
  authenticate: AuthenticateHandshake;
  canAccessWorkspace: CanAccessWorkspace;
  presenceStore: PresenceStore;
  logger: Logger;
  /** The @socket.io/redis-adapter over pub/sub clients connected (or connecting) by the caller. */
  redisAdapter?: PresenceAdapter;
  timing?: Partial<PresenceTiming>;
  /** Largest socket.io message accepted, in bytes. */
  maxMessageBytes?: number;
  /** Membership and credential changes (from every node when Redis carries them). */
  accessEvents?: AccessEvents;
  /** Told when a member joins or leaves a live session page (attendance for the minutes). */
  onSessionPresence?: SessionPresenceListener;
}

export type SessionPresenceListener = (event: {
  type: 'join' | 'leave';
  sessionId: string;
  userId: string;
  name: string;
}) => void;

export interface SocketIoEndpoint {
  readonly io: Server;
  readonly hub: PresenceHub;
  /** Disconnects this node's sockets and removes their presence; leaves the HTTP server alone. */
  close(): Promise<void>;
}

interface SocketData {
  principal: SocketPrincipal;
}

type PresenceSocket = Socket<PresenceClientToServer, PresenceServerToClient, InterServerEvents, SocketData>;

interface InterServerEvents {
  'presence:changed': (workspaceId: string) => void;
}

/** The room of sockets present in a workspace (joined via `presence:join`); notifications reuse it. */
export const presenceRoomOf = (workspaceId: string) => `presence:${workspaceId}`;
const roomOf = presenceRoomOf;

/** Serves presence and following over socket.io at `/socket.io/` on the same HTTP server as `/yjs/`. */
export function attachSocketIo(server: HttpServer, opts: SocketIoOptions): SocketIoEndpoint {
  const io = new Server<PresenceClientToServer, PresenceServerToClient, InterServerEvents, SocketData>(
    server,
    {
      // Leave upgrades of other paths (the /yjs/ endpoint) to their own handlers.
      destroyUpgrade: false,
      serveClient: false,
      maxHttpBufferSize: opts.maxMessageBytes ?? 64 * 1024,
      // Weft is same-origin only; no CORS headers are ever sent.
      cors: undefined,
    },
  );
  if (opts.redisAdapter) io.adapter(opts.redisAdapter);
  const logger = opts.logger.child({ component: 'socket.io' });
  const clustered = opts.redisAdapter !== undefined;

  const hub = new PresenceHub({
    store: opts.presenceStore,
    nodeId: randomUUID(),
    logger,
    timing: { ...DEFAULT_PRESENCE_TIMING, ...opts.timing },
    publish: (workspaceId, state) => io.local.to(roomOf(workspaceId)).emit(PresenceEvent.state, state),
    announce: clustered ? (workspaceId) => io.serverSideEmit('presence:changed', workspaceId) : undefined,
  });
  io.on('presence:changed', (workspaceId) => hub.schedule(workspaceId));

  io.use((socket, next) => {
    opts.authenticate(socket.handshake).then(
      (principal) => {
        if (!principal) {
          next(refusal(ErrorCode.unauthorized, 'sign in first: session cookie or auth.token required'));
          return;
        }
        socket.data.principal = principal;
        next();
      },
      (err: unknown) => {
        logger.error({ err }, 'socket.io authentication failed');
        next(refusal(ErrorCode.unavailable, 'authentication is unavailable, retry later'));
      },
    );
  });

  const membership = createMembershipCache(opts.canAccessWorkspace, opts.accessEvents);
  const stopEnforcing = enforceSocketIoAccess({
    io,
    hub,
    events: opts.accessEvents,
    roomOf,
    logger,
  });
  io.on('connection', (socket) => handleSocket(socket, hub, membership, logger, opts.onSessionPresence));

  let closing: Promise<void> | null = null;
  return {
    io,
    hub,
    close() {
      closing ??= (async () => {
        stopEnforcing();
        membership.close();
        await hub.close();
        io.local.disconnectSockets(true);
        io.engine.close();
        io.of('/').adapter.close();
      })();
      return closing;
    },
  };
}

function handleSocket(
  socket: PresenceSocket,
  hub: PresenceHub,
  membership: MembershipCache,
  logger: Logger,
  onSessionPresence: SessionPresenceListener = () => {},
): void {
  const principal = socket.data.principal;
  // The live session this socket is on, per workspace, so a leave or disconnect can be recorded.
  const sessions = new Map<string, string>();
  const sessionPresence = (workspaceId: string, sessionId: string | null) => {
    const before = sessions.get(workspaceId);
    if (before === (sessionId ?? undefined)) return;
    const who = { userId: principal.userId, name: principal.name };
    if (before) onSessionPresence({ type: 'leave', sessionId: before, ...who });
    if (sessionId) {
      sessions.set(workspaceId, sessionId);
      onSessionPresence({ type: 'join', sessionId, ...who });
    } else sessions.delete(workspaceId);
  };
  const log = logger.child({ socket: socket.id, user: principal.userId });
  // Every event naming a workspace re-checks membership (cached; access events invalidate it).
  const stillMember = async (workspaceId: string): Promise<boolean> => {
    if (await membership.roleOf(principal, workspaceId)) return true;
    removeFromWorkspace(socket, workspaceId, { hub, roomOf, logger: log });
    return false;
  };

  // Every handler validates its payload, always acks, and turns a thrown error into an error ack.
  const on = (event: string, handle: (payload: unknown, ack: AckFn) => Promise<void>) => {
    socket.on(event as keyof PresenceClientToServer, (...args: unknown[]) => {
      const { payload, ack } = splitAck(args);
      handle(payload, ack).catch((err: unknown) => {
        log.error({ err, event }, 'socket.io handler failed');
        ack(ackError(ErrorCode.internal, 'internal error'));
      });
    });
  };

  on(PresenceEvent.join, async (payload, ack) => {
    const parsed = presenceJoinSchema.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error.issues));
    const { workspaceId, documentId, sessionId } = parsed.data;
    const role = await membership.roleOf(principal, workspaceId);
    if (!role) return ack(ackError(ErrorCode.forbidden, 'not a member of this workspace'));
    if (socket.disconnected) return;
    await socket.join(roomOf(workspaceId));
    const previous = hub.recordOf(workspaceId, socket.id);
    const state = await hub.join({
      workspaceId,
      connectionId: socket.id,
      userId: principal.userId,
      name: principal.name,
      city: principal.city,
      colour: colourFor(principal.userId),
      documentId: documentId ?? null,
      sessionId: sessionId ?? null,
      activity: previous?.activity ?? 'active',
      viewport: previous?.viewport ?? null,
    });
    // A removal that arrived while joining must not be undone by the join.
    if (!(await stillMember(workspaceId))) return ack(notMember());
    sessionPresence(workspaceId, sessionId ?? null);
    ack({ ok: true, state });
  });

  on(PresenceEvent.leave, async (payload, ack) => {
    const parsed = presenceLeaveSchema.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error.issues));
    await socket.leave(roomOf(parsed.data.workspaceId));
    await hub.leave(parsed.data.workspaceId, socket.id);
    sessionPresence(parsed.data.workspaceId, null);
    ack({ ok: true });
  });

  on(PresenceEvent.update, async (payload, ack) => {
    const parsed = presenceUpdateSchema.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error.issues));
    const { workspaceId, documentId, activity, viewport } = parsed.data;
    if (!(await stillMember(workspaceId))) return ack(notMember());
    const patch = {
      activity,
      ...(documentId !== undefined ? { documentId } : {}),
      ...(viewport !== undefined ? { viewport } : {}),
    };
    if (!(await hub.update(workspaceId, socket.id, patch))) return ack(notJoined());
    ack({ ok: true });
  });

  on(PresenceEvent.heartbeat, async (payload, ack) => {
    const parsed = presenceHeartbeatSchema.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error.issues));
    const workspaceId = parsed.data?.workspaceId;
    if (workspaceId !== undefined && !(await stillMember(workspaceId))) return ack(notMember());
    hub.heartbeat(socket.id, workspaceId);
    ack({ ok: true });
  });

  on(PresenceEvent.followViewport, async (payload, ack) => {
    const parsed = followViewportSchema.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error.issues));
    if (!hub.isJoined(parsed.data.workspaceId, socket.id)) return ack(notJoined());
    if (!(await stillMember(parsed.data.workspaceId))) return ack(notMember());
    // Through the adapter, so followers on other nodes receive it too; never echoed to the sender.
    socket
      .to(roomOf(parsed.data.workspaceId))
      .emit(PresenceEvent.followViewport, { ...parsed.data, userId: principal.userId, name: principal.name });
    ack({ ok: true });
  });

  socket.on('disconnect', () => {
    for (const workspaceId of [...sessions.keys()]) sessionPresence(workspaceId, null);
    hub.disconnect(socket.id).catch((err: unknown) => log.warn({ err }, 'presence cleanup failed'));
  });
}

function refusal(code: string, message: string): Error & { data: { code: string } } {
  return Object.assign(new Error(message), { data: { code } });
}

function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): PresenceAckError {
  const detail = issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || 'payload'}: ${i.message}`)
    .join('; ');
  return ackError(ErrorCode.validation, `invalid payload: ${detail}`);
}

function notMember(): PresenceAckError {
  return ackError(ErrorCode.forbidden, 'not a member of this workspace');
}

function notJoined(): PresenceAckError {
  return ackError(ErrorCode.badRequest, 'join the workspace (presence:join) first');
}
