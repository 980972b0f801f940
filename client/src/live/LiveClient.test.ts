import type { PresenceUser } from '@weft/protocol';
import { describe, expect, it, vi } from 'vitest';
import { createLiveClient, type FollowMove } from './LiveClient.ts';
import type { WeftSocket } from './socket.ts';

type Handler = (...args: unknown[]) => void;

/** A socket.io client stand-in: records emits, acks them, and lets the test push server events. */
function fakeSocket() {
  const handlers = new Map<string, Handler[]>();
  const emitted: { event: string; payload: unknown }[] = [];
  const socket = {
    connected: true,
    on(event: string, handler: Handler) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
      return socket;
    },
    off(event: string, handler: Handler) {
      handlers.set(
        event,
        (handlers.get(event) ?? []).filter((h) => h !== handler),
      );
      return socket;
    },
    timeout() {
      return {
        emit(event: string, payload: unknown, ack: (err: Error | null, res: unknown) => void) {
          emitted.push({ event, payload });
          ack(null, { ok: true });
        },
      };
    },
    disconnect: vi.fn(),
  };
  const push = (event: string, ...args: unknown[]) => {
    for (const h of handlers.get(event) ?? []) h(...args);
  };
  const listening = () => [...handlers.values()].reduce((n, list) => n + list.length, 0);
  return { socket: socket as unknown as WeftSocket, raw: socket, emitted, push, listening };
}

const user = (userId: string, patch: Partial<PresenceUser> = {}): PresenceUser => ({
  userId,
  name: userId.toUpperCase(),
  city: 'Ghent',
  colour: '#123456',
  documentId: null,
  sessionId: null,
  activity: 'active',
  viewport: null,
  lastSeen: '2026-03-30T08:00:00.000Z',
  ...patch,
});

async function setup() {
  const fake = fakeSocket();
  const release = vi.fn();
  const joinedIn: string[] = [];
  // A lease on the tab's shared connection, as `acquireSocket()` hands out.
  const client = createLiveClient(async () => ({ socket: fake.socket, release }), {
    onJoined: (workspaceId) => joinedIn.push(workspaceId),
  });
  await vi.waitFor(() => expect(client.getSnapshot().status).toBe('connected'));
  const moves: FollowMove[] = [];
  client.onFollowMove((m) => moves.push(m));
  return { ...fake, client, moves, release, joinedIn };
}

describe('LiveClient', () => {
  it('joins the workspace, then moves between documents with presence:update', async () => {
    const { client, emitted } = await setup();
    client.setLocation({ workspaceId: 'w', documentId: null, sessionId: 's' });
    client.setLocation({ workspaceId: 'w', documentId: 'd1', sessionId: null });
    client.setLocation({ workspaceId: 'w', documentId: 'd2', sessionId: null });
    client.setLocation({ workspaceId: null, documentId: null, sessionId: null });
    expect(emitted).toEqual([
      { event: 'presence:join', payload: { workspaceId: 'w', documentId: null, sessionId: 's' } },
      { event: 'presence:join', payload: { workspaceId: 'w', documentId: 'd1', sessionId: null } },
      { event: 'presence:update', payload: { workspaceId: 'w', documentId: 'd2', activity: 'active' } },
      { event: 'presence:leave', payload: { workspaceId: 'w' } },
    ]);
  });

  it('follows a person into their document and to their viewport; ignores other people', async () => {
    const { client, push, moves } = await setup();
    client.setLocation({ workspaceId: 'w', documentId: null, sessionId: 's' });
    push('presence:state', { workspaceId: 'w', users: [user('fac', { sessionId: 's' }), user('me')] });
    client.follow({ userId: 'fac', name: 'FAC' });
    expect(moves).toEqual([]);
    push('presence:state', { workspaceId: 'w', users: [user('fac', { documentId: 'd1' }), user('me')] });
    expect(moves).toEqual([{ userId: 'fac', documentId: 'd1', viewport: null }]);
    const viewport = { x: 0, y: 0.4, zoom: 1 };
    push('follow:viewport', { workspaceId: 'w', documentId: 'd1', viewport, userId: 'fac', name: 'FAC' });
    push('follow:viewport', { workspaceId: 'w', documentId: 'd9', viewport, userId: 'other', name: 'O' });
    expect(moves.at(-1)).toEqual({ userId: 'fac', documentId: 'd1', viewport });
    expect(moves).toHaveLength(2);
  });

  it('stops when I act myself, ignores moves while paused, and resumes to where they are now', async () => {
    const { client, push, moves } = await setup();
    client.setLocation({ workspaceId: 'w', documentId: 'd1', sessionId: null });
    client.follow({ userId: 'fac', name: 'FAC' });
    client.stopFollowing('self');
    expect(client.getSnapshot()).toMatchObject({ following: null, paused: { userId: 'fac', name: 'FAC' } });
    const later = { x: 0, y: 0.7, zoom: 1 };
    push('follow:viewport', {
      workspaceId: 'w',
      documentId: 'd1',
      viewport: later,
      userId: 'fac',
      name: 'FAC',
    });
    push('presence:state', { workspaceId: 'w', users: [user('fac', { documentId: 'd1', viewport: later })] });
    expect(moves).toEqual([]);
    client.resume();
    expect(client.getSnapshot()).toMatchObject({ following: { userId: 'fac' }, paused: null });
    expect(moves).toEqual([{ userId: 'fac', documentId: 'd1', viewport: later }]);
    client.stopFollowing('explicit');
    expect(client.getSnapshot()).toMatchObject({ following: null, paused: null });
  });

  it('publishes my viewport and stores it in presence once it settles', async () => {
    vi.useFakeTimers();
    try {
      const { client, emitted } = await setup();
      client.setLocation({ workspaceId: 'w', documentId: 'd1', sessionId: null });
      const viewport = { x: 0, y: 0.25, zoom: 1 };
      client.publishViewport('d1', viewport);
      expect(emitted.at(-1)).toEqual({
        event: 'follow:viewport',
        payload: { workspaceId: 'w', documentId: 'd1', viewport },
      });
      vi.advanceTimersByTime(1000);
      expect(emitted.at(-1)).toEqual({
        event: 'presence:update',
        payload: { workspaceId: 'w', documentId: 'd1', activity: 'active', viewport },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('re-joins where it is after a reconnect and says so each time it joined', async () => {
    const { client, raw, push, emitted, joinedIn } = await setup();
    client.setLocation({ workspaceId: 'w', documentId: null, sessionId: 's' });
    raw.connected = false;
    push('disconnect');
    expect(client.getSnapshot().status).toBe('connecting');
    raw.connected = true;
    push('connect');
    expect(client.getSnapshot().status).toBe('connected');
    const joins = emitted.filter((e) => e.event === 'presence:join');
    expect(joins).toEqual([
      { event: 'presence:join', payload: { workspaceId: 'w', documentId: null, sessionId: 's' } },
      { event: 'presence:join', payload: { workspaceId: 'w', documentId: null, sessionId: 's' } },
    ]);
    expect(joinedIn).toEqual(['w', 'w']);
  });

  it('on destroy leaves the workspace and gives the lease back without closing the shared socket', async () => {
    const { client, raw, emitted, release, listening } = await setup();
    client.setLocation({ workspaceId: 'w', documentId: 'd1', sessionId: null });
    client.destroy();
    expect(emitted.at(-1)).toEqual({ event: 'presence:leave', payload: { workspaceId: 'w' } });
    expect(release).toHaveBeenCalledTimes(1);
    expect(raw.disconnect).not.toHaveBeenCalled();
    expect(listening()).toBe(0);
    client.destroy();
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('gives back a lease that arrives after destroy', async () => {
    const fake = fakeSocket();
    const release = vi.fn();
    let grant: (lease: { socket: WeftSocket; release: () => void }) => void = () => undefined;
    const client = createLiveClient(() => new Promise((resolve) => (grant = resolve)));
    client.destroy();
    grant({ socket: fake.socket, release });
    await vi.waitFor(() => expect(release).toHaveBeenCalledTimes(1));
    expect(fake.listening()).toBe(0);
    expect(fake.emitted).toEqual([]);
  });
});
