import type {
  FollowViewportRelay,
  PresenceAck,
  PresenceClientToServer,
  PresenceServerToClient,
  PresenceState,
} from '@weft/protocol';
import { io, type Socket } from 'socket.io-client';
import { expect } from 'vitest';

export type PresenceTestSocket = Socket<PresenceServerToClient, PresenceClientToServer>;

export interface PresenceTestClient {
  readonly socket: PresenceTestSocket;
  readonly states: PresenceState[];
  readonly follows: FollowViewportRelay[];
  /** Emits an event and resolves with its ack; payload is sent as given, valid or not. */
  request(event: string, payload?: unknown): Promise<PresenceAck>;
  /** Waits until the latest pushed state of the workspace satisfies `check`. */
  waitForState(workspaceId: string, check: (s: PresenceState) => boolean): Promise<PresenceState>;
  close(): void;
}

/** A real socket.io client over WebSocket, authenticated by token or session cookie. */
export async function connectPresenceClient(
  url: string,
  credentials: { token?: string; cookie?: string; name?: string },
): Promise<PresenceTestClient> {
  const socket: PresenceTestSocket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    auth: {
      ...(credentials.token ? { token: credentials.token } : {}),
      ...(credentials.name ? { name: credentials.name } : {}),
    },
    ...(credentials.cookie ? { extraHeaders: { cookie: credentials.cookie } } : {}),
  });
  const states: PresenceState[] = [];
  const follows: FollowViewportRelay[] = [];
  socket.on('presence:state', (s) => states.push(s));
  socket.on('follow:viewport', (f) => follows.push(f));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
  const latest = (workspaceId: string) => states.filter((s) => s.workspaceId === workspaceId).at(-1);
  return {
    socket,
    states,
    follows,
    request(event, payload) {
      const untyped = socket as unknown as Socket;
      return untyped.timeout(5000).emitWithAck(event, payload) as Promise<PresenceAck>;
    },
    async waitForState(workspaceId, check) {
      await expect
        .poll(
          () => {
            const s = latest(workspaceId);
            return s !== undefined && check(s);
          },
          { timeout: 15_000, interval: 20 },
        )
        .toBe(true);
      const s = latest(workspaceId);
      if (!s) throw new Error('no state');
      return s;
    },
    close() {
      socket.close();
    },
  };
}

export const userIds = (s: PresenceState | undefined) => (s?.users ?? []).map((u) => u.userId).sort();
