import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { DocStore, UpdateEntry } from '../storage/DocStore.ts';
import { createMemoryDocStore } from '../storage/memory/createMemoryDocStore.ts';
import { type PendingSource, UpdateWriter } from './UpdateWriter.ts';

const logger = pino({ level: 'silent' });

function source(docId: string): PendingSource & { give(update: Uint8Array): void } {
  let pending: Uint8Array | null = null;
  return {
    docId,
    give(update) {
      pending = update;
    },
    takePending() {
      const taken = pending;
      pending = null;
      return taken;
    },
    onPersisted() {},
    onPersistFailed() {},
  };
}

/** A store whose appends wait until the test releases them (or fails them). */
function heldStore() {
  const inner = createMemoryDocStore();
  const held: { entries: readonly UpdateEntry[]; release(): void; fail(): void }[] = [];
  const store: DocStore = {
    ...inner,
    append: (entries) =>
      new Promise((resolve, reject) => {
        held.push({
          entries,
          release: () => void inner.append(entries).then(resolve, reject),
          fail: () => reject(new Error('disk full')),
        });
      }),
  };
  return { store, held };
}

describe('UpdateWriter.settle', () => {
  it("[UW10] waits for its own document's write, not for another document's later batch", async () => {
    const { store, held } = heldStore();
    const writer = new UpdateWriter(store, logger);
    const [a, b] = [source('a'), source('b')];
    a.give(new Uint8Array([1]));
    writer.markDirty(a);
    let settled = false;
    const settling = writer.settle('a').then(() => {
      settled = true;
    });
    await expect.poll(() => held.length).toBe(1);
    b.give(new Uint8Array([2]));
    writer.markDirty(b);
    expect(settled).toBe(false);
    held[0]?.release();
    await settling;
    // b's batch has not been written yet, and settle('a') did not wait for it.
    expect(held.map((h) => h.entries.map((e) => e.docId))).toEqual([['a']]);
    await expect.poll(() => held.length).toBe(2);
    held[1]?.release();
    await writer.drain();
    await writer.settle('a');
  });

  it('[UW11] rejects when the write of its document failed', async () => {
    const { store, held } = heldStore();
    const writer = new UpdateWriter(store, logger);
    const a = source('a');
    a.give(new Uint8Array([1]));
    writer.markDirty(a);
    const settling = writer.settle('a');
    await expect.poll(() => held.length).toBe(1);
    held[0]?.fail();
    await expect(settling).rejects.toThrow('disk full');
  });
});
