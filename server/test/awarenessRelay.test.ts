import { CloseCode } from '@weft/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { type AwarenessLog, awarenessFrame, recordAwareness } from './helpers/awarenessFrames.ts';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { connectProvider, type SyncClient, whenSynced } from './helpers/syncClients.ts';
import { createToken, signUp, type TestUser } from './helpers/testApi.ts';

let t: TestServer;
let fac: TestUser;
let editor: TestUser;
let viewer: TestUser;
const tokens = new Map<string, string>();
const clients: SyncClient[] = [];

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Facilitator', { city: 'Ghent' });
  editor = await signUp(t.url, 'Editor', { city: 'Huế' });
  viewer = await signUp(t.url, 'Viewer', { city: 'Surat' });
  for (const u of [fac, editor, viewer])
    tokens.set(u.id, (await createToken(t.url, { cookie: u.cookie })).secret);
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  await t?.close();
});

async function newDocument(): Promise<string> {
  const s = t.server.services;
  const { workspace } = await s.workspaces.create(fac.id, { title: 'Awareness' });
  await s.workspaces.admit(workspace.id, editor.id, 'editor');
  await s.workspaces.admit(workspace.id, viewer.id, 'viewer');
  return (await s.documents.create(fac.id, workspace.id, { type: 'note', title: 'Notes' })).id;
}

async function join(documentId: string, user: TestUser): Promise<SyncClient> {
  const client = connectProvider(t.wsUrl, documentId, new Y.Doc(), { token: tokens.get(user.id) as string });
  clients.push(client);
  await whenSynced(client.provider);
  return client;
}

const idOf = (c: SyncClient) => c.provider.doc.clientID;
const stateOf = (observer: SyncClient, of: SyncClient) =>
  observer.provider.awareness.getStates().get(idOf(of)) as Record<string, unknown> | undefined;

/** Waits until every observer sees `field` = `value` in every subject's state. */
async function allSee(observers: SyncClient[], subjects: SyncClient[], field: string, value: unknown) {
  await vi.waitFor(
    () => {
      for (const o of observers) for (const s of subjects) expect(stateOf(o, s)?.[field]).toEqual(value);
    },
    { timeout: 10_000 },
  );
}

const count = (log: AwarenessLog, clientId: number, clock: number) =>
  log.entries.filter((e) => e.clientId === clientId && e.clock === clock).length;

describe('awareness relay', () => {
  it('relays a state once: the stock clients’ echoes and a stale re-send go nowhere', async () => {
    const documentId = await newDocument();
    const [a, b, c] = [
      await join(documentId, fac),
      await join(documentId, editor),
      await join(documentId, viewer),
    ];
    for (const x of [a, b, c]) x.provider.awareness.setLocalStateField('cursor', 0);
    await allSee([a, b, c], [a, b, c], 'cursor', 0);
    const logA = recordAwareness(a.provider);
    const logC = recordAwareness(c.provider);

    // b and c receive a's change and, being stock y-websocket clients, send it straight back.
    a.provider.awareness.setLocalStateField('cursor', 1);
    const clockA = a.provider.awareness.meta.get(idOf(a))?.clock as number;
    await allSee([b, c], [a], 'cursor', 1);
    // Each barrier follows its sender's echo on the same socket, so any relay of an echo comes first.
    b.provider.awareness.setLocalStateField('barrier', 1);
    c.provider.awareness.setLocalStateField('barrier', 1);
    await allSee([a, c], [b, c], 'barrier', 1);
    expect(count(logC, idOf(a), clockA)).toBe(1);
    // a is not sent its own state back at all.
    expect(count(logA, idOf(a), clockA)).toBe(0);

    // b re-sends its own earlier state, clock and all: not news, so nobody hears it.
    const oldClock = (b.provider.awareness.meta.get(idOf(b))?.clock as number) - 1;
    const before = logC.entries.length;
    b.provider.ws?.send(
      awarenessFrame([
        { clientId: idOf(b), clock: oldClock, state: { cursor: 'stale', user: { name: 'x' } } },
      ]),
    );
    b.provider.awareness.setLocalStateField('barrier', 2);
    await allSee([c], [b], 'barrier', 2);
    const after = logC.entries.slice(before);
    expect(after.filter((e) => e.clientId === idOf(b) && e.clock <= oldClock)).toEqual([]);
    expect(stateOf(c, b)?.cursor).toBe(0);
  });

  it('a viewer’s spoofed awareness changes nothing others see', async () => {
    const documentId = await newDocument();
    const [f, e, v] = [
      await join(documentId, fac),
      await join(documentId, editor),
      await join(documentId, viewer),
    ];
    f.provider.awareness.setLocalStateField('user', { name: 'Facilitator', color: '#ff0000' });
    v.provider.awareness.setLocalStateField('user', {
      userId: fac.id,
      name: 'Facilitator',
      city: 'Ghent',
      color: '#00ff00',
    });
    await allSee([e], [f, v], 'user', expect.objectContaining({ name: expect.any(String) }));
    // The viewer claimed the facilitator's name: others see the viewer's account instead.
    await vi.waitFor(() =>
      expect(stateOf(e, v)?.user).toEqual({
        userId: viewer.id,
        name: 'Viewer',
        city: 'Surat',
        color: '#00ff00',
      }),
    );
    const facClock = f.provider.awareness.meta.get(idOf(f))?.clock as number;
    // Now the viewer writes over the facilitator's own client id, with a newer clock.
    v.provider.ws?.send(
      awarenessFrame([
        { clientId: idOf(f), clock: facClock + 10, state: { user: { name: 'Hijacked', color: '#000000' } } },
      ]),
    );
    v.provider.awareness.setLocalStateField('barrier', 1);
    await allSee([e], [v], 'barrier', 1);
    expect(stateOf(e, f)?.user).toEqual({
      userId: fac.id,
      name: 'Facilitator',
      city: 'Ghent',
      color: '#ff0000',
    });
    expect(v.closes).toEqual([]);
  });

  it('closes a connection that announces too many ids or too large a state (4429)', async () => {
    const documentId = await newDocument();
    const watcher = await join(documentId, fac);
    const flooder = await join(documentId, viewer);
    const fakes = Array.from({ length: 50 }, (_, i) => ({
      clientId: 900_000 + i,
      clock: 1,
      state: { n: i },
    }));
    flooder.provider.ws?.send(awarenessFrame(fakes));
    await vi.waitFor(() => expect(flooder.closes).toContain(CloseCode.awarenessLimit));
    const fakeIds = new Set(fakes.map((f) => f.clientId));
    expect([...watcher.provider.awareness.getStates().keys()].filter((id) => fakeIds.has(id))).toEqual([]);

    const bloater = await join(documentId, editor);
    bloater.provider.ws?.send(
      awarenessFrame([{ clientId: idOf(bloater), clock: 99, state: { blob: 'x'.repeat(64 * 1024) } }]),
    );
    await vi.waitFor(() => expect(bloater.closes).toContain(CloseCode.awarenessLimit));
    expect(stateOf(watcher, bloater)?.blob).toBeUndefined();
  });

  it('a room’s awareness traffic per client grows with the room, not with its square', async () => {
    const rounds = 4;
    const perClientPerChange = async (size: number): Promise<{ bytes: number; entries: number }> => {
      const documentId = await newDocument();
      const room: SyncClient[] = [];
      for (let i = 0; i < size; i++) room.push(await join(documentId, editor));
      for (const x of room) x.provider.awareness.setLocalStateField('cursor', 0);
      await allSee(room, room, 'cursor', 0);
      const logs = room.map((x) => recordAwareness(x.provider));
      for (let r = 1; r <= rounds; r++) {
        for (const x of room) x.provider.awareness.setLocalStateField('cursor', r);
        await allSee(room, room, 'cursor', r);
      }
      for (const x of room) x.provider.awareness.setLocalStateField('barrier', 1);
      await allSee(room, room, 'barrier', 1);
      const changes = size * (rounds + 1);
      const bytes = logs.reduce((n, l) => n + l.bytes, 0) / size / changes;
      const entries = logs.reduce((n, l) => n + l.entries.length, 0) / size / changes;
      for (const x of room) x.destroy();
      return { bytes, entries };
    };
    const five = await perClientPerChange(5);
    const ten = await perClientPerChange(10);
    // Each change reaches each client about once; relayed echoes made it once per room member.
    expect(ten.entries).toBeLessThan(1.5);
    expect(ten.bytes / five.bytes).toBeLessThan(1.4);
  }, 60_000);
});
