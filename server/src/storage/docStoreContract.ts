import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStore } from './DocStore.ts';

export interface DocStoreHarness {
  store: DocStore;
  /** Closes and reopens the same underlying storage, as a restart would. */
  reopen?: () => Promise<DocStore>;
  dispose: () => Promise<void>;
}

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const onUpdate = (u: Uint8Array) => {
    captured = u;
  };
  doc.on('update', onUpdate);
  doc.getText('t').insert(doc.getText('t').length, text);
  doc.off('update', onUpdate);
  if (!captured) throw new Error('no update produced');
  return captured;
}

function materialise(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }): string {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

async function loadText(store: DocStore, docId: string): Promise<string> {
  const stored = await store.load(docId);
  if (!stored) throw new Error(`nothing stored for ${docId}`);
  return materialise(stored);
}

/** The behaviour every DocStore must show; rule ids are cited in failures and docs. */
export function runDocStoreContract(name: string, create: () => Promise<DocStoreHarness>): void {
  describe(`DocStore contract: ${name}`, () => {
    let h: DocStoreHarness;
    beforeEach(async () => {
      h = await create();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[DS1] load of an unknown id is null', async () => {
      expect(await h.store.load('never-written')).toBeNull();
    });

    it('[DS2] appended updates load back in order', async () => {
      const doc = new Y.Doc();
      const a = textUpdate(doc, 'Ghent ');
      const b = textUpdate(doc, 'Huế');
      await h.store.append([{ docId: 'd1', update: a }]);
      await h.store.append([{ docId: 'd1', update: b }]);
      expect((await h.store.load('d1'))?.updates).toHaveLength(2);
      expect(await loadText(h.store, 'd1')).toBe('Ghent Huế');
    });

    it('[DS3] one append call stores entries of several documents, with increasing sequence numbers', async () => {
      const d1 = new Y.Doc();
      const d2 = new Y.Doc();
      const seqs = await h.store.append([
        { docId: 'a', update: textUpdate(d1, 'one') },
        { docId: 'b', update: textUpdate(d2, 'two') },
        { docId: 'a', update: textUpdate(d1, ' three') },
      ]);
      expect(seqs).toHaveLength(3);
      expect(seqs[0]).toBeLessThan(seqs[2] as number);
      expect(await loadText(h.store, 'a')).toBe('one three');
      expect(await loadText(h.store, 'b')).toBe('two');
    });

    it('[DS4] compaction folds updates up to throughSeq into the snapshot and keeps later ones', async () => {
      const doc = new Y.Doc();
      const seqs: number[] = [];
      for (const word of ['a', 'b', 'c']) {
        seqs.push(...(await h.store.append([{ docId: 'c', update: textUpdate(doc, word) }])));
      }
      const result = await h.store.compact('c', seqs[1] as number);
      expect(result.folded).toBe(2);
      expect(result.snapshotBytes).toBeGreaterThan(0);
      const after = await h.store.load('c');
      expect(after?.snapshot).not.toBeNull();
      expect(after?.updates).toHaveLength(1);
      expect(after?.lastSeq).toBe(seqs[2]);
      expect(await h.store.logLength('c')).toBe(1);
      expect(await loadText(h.store, 'c')).toBe('abc');
    });

    it('[DS5] compacting again, or up to an older sequence, changes nothing', async () => {
      const doc = new Y.Doc();
      const [s1] = await h.store.append([{ docId: 'o', update: textUpdate(doc, 'x') }]);
      const [s2] = await h.store.append([{ docId: 'o', update: textUpdate(doc, 'y') }]);
      await h.store.compact('o', s2 as number);
      expect((await h.store.compact('o', s2 as number)).folded).toBe(0);
      expect((await h.store.compact('o', s1 as number)).folded).toBe(0);
      expect(await loadText(h.store, 'o')).toBe('xy');
    });

    it('[DS6] lastSeq of a compacted document with an empty log is the snapshot sequence', async () => {
      const doc = new Y.Doc();
      const [s1] = await h.store.append([{ docId: 'e', update: textUpdate(doc, 'z') }]);
      await h.store.compact('e', s1 as number);
      const stored = await h.store.load('e');
      expect(stored?.updates).toHaveLength(0);
      expect(stored?.lastSeq).toBe(s1);
    });

    it('[DS11] concurrent compactions and appends lose nothing', async () => {
      const doc = new Y.Doc();
      const writes: Promise<number[]>[] = [];
      const compactions: Promise<unknown>[] = [];
      let last = 0;
      for (let i = 0; i < 20; i++) {
        const seqs = await h.store.append([{ docId: 'cc', update: textUpdate(doc, String(i % 10)) }]);
        last = seqs[0] as number;
        compactions.push(h.store.compact('cc', last));
        writes.push(h.store.append([{ docId: 'cc', update: textUpdate(doc, '.') }]));
      }
      await Promise.all([...writes, ...compactions]);
      expect(await loadText(h.store, 'cc')).toBe(doc.getText('t').toString());
    });

    it('[DS12] compaction of an unknown document is a no-op', async () => {
      expect((await h.store.compact('nobody', 10)).folded).toBe(0);
      expect(await h.store.load('nobody')).toBeNull();
    });

    it('[DS7] an empty append is a no-op', async () => {
      expect(await h.store.append([])).toEqual([]);
    });

    it('[DS8] binary content round-trips byte for byte', async () => {
      const bytes = new Uint8Array([0, 255, 1, 254, 0, 0, 7]);
      await h.store.append([{ docId: 'bin', update: bytes }]);
      const stored = await h.store.load('bin');
      expect(Array.from(stored?.updates[0] ?? [])).toEqual(Array.from(bytes));
    });

    it('[DS9] data survives reopening the store', async () => {
      if (!h.reopen) return;
      const doc = new Y.Doc();
      await h.store.append([{ docId: 'r', update: textUpdate(doc, 'kept') }]);
      h.store = await h.reopen();
      expect(await loadText(h.store, 'r')).toBe('kept');
    });

    it('[DS10] reports ready while open', async () => {
      expect(await h.store.isReady()).toBe(true);
    });
  });
}
