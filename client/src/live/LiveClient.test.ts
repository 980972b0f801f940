import type { PresenceUser } from '@weft/protocol';
import { describe, expect, it, vi } from 'vitest';
import { createLiveClient, type FollowMove, type LiveSocket } from './LiveClient.ts';

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
  return { socket: socket as unknown as LiveSocket, emitted, push };
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
  const client = createLiveClient(async () => fake.socket);
  await vi.waitFor(() => expect(client.getSnapshot().status).toBe('connected'));
  const moves: FollowMove[] = [];
  client.onFollowMove((m) => moves.push(m));
  return { ...fake, client, moves };
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
});
