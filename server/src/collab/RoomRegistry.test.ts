import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInProcessDocBusHub } from '../bus/createInProcessDocBusHub.ts';
import type { DocStore } from '../storage/DocStore.ts';
import { createMemoryDocStore } from '../storage/memory/createMemoryDocStore.ts';
import { RoomRegistry } from './RoomRegistry.ts';
import { awarenessIdsOf, MemoryClient } from './testing/MemoryClient.ts';
import { UpdateWriter } from './UpdateWriter.ts';

const logger = pino({ level: 'silent' });
const registries: RoomRegistry[] = [];

function node(store: DocStore, hub: ReturnType<typeof createInProcessDocBusHub>): RoomRegistry {
  const registry = new RoomRegistry({
    store,
    writer: new UpdateWriter(store, logger),
    bus: hub.createBus(),
    logger,
    compactThreshold: 1000,
    maxDocumentBytes: 1 << 20,
    docIdleMs: 60_000,
  });
  registries.push(registry);
  return registry;
}

async function join(registry: RoomRegistry, docId: string): Promise<MemoryClient> {
  const client = new MemoryClient(await registry.open(docId));
  client.connect();
  return client;
}

afterEach(async () => {
  await Promise.all(registries.splice(0).map((r) => r.closeAll(1001, 'test over')));
});

describe('RoomRegistry across nodes', () => {
  it('clients on two nodes converge, and each update is stored once', async () => {
    const store = createMemoryDocStore();
    const hub = createInProcessDocBusHub();
    const a = await join(node(store, hub), 'shared');
    const b = await join(node(store, hub), 'shared');
    a.doc.getText('t').insert(0, 'Gent ');
    b.doc.getText('t').insert(0, 'Huế ');
    await vi.waitFor(() => {
      expect(a.text()).toHaveLength('Gent Huế '.length);
      expect(b.text()).toBe(a.text());
    });
    expect(await store.logLength('shared')).toBe(2);
  });

  it('propagates awareness and its removal to the other node', async () => {
    const store = createMemoryDocStore();
    const hub = createInProcessDocBusHub();
    const a = await join(node(store, hub), 'aw');
    const b = await join(node(store, hub), 'aw');
    a.setAwareness({ user: { name: 'Pieter' } });
    await vi.waitFor(() =>
      expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Pieter' } }),
    );
    a.disconnect();
    await vi.waitFor(() => expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false));
  });

  it('across nodes too, a client hears the others’ news once and never its own state', async () => {
    const store = createMemoryDocStore();
    const hub = createInProcessDocBusHub();
    const [one, two] = [node(store, hub), node(store, hub)];
    const a = await join(one, 'echo');
    const b = await join(two, 'echo');
    const c = await join(two, 'echo');
    for (let round = 1; round <= 3; round++) {
      for (const x of [a, b, c]) x.setAwareness({ cursor: round });
      await vi.waitFor(() => {
        for (const o of [a, b, c])
          for (const x of [a, b, c])
            expect(o.awareness.getStates().get(x.doc.clientID)).toEqual({ cursor: round });
      });
    }
    for (const x of [a, b, c]) {
      const ids = x.received.flatMap(awarenessIdsOf);
      expect(ids).not.toContain(x.doc.clientID);
      for (const other of [a, b, c].filter((o) => o !== x))
        expect(ids.filter((id) => id === other.doc.clientID)).toHaveLength(3);
    }
  });

  it('a node that loads late sees what the other node stored and relays its later updates', async () => {
    const store = createMemoryDocStore();
    const hub = createInProcessDocBusHub();
    const a = await join(node(store, hub), 'late');
    a.doc.getText('t').insert(0, 'first');
    await vi.waitFor(async () => expect(await store.logLength('late')).toBe(1));
    const b = await join(node(store, hub), 'late');
    await vi.waitFor(() => expect(b.text()).toBe('first'));
    a.doc.getText('t').insert(5, ' second');
    await vi.waitFor(() => expect(b.text()).toBe('first second'));
  });
});
