import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DocumentVersionRecord,
  type DocumentVersionStore,
  VersionKind as Kinds,
  type VersionKind,
} from './DocumentVersionStore.ts';

export interface DocumentVersionStoreHarness {
  store: DocumentVersionStore;
  /** Creates a document the store may refer to and returns its id. */
  newDocumentId(): Promise<string>;
  /** Creates an exchange session the store may refer to and returns its id. */
  newSessionId(): Promise<string>;
  dispose(): Promise<void>;
}

function version(
  documentId: string,
  createdAt: number,
  kind: VersionKind = Kinds.named,
  extra: Partial<DocumentVersionRecord> = {},
): DocumentVersionRecord {
  return {
    id: crypto.randomUUID(),
    documentId,
    name: `Phiên bản ${createdAt} — Gent`,
    kind,
    createdAt,
    createdBy: kind === Kinds.named ? crypto.randomUUID() : null,
    sessionId: null,
    state: new Uint8Array([1, 2, 3, 0, 255, createdAt % 256]),
    ...extra,
  };
}

function summary(v: DocumentVersionRecord) {
  const { state, ...rest } = v;
  return { ...rest, stateBytes: state.byteLength };
}

/** The behaviour every DocumentVersionStore must show. */
export function runDocumentVersionStoreContract(
  name: string,
  create: () => Promise<DocumentVersionStoreHarness>,
): void {
  describe(`DocumentVersionStore contract: ${name}`, () => {
    let h: DocumentVersionStoreHarness;
    let docId: string;
    beforeEach(async () => {
      h = await create();
      docId = await h.newDocumentId();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[DV1] nothing stored reads as empty and null', async () => {
      expect(await h.store.list(docId)).toEqual([]);
      expect(await h.store.get(docId, 'nope')).toBeNull();
      expect(await h.store.latest(docId, Kinds.auto)).toBeNull();
    });

    it('[DV2] a version reads back byte for byte, its summary without the state', async () => {
      const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 13);
      const v = version(docId, 1_800_000_000_000, Kinds.named, { state: big });
      expect(await h.store.add(v)).toEqual(summary(v));
      expect(await h.store.get(docId, v.id)).toEqual(v);
      expect(await h.store.list(docId)).toEqual([summary(v)]);
    });

    it('[DV3] lists newest first; equal times list the last added first', async () => {
      const a = version(docId, 1000);
      const b = version(docId, 3000, Kinds.auto);
      const c = version(docId, 2000);
      const d = version(docId, 3000, Kinds.named);
      for (const v of [a, b, c, d]) await h.store.add(v);
      expect((await h.store.list(docId)).map((v) => v.id)).toEqual([d.id, b.id, c.id, a.id]);
    });

    it('[DV4] latest finds the newest of one kind', async () => {
      const auto1 = version(docId, 1000, Kinds.auto);
      const auto2 = version(docId, 2000, Kinds.auto);
      await h.store.add(auto1);
      await h.store.add(auto2);
      await h.store.add(version(docId, 3000, Kinds.named));
      expect((await h.store.latest(docId, Kinds.auto))?.id).toBe(auto2.id);
      expect(await h.store.latest(docId, Kinds.session)).toBeNull();
    });

    it('[DV5] removeAuto removes only automatic versions of that document', async () => {
      const auto = version(docId, 1000, Kinds.auto);
      const named = version(docId, 2000, Kinds.named);
      const other = await h.newDocumentId();
      const otherAuto = version(other, 1000, Kinds.auto);
      for (const v of [auto, named, otherAuto]) await h.store.add(v);
      expect(await h.store.removeAuto(docId, [auto.id, named.id, otherAuto.id])).toBe(1);
      expect((await h.store.list(docId)).map((v) => v.id)).toEqual([named.id]);
      expect(await h.store.list(other)).toHaveLength(1);
      expect(await h.store.removeAuto(docId, [])).toBe(0);
    });

    it('[DV6] versions are scoped to their document', async () => {
      const other = await h.newDocumentId();
      const v = version(docId, 1000);
      await h.store.add(v);
      expect(await h.store.get(other, v.id)).toBeNull();
      expect(await h.store.list(other)).toEqual([]);
    });

    it('[DV7] a version id is unique', async () => {
      const v = version(docId, 1000);
      await h.store.add(v);
      await expect(h.store.add({ ...v, name: 'again' })).rejects.toThrow();
      expect((await h.store.get(docId, v.id))?.name).toBe(v.name);
    });

    it('[DV8] session records are listed by session, oldest first', async () => {
      const sessionId = await h.newSessionId();
      const other = await h.newDocumentId();
      const first = version(docId, 1000, Kinds.session, { sessionId });
      const second = version(other, 1000, Kinds.session, { sessionId });
      await h.store.add(first);
      await h.store.add(second);
      await h.store.add(version(docId, 500, Kinds.named));
      expect((await h.store.listBySession(sessionId)).map((v) => v.id)).toEqual([first.id, second.id]);
      expect(await h.store.listBySession('unknown')).toEqual([]);
    });

    it('[DV9] a session ends once', async () => {
      const sessionId = await h.newSessionId();
      expect(await h.store.sessionEnd(sessionId)).toBeNull();
      const end = { sessionId, endedAt: 5000, endedBy: crypto.randomUUID() };
      expect(await h.store.endSession(end)).toBe(true);
      expect(await h.store.endSession({ ...end, endedAt: 6000 })).toBe(false);
      expect(await h.store.sessionEnd(sessionId)).toEqual(end);
    });

    it('[DV10] attendance keeps the first join and the last leave of each member', async () => {
      const sessionId = await h.newSessionId();
      const mai = crypto.randomUUID();
      const jan = crypto.randomUUID();
      await h.store.recordJoin(sessionId, mai, 'Trần Thị Mai', 1000);
      await h.store.recordJoin(sessionId, jan, 'Jan Peeters', 2000);
      await h.store.recordLeave(sessionId, mai, 3000);
      await h.store.recordLeave(sessionId, crypto.randomUUID(), 3000);
      await h.store.recordJoin(sessionId, jan, 'Jan Peeters', 4000);
      expect(await h.store.attendance(sessionId)).toEqual([
        { sessionId, userId: mai, name: 'Trần Thị Mai', joinedAt: 1000, leftAt: 3000 },
        { sessionId, userId: jan, name: 'Jan Peeters', joinedAt: 2000, leftAt: null },
      ]);
      await h.store.recordJoin(sessionId, mai, 'Mai', 5000);
      expect((await h.store.attendance(sessionId))[0]).toMatchObject({
        name: 'Mai',
        joinedAt: 1000,
        leftAt: null,
      });
    });
  });
}
