import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLocalDocBus } from '../bus/createLocalDocBus.ts';
import type { DocStore, UpdateEntry } from '../storage/DocStore.ts';
import { createMemoryDocStore } from '../storage/memory/createMemoryDocStore.ts';
import { Room } from './Room.ts';
import { MemoryClient } from './testing/MemoryClient.ts';
import { UpdateWriter } from './UpdateWriter.ts';

const logger = pino({ level: 'silent' });

interface RecordedAppend {
  entries: readonly UpdateEntry[];
  at: number;
  /** What the reader of document `a` showed when the append started. */
  readerTextBefore: string;
  release(): void;
}

/** Rooms `a` and `b` over one writer; every append is recorded and held until the test releases it. */
function setup(batchMs: number | undefined) {
  const inner = createMemoryDocStore();
  const appends: RecordedAppend[] = [];
  let reader: MemoryClient | null = null;
  const store: DocStore = {
    ...inner,
    append: (entries) =>
      new Promise((resolve, reject) => {
        appends.push({
          entries,
          at: performance.now(),
          readerTextBefore: reader?.text() ?? '',
          release: () => void inner.append(entries).then(resolve, reject),
        });
      }),
  };
  const writer = new UpdateWriter(store, logger, batchMs === undefined ? {} : { batchMs });
  const room = (docId: string) =>
    new Room(
      {
        docId,
        store,
        writer,
        bus: createLocalDocBus(),
        logger,
        compactThreshold: 1000,
        maxDocumentBytes: 1 << 20,
        onBroken: () => {},
      },
      null,
    );
  const a = room('a');
  const b = room('b');
  const writerA = new MemoryClient(a);
  const writerB = new MemoryClient(b);
  reader = new MemoryClient(a);
  for (const client of [writerA, writerB, reader]) client.connect();
  const insert = (client: MemoryClient, text: string) =>
    client.doc.getText('t').insert(client.doc.getText('t').length, text);
  return { inner, appends, writer, rooms: [a, b], writerA, writerB, reader, insert };
}

let destroy: (() => Promise<void>) | null = null;

beforeEach(() => {
  // Fake clocks make "within the window" exact; MemoryClient delivers frames with setImmediate.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'],
  });
});

afterEach(async () => {
  await destroy?.();
  destroy = null;
  vi.useRealTimers();
});

describe('UpdateWriter', () => {
  it('with batchMs, appends every update of the window (any document) in one transaction, then relays', async () => {
    const s = setup(20);
    destroy = async () => {
      for (const pending of s.appends) pending.release();
      await Promise.all(s.rooms.map((r) => r.destroy()));
    };
    await vi.advanceTimersByTimeAsync(50);
    expect(s.appends).toHaveLength(0);

    const opened = performance.now();
    s.insert(s.writerA, 'Ghent ');
    await vi.advanceTimersByTimeAsync(5);
    s.insert(s.writerA, 'Huế ');
    await vi.advanceTimersByTimeAsync(5);
    s.insert(s.writerB, 'Tiruppur');
    await vi.advanceTimersByTimeAsync(9);
    // 19 ms after the first update: separate ticks, still one open window.
    expect(s.appends).toHaveLength(0);
    expect(s.reader.text()).toBe('');

    await vi.advanceTimersByTimeAsync(1);
    expect(s.appends).toHaveLength(1);
    const batch = s.appends[0] as RecordedAppend;
    expect(batch.at - opened).toBe(20);
    expect(batch.entries.map((e) => e.docId).sort()).toEqual(['a', 'b']);
    expect(batch.readerTextBefore).toBe('');

    // Durable before visible: while the append is in flight the reader still sees nothing.
    await vi.advanceTimersByTimeAsync(100);
    expect(s.reader.text()).toBe('');
    batch.release();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.reader.text()).toBe('Ghent Huế ');
    expect(await s.inner.logLength('a')).toBe(1);
    expect(await s.inner.logLength('b')).toBe(1);
    expect(s.appends).toHaveLength(1);
  });

  it('with batchMs, counts the next window from its first update, including time spent appending', async () => {
    const s = setup(20);
    destroy = async () => {
      for (const pending of s.appends) pending.release();
      await Promise.all(s.rooms.map((r) => r.destroy()));
    };
    await vi.advanceTimersByTimeAsync(50);
    s.insert(s.writerA, 'one ');
    await vi.advanceTimersByTimeAsync(20);
    expect(s.appends).toHaveLength(1);
    const opened = performance.now();
    s.insert(s.writerA, 'two ');
    await vi.advanceTimersByTimeAsync(15);
    (s.appends[0] as RecordedAppend).release();
    await vi.advanceTimersByTimeAsync(4);
    expect(s.appends).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.appends).toHaveLength(2);
    expect((s.appends[1] as RecordedAppend).at - opened).toBe(20);
    expect((s.appends[1] as RecordedAppend).readerTextBefore).toBe('one ');
  });

  it('by default writes once per event-loop tick', async () => {
    const s = setup(undefined);
    destroy = async () => {
      for (const pending of s.appends) pending.release();
      await Promise.all(s.rooms.map((r) => r.destroy()));
    };
    await vi.advanceTimersByTimeAsync(50);
    s.insert(s.writerA, 'Ghent ');
    s.insert(s.writerB, 'Huế');
    await vi.advanceTimersByTimeAsync(0);
    expect(s.appends).toHaveLength(1);
    expect((s.appends[0] as RecordedAppend).entries).toHaveLength(2);
    s.insert(s.writerA, 'again');
    (s.appends[0] as RecordedAppend).release();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.appends).toHaveLength(2);
  });

  it('drain() writes an open window at once, so shutdown does not wait for it', async () => {
    const s = setup(1000);
    destroy = () => Promise.all(s.rooms.map((r) => r.destroy())).then(() => {});
    await vi.advanceTimersByTimeAsync(50);
    s.insert(s.writerA, 'last words');
    const drained = s.writer.drain();
    expect(s.appends).toHaveLength(1);
    (s.appends[0] as RecordedAppend).release();
    await drained;
    expect(await s.inner.logLength('a')).toBe(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.appends).toHaveLength(1);
  });

  it('rejects a window that is negative or not whole milliseconds', () => {
    const store = createMemoryDocStore();
    expect(() => new UpdateWriter(store, logger, { batchMs: -1 })).toThrow(RangeError);
    expect(() => new UpdateWriter(store, logger, { batchMs: 2.5 })).toThrow(/whole number/);
  });
});
