import type {
  FollowViewportRelay,
  PresenceAck,
  PresenceActivity,
  PresenceClientToServer,
  PresenceState,
  PresenceUser,
  Viewport,
} from '@weft/protocol';
import type { SocketLease, WeftSocket } from './socket.ts';

/** Where this tab is: the route's workspace, document and live session. */
export interface LiveLocation {
  workspaceId: string | null;
  documentId: string | null;
  sessionId: string | null;
}

export interface FollowedPerson {
  userId: string;
  name: string;
}

export type LiveStatus = 'connecting' | 'connected' | 'unavailable';

export interface LiveSnapshot {
  status: LiveStatus;
  /** The workspace `users` belong to. */
  workspaceId: string | null;
  users: readonly PresenceUser[];
  following: FollowedPerson | null;
  /** Following stopped because I acted myself; the banner offers to resume. */
  paused: FollowedPerson | null;
}

/** Where the followed person went: their document and, when known, their viewport. */
export interface FollowMove {
  userId: string;
  documentId: string;
  viewport: Viewport | null;
}

export interface LiveClient {
  getSnapshot(): LiveSnapshot;
  subscribe(listener: () => void): () => void;
  setLocation(location: LiveLocation): void;
  setActivity(activity: PresenceActivity): void;
  /** Sends my viewport to the workspace (callers throttle). */
  publishViewport(documentId: string, viewport: Viewport): void;
  follow(person: FollowedPerson): void;
  /** `self`: I acted on my own (offer Resume); `explicit`: I asked to stop. */
  stopFollowing(reason: 'self' | 'explicit'): void;
  resume(): void;
  onFollowMove(listener: (move: FollowMove) => void): () => void;
  destroy(): void;
}

const ACK_TIMEOUT_MS = 8000;
/** After a view stops moving, it is also stored in presence so someone starting to follow finds it. */
const SETTLE_MS = 1000;

export interface LiveClientOptions {
  /** Told after every successful `presence:join` (also after a reconnect). */
  onJoined?: (workspaceId: string) => void;
}

/**
 * Presence and following, independent of React, on the tab's shared socket.io connection:
 * `acquire` leases it (the runtime passes `acquireSocket`), `destroy` leaves and gives the lease
 * back without closing what others still use; the client re-joins after every reconnect.
 */
export function createLiveClient(
  acquire: () => Promise<SocketLease>,
  options: LiveClientOptions = {},
): LiveClient {
  let snapshot: LiveSnapshot = {
    status: 'connecting',
    workspaceId: null,
    users: [],
    following: null,
    paused: null,
  };
  let location: LiveLocation = { workspaceId: null, documentId: null, sessionId: null };
  let joined: LiveLocation | null = null;
  let activity: PresenceActivity = 'active';
  let socket: WeftSocket | null = null;
  let detach: (() => void) | null = null;
  let destroyed = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let followedViewportKey = '';
  const listeners = new Set<() => void>();
  const moveListeners = new Set<(move: FollowMove) => void>();

  const set = (patch: Partial<LiveSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const l of listeners) l();
  };

  const emit = <E extends keyof PresenceClientToServer>(
    event: E,
    payload: Parameters<PresenceClientToServer[E]>[0],
    onAck?: (ack: PresenceAck) => void,
  ) => {
    if (!socket?.connected) return;
    // socket.io's typed emit cannot express "payload then ack" generically; the maps above keep it honest.
    const typed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emit(e: string, p: unknown, cb: (err: Error | null, ack: PresenceAck) => void): void;
    };
    typed.emit(event, payload, (err, ack) => {
      if (!err && ack) onAck?.(ack);
    });
  };

  const applyState = (state: PresenceState) => {
    if (state.workspaceId !== location.workspaceId) return;
    set({ users: state.users, workspaceId: state.workspaceId });
    const followed = snapshot.following && state.users.find((u) => u.userId === snapshot.following?.userId);
    if (!followed?.documentId) return;
    // A new document, or a view that settled since the last relay (e.g. one missed while paused).
    const viewportKey = JSON.stringify(followed.viewport);
    const moved = followed.documentId !== location.documentId || viewportKey !== followedViewportKey;
    followedViewportKey = viewportKey;
    if (moved)
      announce({ userId: followed.userId, documentId: followed.documentId, viewport: followed.viewport });
  };

  const announce = (move: FollowMove) => {
    for (const l of moveListeners) l(move);
  };

  const sync = () => {
    const target = location;
    if (!socket?.connected) return;
    if (joined?.workspaceId && joined.workspaceId !== target.workspaceId) {
      emit('presence:leave', { workspaceId: joined.workspaceId });
      joined = null;
      set({ users: [], workspaceId: null });
    }
    if (!target.workspaceId) return;
    const { workspaceId, documentId, sessionId } = target;
    if (joined && joined.workspaceId === workspaceId && joined.sessionId === sessionId) {
      // Same workspace and session: an update keeps the record and only moves the document.
      if (joined.documentId !== documentId) emit('presence:update', { workspaceId, documentId, activity });
      joined = target;
      return;
    }
    joined = target;
    emit('presence:join', { workspaceId, documentId, sessionId }, (ack) => {
      if (!ack.ok) return;
      if (ack.state) applyState(ack.state);
      options.onJoined?.(workspaceId);
    });
  };

  function follow(person: FollowedPerson) {
    set({ following: person, paused: null });
    const followed = snapshot.users.find((u) => u.userId === person.userId);
    followedViewportKey = JSON.stringify(followed?.viewport ?? null);
    if (followed?.documentId) {
      announce({ userId: person.userId, documentId: followed.documentId, viewport: followed.viewport });
    }
  }

  void acquire().then(
    ({ socket: s, release }) => {
      if (destroyed) {
        release();
        return;
      }
      socket = s;
      const onConnect = () => {
        joined = null;
        set({ status: 'connected' });
        sync();
      };
      const onDisconnect = () => {
        joined = null;
        set({ status: 'connecting' });
      };
      const onConnectError = () => set({ status: 'unavailable' });
      const onRelay = (relay: FollowViewportRelay) => {
        if (relay.workspaceId !== location.workspaceId || relay.userId !== snapshot.following?.userId) return;
        announce({ userId: relay.userId, documentId: relay.documentId, viewport: relay.viewport });
      };
      s.on('connect', onConnect);
      s.on('disconnect', onDisconnect);
      s.on('connect_error', onConnectError);
      s.on('presence:state', applyState);
      s.on('follow:viewport', onRelay);
      detach = () => {
        // The connection stays open for the tab's other features: leave the workspace explicitly.
        if (joined?.workspaceId) emit('presence:leave', { workspaceId: joined.workspaceId });
        joined = null;
        s.off('connect', onConnect);
        s.off('disconnect', onDisconnect);
        s.off('connect_error', onConnectError);
        s.off('presence:state', applyState);
        s.off('follow:viewport', onRelay);
        socket = null;
        release();
      };
      if (s.connected) onConnect();
    },
    () => set({ status: 'unavailable' }),
  );

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLocation(next) {
      location = next;
      if (next.workspaceId !== snapshot.workspaceId && snapshot.following) {
        set({ following: null, paused: null });
      }
      sync();
    },
    setActivity(next) {
      if (next === activity) return;
      activity = next;
      if (joined?.workspaceId) emit('presence:update', { workspaceId: joined.workspaceId, activity });
    },
    publishViewport(documentId, viewport) {
      const workspaceId = joined?.workspaceId;
      if (!workspaceId) return;
      emit('follow:viewport', { workspaceId, documentId, viewport });
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        if (joined?.workspaceId === workspaceId && joined.documentId === documentId) {
          emit('presence:update', { workspaceId, documentId, activity, viewport });
        }
      }, SETTLE_MS);
    },
    follow,
    stopFollowing(reason) {
      if (!snapshot.following) {
        if (reason === 'explicit') set({ paused: null });
        return;
      }
      set({ following: null, paused: reason === 'self' ? snapshot.following : null });
    },
    resume() {
      if (snapshot.paused) follow(snapshot.paused);
    },
    onFollowMove(listener) {
      moveListeners.add(listener);
      return () => moveListeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      clearTimeout(settleTimer);
      listeners.clear();
      moveListeners.clear();
      detach?.();
      detach = null;
    },
  };
}
