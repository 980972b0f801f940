import type {
  InboxCounts,
  NotificationServerToClient,
  PresenceClientToServer,
  PresenceServerToClient,
} from '@weft/protocol';
import type { Socket } from 'socket.io-client';

/**
 * The tab's one socket.io connection: presence and following (the presence client joins the
 * workspace on it), inbox counts, and the workspace's pushes that reach joined sockets only.
 */
export type WeftSocket = Socket<PresenceServerToClient & NotificationServerToClient, PresenceClientToServer>;

export interface SocketLease {
  readonly socket: WeftSocket;
  /** Gives the connection back; it closes when the last holder released it. */
  release(): void;
}

let shared: { socket: Promise<WeftSocket>; holders: number } | null = null;
// Pushed once on connect, often before the inbox (started after the page's note) listens.
let lastCounts: InboxCounts | null = null;

async function open(): Promise<WeftSocket> {
  // Imported here so socket.io-client never lands in a route's initial JavaScript.
  const { io } = await import('socket.io-client');
  // Same origin: the browser sends the session cookie with the WebSocket handshake by itself.
  const socket: WeftSocket = io({ path: '/socket.io/', transports: ['websocket'] });
  socket.on('inbox:counts', (counts) => {
    lastCounts = counts;
  });
  return socket;
}

/**
 * One socket.io connection per tab, shared by every feature that needs one (presence, inbox,
 * comments): opened on the first `acquireSocket()`, closed when the last lease is released.
 */
export async function acquireSocket(): Promise<SocketLease> {
  if (!shared) shared = { socket: open(), holders: 0 };
  const entry = shared;
  entry.holders += 1;
  let socket: WeftSocket;
  try {
    socket = await entry.socket;
  } catch (err) {
    entry.holders -= 1;
    if (shared === entry) shared = null;
    throw err;
  }
  let released = false;
  return {
    socket,
    release() {
      if (released) return;
      released = true;
      entry.holders -= 1;
      if (entry.holders > 0 || shared !== entry) return;
      shared = null;
      lastCounts = null;
      socket.disconnect();
    },
  };
}

type ServerEvents = PresenceServerToClient & NotificationServerToClient;

const presentListeners = new Set<(workspaceId: string) => void>();

/**
 * The presence client joined a workspace on the shared connection (first time and after every
 * reconnect): from now on its notifications reach this tab, so features read their state again.
 */
export function announcePresent(workspaceId: string): void {
  for (const listener of presentListeners) listener(workspaceId);
}

/** Calls `handler` each time this tab (re)joins `workspaceId`; returns the unsubscribe function. */
export function onPresent(workspaceId: string, handler: () => void): () => void {
  const listener = (joined: string) => {
    if (joined === workspaceId) handler();
  };
  presentListeners.add(listener);
  return () => {
    presentListeners.delete(listener);
  };
}

/**
 * Listens to one server event on the shared connection until the returned function is called
 * (an effect's cleanup): takes a lease, and gives it back even when cleanup comes first. A late
 * `inbox:counts` listener gets the newest counts at once.
 */
export function listenOnSocket<E extends keyof ServerEvents>(event: E, handler: ServerEvents[E]): () => void {
  let cancelled = false;
  let leave: (() => void) | null = null;
  void acquireSocket().then(
    ({ socket, release }) => {
      if (cancelled) {
        release();
        return;
      }
      // socket.io's typed `on` cannot relate a generic event name to its handler.
      const untyped = socket as unknown as {
        on(e: string, h: (...args: never[]) => void): void;
        off(e: string, h: (...args: never[]) => void): void;
      };
      untyped.on(event as string, handler);
      if (event === 'inbox:counts' && lastCounts) (handler as (counts: InboxCounts) => void)(lastCounts);
      leave = () => {
        untyped.off(event as string, handler);
        release();
      };
    },
    () => undefined,
  );
  return () => {
    cancelled = true;
    leave?.();
  };
}
