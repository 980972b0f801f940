import { readActionPlan } from '@weft/model';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabSession, PresenceUser } from '../../collab/createCollabSession.ts';
import type { SaveSnapshot } from '../../collab/SaveTracker.ts';
import { addStickyToPlan, itemTitleFromSticky, StickyToPlanFailure } from './addStickyToPlan.ts';

const user: PresenceUser = { userId: 'u1', name: 'Lan', city: 'Huế', color: '#aa3355' };

/** A session whose server side the test plays: it syncs, acknowledges or refuses on cue. */
function scriptedSession(serverDoc: Y.Doc) {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalStateField('user', user);
  const listeners = new Set<() => void>();
  const syncListeners = new Set<(synced: boolean) => void>();
  let snapshot: SaveSnapshot = { state: 'connecting', unsaved: false, storedOnDevice: true };
  let destroyed = false;
  const set = (next: Partial<SaveSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const l of listeners) l();
  };
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin !== 'server') set({ state: 'connected', unsaved: true });
  });
  const provider = {
    synced: false,
    on: (_e: 'sync', l: (synced: boolean) => void) => syncListeners.add(l),
    off: (_e: 'sync', l: (synced: boolean) => void) => syncListeners.delete(l),
  };
  const session = {
    doc,
    provider,
    awareness,
    whenLocalLoaded: Promise.resolve(),
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getSnapshot: () => snapshot,
    destroy() {
      destroyed = true;
    },
  } as unknown as CollabSession;
  return {
    session,
    get destroyed() {
      return destroyed;
    },
    syncFromServer() {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(serverDoc), 'server');
      provider.synced = true;
      for (const l of syncListeners) l(true);
      set({ state: 'saved', unsaved: false });
    },
    acknowledge() {
      Y.applyUpdate(serverDoc, Y.encodeStateAsUpdate(doc));
      set({ state: 'saved', unsaved: false });
    },
    deny() {
      set({ state: 'denied' });
    },
  };
}

const input = {
  planId: 'plan1',
  whiteboardId: 'board1',
  shapeId: 's1',
  text: '  Thu gom\nvải vụn  ',
  city: 'Huế',
  user,
};

describe('addStickyToPlan', () => {
  it('appends the item after the server items, waits until it is saved, then closes the plan', async () => {
    const server = new Y.Doc();
    const { createItem } = await import('@weft/model');
    createItem(server, { title: 'Existing item' });
    const fake = scriptedSession(server);
    const pending = addStickyToPlan({ ...input, open: () => fake.session });
    // Nothing is written before the server's copy arrived.
    await Promise.resolve();
    expect(readActionPlan(fake.session.doc).items).toHaveLength(0);
    fake.syncFromServer();
    await expect.poll(() => fake.session.getSnapshot().unsaved).toBe(true);
    expect(fake.destroyed).toBe(false);
    fake.acknowledge();
    const itemId = await pending;
    expect(fake.destroyed).toBe(true);
    const items = readActionPlan(server).items;
    expect(items.map((i) => i.title)).toEqual(['Existing item', 'Thu gom vải vụn']);
    expect(items[1]).toMatchObject({ id: itemId, leadCity: 'Huế', sourceRef: 'whiteboard:board1#s1' });
    // It worked in the background: no presence in the plan.
    expect(fake.session.awareness.getLocalState()).toBeNull();
  });

  it('fails with "denied" when the server refuses the plan, and still closes it', async () => {
    const fake = scriptedSession(new Y.Doc());
    const pending = addStickyToPlan({ ...input, open: () => fake.session });
    fake.deny();
    await expect(pending).rejects.toMatchObject({ code: 'denied' });
    expect(fake.destroyed).toBe(true);
  });

  it('gives up after the timeout when the save is never confirmed', async () => {
    const fake = scriptedSession(new Y.Doc());
    const pending = addStickyToPlan({ ...input, timeoutMs: 50, open: () => fake.session });
    fake.syncFromServer();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StickyToPlanFailure);
    expect((error as StickyToPlanFailure).code).toBe('timeout');
    expect(fake.destroyed).toBe(true);
  });

  it('makes a one-line title without splitting characters', () => {
    expect(itemTitleFromSticky(' a\n\n b ')).toBe('a b');
    const long = '😀'.repeat(600);
    expect([...itemTitleFromSticky(long)]).toHaveLength(500);
    expect(itemTitleFromSticky(long).endsWith('😀')).toBe(true);
  });
});
