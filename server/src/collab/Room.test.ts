import { CloseCode, YjsMessageType } from '@weft/protocol';
import * as encoding from 'lib0/encoding';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createLocalDocBus } from '../bus/createLocalDocBus.ts';
import type { DocStore } from '../storage/DocStore.ts';
import { createMemoryDocStore } from '../storage/memory/createMemoryDocStore.ts';
import { Room } from './Room.ts';
import { OWN_ECHO_AFTER_SILENCE_MS } from './RoomAwareness.ts';
import type { SyncDeflatePolicy } from './syncDeflate.ts';
import { awarenessIdsOf as awarenessIds, MemoryClient } from './testing/MemoryClient.ts';
import { UpdateWriter } from './UpdateWriter.ts';

const logger = pino({ level: 'silent' });
const rooms: Room[] = [];

interface Setup {
  store: DocStore;
  compactThreshold?: number;
  maxDocumentBytes?: number;
  deflate?: SyncDeflatePolicy;
}

async function openRoom({
  store,
  compactThreshold = 1000,
  maxDocumentBytes = 1 << 20,
  deflate,
}: Setup): Promise<Room> {
  const room = new Room(
    {
      docId: 'doc',
      store,
      writer: new UpdateWriter(store, logger),
      bus: createLocalDocBus(),
      logger,
      compactThreshold,
      maxDocumentBytes,
      ...(deflate ? { deflate } : {}),
      onBroken: () => {},
    },
    await store.load('doc'),
  );
  rooms.push(room);
  return room;
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, YjsMessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A store whose appends wait until the test releases them. */
function gatedStore(inner: DocStore) {
  const gates: (() => void)[] = [];
  const store: DocStore = {
    ...inner,
    append: (entries) =>
      new Promise((resolve, reject) => {
        gates.push(() => inner.append(entries).then(resolve, reject));
      }),
  };
  return { store, gates };
}

afterEach(async () => {
  await Promise.all(rooms.splice(0).map((r) => r.destroy()));
});

describe('Room', () => {
  it('two clients converge on concurrent edits', async () => {
    const room = await openRoom({ store: createMemoryDocStore() });
    const a = new MemoryClient(room);
    const b = new MemoryClient(room);
    a.connect();
    b.connect();
    a.doc.getText('t').insert(0, 'Ghent ');
    b.doc.getText('t').insert(0, 'Huế ');
    await vi.waitFor(() => {
      expect(a.text()).toBe(b.text());
      expect(a.text()).toHaveLength('Ghent Huế '.length);
    });
    expect(room.doc.getText('t').toString()).toBe(a.text());
  });

  it('a late joiner receives the whole document', async () => {
    const room = await openRoom({ store: createMemoryDocStore() });
    const a = new MemoryClient(room);
    a.connect();
    a.doc.getText('t').insert(0, 'xin chào');
    const late = new MemoryClient(room);
    late.connect();
    await vi.waitFor(() => expect(late.text()).toBe('xin chào'));
  });

  it('relays an update only after storage has it', async () => {
    const { store, gates } = gatedStore(createMemoryDocStore());
    const room = await openRoom({ store });
    const writer = new MemoryClient(room);
    const reader = new MemoryClient(room);
    writer.connect();
    reader.connect();
    await vi.waitFor(() => expect(reader.received.length).toBeGreaterThanOrEqual(2));
    writer.doc.getText('t').insert(0, 'durable');
    await vi.waitFor(() => expect(gates).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(reader.text()).toBe('');
    expect(await store.load('doc')).toBeNull();
    gates.shift()?.();
    await vi.waitFor(() => expect(reader.text()).toBe('durable'));
  });

  it('answers a sync step 1 only once the state it reveals is durable', async () => {
    const { store, gates } = gatedStore(createMemoryDocStore());
    const room = await openRoom({ store });
    const writer = new MemoryClient(room);
    writer.connect();
    writer.doc.getText('t').insert(0, 'not yet saved');
    await vi.waitFor(() => expect(gates).toHaveLength(1));
    const late = new MemoryClient(room);
    late.connect();
    await new Promise((r) => setTimeout(r, 20));
    expect(late.text()).toBe('');
    gates.shift()?.();
    await vi.waitFor(() => expect(late.text()).toBe('not yet saved'));
  });

  it('merges the updates of one tick into one stored entry', async () => {
    const store = createMemoryDocStore();
    const room = await openRoom({ store });
    const a = new MemoryClient(room);
    a.connect();
    const source = new Y.Doc();
    const frames: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => frames.push(updateFrame(u)));
    for (const ch of 'abcde') source.getText('t').insert(source.getText('t').length, ch);
    for (const f of frames) a.sendRaw(f);
    await vi.waitFor(async () => expect(await store.logLength('doc')).toBe(1));
    expect(room.doc.getText('t').toString()).toBe('abcde');
  });

  it('closes a connection that sends a malformed frame and keeps serving the others', async () => {
    const room = await openRoom({ store: createMemoryDocStore() });
    const bad = new MemoryClient(room);
    const good = new MemoryClient(room);
    const peer = new MemoryClient(room);
    bad.connect();
    good.connect();
    peer.connect();
    bad.sendRaw(new Uint8Array([0, 2, 200]));
    expect(bad.closedWith?.code).toBe(CloseCode.malformedMessage);
    const unknownType = new MemoryClient(room);
    unknownType.connect();
    unknownType.sendRaw(new Uint8Array([42]));
    expect(unknownType.closedWith?.code).toBe(CloseCode.malformedMessage);
    good.doc.getText('t').insert(0, 'still working');
    await vi.waitFor(() => expect(peer.text()).toBe('still working'));
  });

  it('closes a connection whose update Yjs cannot apply, without touching the document', async () => {
    const store = createMemoryDocStore();
    const room = await openRoom({ store });
    const good = new MemoryClient(room);
    good.connect();
    good.doc.getText('t').insert(0, 'safe');
    await vi.waitFor(async () => expect(await store.logLength('doc')).toBe(1));
    const bad = new MemoryClient(room);
    bad.connect();
    bad.sendRaw(updateFrame(new Uint8Array([1, 1, 5, 0, 255, 255, 255, 255, 255, 255, 9])));
    expect(bad.closedWith?.code).toBe(CloseCode.invalidUpdate);
    expect(room.doc.getText('t').toString()).toBe('safe');
    expect(await store.logLength('doc')).toBe(1);
  });

  it('drops document updates from read-only connections but still serves them', async () => {
    const store = createMemoryDocStore();
    const room = await openRoom({ store });
    const editor = new MemoryClient(room);
    const viewer = new MemoryClient(room, { canWrite: false });
    editor.connect();
    viewer.connect();
    viewer.doc.getText('t').insert(0, 'sneaky');
    editor.doc.getText('t').insert(0, 'official');
    await vi.waitFor(() => expect(viewer.text()).toContain('official'));
    expect(room.doc.getText('t').toString()).toBe('official');
    expect(editor.text()).toBe('official');
    expect(viewer.closedWith).toBeNull();
  });

  it('does not send a client its own awareness back, and announces removal when a client leaves', async () => {
    const room = await openRoom({ store: createMemoryDocStore() });
    const a = new MemoryClient(room);
    const b = new MemoryClient(room);
    a.connect();
    b.connect();
    const awarenessFrames = (c: MemoryClient) => c.received.filter((f) => f[0] === YjsMessageType.awareness);
    a.setAwareness({ user: { name: 'An' } });
    await vi.waitFor(() =>
      expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'An' } }),
    );
    b.setAwareness({ user: { name: 'Bao' } });
    await vi.waitFor(() =>
      expect(a.awareness.getStates().get(b.doc.clientID)).toEqual({ user: { name: 'Bao' } }),
    );
    // a heard b's state and nothing of its own; b likewise.
    for (const [client, own] of [
      [a, a.doc.clientID],
      [b, b.doc.clientID],
    ] as const) {
      const ids = awarenessFrames(client).flatMap((f) => awarenessIds(f));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(own);
    }
    a.disconnect();
    await vi.waitFor(() => expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false));
    expect(room.awareness.getStates().has(a.doc.clientID)).toBe(false);
  });

  it('asks to compress every frame in a small room, only large frames in a larger one', async () => {
    const room = await openRoom({ store: createMemoryDocStore(), deflate: { roomMax: 2, threshold: 2000 } });
    const a = new MemoryClient(room);
    const b = new MemoryClient(room);
    a.connect();
    b.connect();
    a.doc.getText('t').insert(0, 'Huế');
    await vi.waitFor(() => expect(b.text()).toBe('Huế'));
    expect(b.compressed.length).toBeGreaterThan(1);
    expect(b.compressed.every(Boolean)).toBe(true);

    const c = new MemoryClient(room);
    c.connect();
    await vi.waitFor(() => expect(c.text()).toBe('Huế'));
    const from = b.compressed.length;
    a.doc.getText('t').insert(0, 'Surat ');
    await vi.waitFor(() => expect(b.text()).toBe('Surat Huế'));
    a.doc.getText('t').insert(0, 'x'.repeat(3000));
    await vi.waitFor(() => expect(b.text().length).toBe(3009));
    // Three connections: the typing frame goes as it is, the 3 kB one compressed.
    expect(b.compressed.slice(from)).toEqual([false, true]);
    expect(c.compressed).toContain(false);
  });

  it('never asks to compress without a deflate policy', async () => {
    const room = await openRoom({ store: createMemoryDocStore() });
    const a = new MemoryClient(room);
    const b = new MemoryClient(room);
    a.connect();
    b.connect();
    a.doc.getText('t').insert(0, 'x'.repeat(100_000));
    await vi.waitFor(() => expect(b.text().length).toBe(100_000));
    expect(b.compressed.some(Boolean)).toBe(false);
  });

  it('sends a lone client its own state back once it has been sent nothing for 10 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const room = await openRoom({ store: createMemoryDocStore() });
      const a = new MemoryClient(room);
      a.connect();
      a.setAwareness({ cursor: 1 });
      const ownFrames = () =>
        a.received.filter(
          (f) => f[0] === YjsMessageType.awareness && awarenessIds(f).includes(a.doc.clientID),
        );
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(ownFrames()).toHaveLength(0);
      // The stock client renews its state every 15 s and reconnects after 30 s of silence.
      vi.setSystemTime(Date.now() + OWN_ECHO_AFTER_SILENCE_MS);
      a.setAwareness({ cursor: 1 });
      await vi.waitFor(() => expect(ownFrames()).toHaveLength(1));
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends current awareness states to a new connection', async () => {
    const room = await openRoom({ store: createMemoryDocStore() });
    const a = new MemoryClient(room);
    a.connect();
    a.setAwareness({ user: { name: 'Lotte' } });
    const b = new MemoryClient(room);
    b.connect();
    await vi.waitFor(() =>
      expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Lotte' } }),
    );
  });

  it('compacts the log into a snapshot past the threshold', async () => {
    const store = createMemoryDocStore();
    const room = await openRoom({ store, compactThreshold: 5 });
    const a = new MemoryClient(room);
    a.connect();
    for (let i = 0; i < 12; i++) {
      a.doc.getText('t').insert(0, String(i % 10));
      await vi.waitFor(async () => expect(room.doc.getText('t').length).toBe(i + 1));
      await new Promise((r) => setImmediate(r));
    }
    await vi.waitFor(async () => expect(await store.logLength('doc')).toBeLessThan(5));
    const stored = await store.load('doc');
    expect(stored?.snapshot).not.toBeNull();
    const reloaded = new Y.Doc();
    for (const part of [stored?.snapshot, ...(stored?.updates ?? [])])
      if (part) Y.applyUpdate(reloaded, part);
    expect(reloaded.getText('t').toString()).toBe(a.text());
  });

  it('unloads with a final compaction that keeps the content', async () => {
    const store = createMemoryDocStore();
    const room = await openRoom({ store });
    const a = new MemoryClient(room);
    a.connect();
    a.doc.getText('t').insert(0, 'kept after unload');
    await vi.waitFor(async () => expect(await store.logLength('doc')).toBe(1));
    a.disconnect();
    await room.destroy();
    expect(await store.logLength('doc')).toBe(0);
    const again = await openRoom({ store });
    expect(again.doc.getText('t').toString()).toBe('kept after unload');
  });

  it('closes every connection and relays nothing when storage fails', async () => {
    const inner = createMemoryDocStore();
    const store: DocStore = { ...inner, append: async () => Promise.reject(new Error('disk full')) };
    const onBroken = vi.fn();
    const room = new Room(
      {
        docId: 'doc',
        store,
        writer: new UpdateWriter(store, logger),
        bus: createLocalDocBus(),
        logger,
        compactThreshold: 100,
        maxDocumentBytes: 1 << 20,
        onBroken,
      },
      null,
    );
    rooms.push(room);
    const a = new MemoryClient(room);
    const b = new MemoryClient(room);
    a.connect();
    b.connect();
    a.doc.getText('t').insert(0, 'lost?');
    await vi.waitFor(() => expect(b.closedWith?.code).toBe(CloseCode.storageFailure));
    expect(a.closedWith?.code).toBe(CloseCode.storageFailure);
    expect(b.text()).toBe('');
    expect(onBroken).toHaveBeenCalledWith(room);
  });

  it('refuses an update that would grow the document past its limit', async () => {
    const room = await openRoom({ store: createMemoryDocStore(), maxDocumentBytes: 2048 });
    const a = new MemoryClient(room);
    a.connect();
    a.doc.getText('t').insert(0, 'x'.repeat(4096));
    expect(a.closedWith?.code).toBe(CloseCode.documentTooLarge);
    expect(room.doc.getText('t').length).toBe(0);
  });
});
