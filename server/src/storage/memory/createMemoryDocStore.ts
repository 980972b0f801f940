import type { DocStore, StoredDocument } from '../DocStore.ts';
import { mergeToSnapshot } from '../mergeToSnapshot.ts';

interface MemoryDoc {
  snapshot: Uint8Array | null;
  throughSeq: number;
  updates: { seq: number; data: Uint8Array }[];
}

/** A DocStore held in memory: for tests of the sync core, and for throwaway local runs. */
export function createMemoryDocStore(): DocStore {
  const docs = new Map<string, MemoryDoc>();
  let seq = 0;

  const entry = (docId: string): MemoryDoc => {
    let doc = docs.get(docId);
    if (!doc) {
      doc = { snapshot: null, throughSeq: 0, updates: [] };
      docs.set(docId, doc);
    }
    return doc;
  };

  return {
    async load(docId): Promise<StoredDocument | null> {
      const doc = docs.get(docId);
      if (!doc) return null;
      return {
        snapshot: doc.snapshot ? doc.snapshot.slice() : null,
        updates: doc.updates.map((u) => u.data.slice()),
        lastSeq: doc.updates.at(-1)?.seq ?? doc.throughSeq,
      };
    },
    async append(entries) {
      return entries.map((e) => {
        seq++;
        entry(e.docId).updates.push({ seq, data: e.update.slice() });
        return seq;
      });
    },
    async compact(docId, throughSeq) {
      const doc = docs.get(docId);
      const covered = doc?.updates.filter((u) => u.seq <= throughSeq) ?? [];
      if (!doc || covered.length === 0) return { folded: 0, snapshotBytes: doc?.snapshot?.byteLength ?? 0 };
      const parts = doc.snapshot ? [doc.snapshot, ...covered.map((u) => u.data)] : covered.map((u) => u.data);
      doc.snapshot = mergeToSnapshot(parts);
      doc.throughSeq = throughSeq;
      doc.updates = doc.updates.filter((u) => u.seq > throughSeq);
      return { folded: covered.length, snapshotBytes: doc.snapshot.byteLength };
    },
    async logLength(docId) {
      return docs.get(docId)?.updates.length ?? 0;
    },
    async isReady() {
      return true;
    },
    async close() {},
  };
}
