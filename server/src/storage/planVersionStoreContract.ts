import { createSignOffState, PlanStatus, type Signature, type SignOffState } from '@weft/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanVersionRecord, PlanVersionStore } from './PlanVersionStore.ts';

export interface PlanVersionStoreHarness {
  store: PlanVersionStore;
  /** Creates a document the store may refer to and returns its id. */
  newDocumentId(): Promise<string>;
  dispose(): Promise<void>;
}

const HASH = `sha256:${'ab'.repeat(32)}`;

function signature(city: string): Signature {
  return {
    userId: crypto.randomUUID(),
    displayName: city === 'Huế' ? 'Trần Thị Mai' : 'Jan Peeters',
    city,
    role: 'editor',
    contentHash: HASH,
    at: '2026-11-28T05:00:00.000Z',
    timeZone: city === 'Huế' ? 'Asia/Ho_Chi_Minh' : 'Europe/Brussels',
  };
}

function agreedState(): SignOffState {
  const signatures = [signature('Ghent'), signature('Huế')];
  return {
    status: PlanStatus.agreed,
    parties: ['Ghent', 'Huế'],
    contentHash: HASH,
    proposedBy: 'u1',
    proposedAt: '2026-11-27T09:00:00.000Z',
    signatures,
    versions: [
      {
        number: 1,
        name: 'Agreed v1 — 2026-11-28',
        contentHash: HASH,
        signatures,
        agreedAt: '2026-11-28T05:00:00.000Z',
      },
    ],
  };
}

function version(documentId: string, number: number, state: SignOffState): PlanVersionRecord {
  return {
    id: crypto.randomUUID(),
    documentId,
    number,
    name: `Agreed v${number} — 2026-11-28`,
    contentHash: HASH,
    signatures: state.signatures,
    agreedAt: '2026-11-28T05:00:00.000Z',
    createdAt: 1_800_000_000_000,
    state: new Uint8Array([1, 2, 3, 0, 255]),
  };
}

/** The behaviour every PlanVersionStore must show. */
export function runPlanVersionStoreContract(
  name: string,
  create: () => Promise<PlanVersionStoreHarness>,
): void {
  describe(`PlanVersionStore contract: ${name}`, () => {
    let h: PlanVersionStoreHarness;
    let docId: string;
    beforeEach(async () => {
      h = await create();
      docId = await h.newDocumentId();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[PV1] nothing stored reads as null and no versions', async () => {
      expect(await h.store.getSignOff(docId)).toBeNull();
      expect(await h.store.listVersions(docId)).toEqual([]);
      expect(await h.store.getVersion(docId, 'nope')).toBeNull();
    });

    it('[PV2] saves are compare-and-set on the revision', async () => {
      const draft = createSignOffState();
      expect(await h.store.saveSignOff(docId, draft, 0)).toBe(1);
      expect(await h.store.saveSignOff(docId, draft, 0)).toBeNull();
      const proposed: SignOffState = {
        ...draft,
        status: PlanStatus.proposed,
        parties: ['Huế'],
        contentHash: HASH,
      };
      expect(await h.store.saveSignOff(docId, proposed, 1)).toBe(2);
      expect(await h.store.saveSignOff(docId, draft, 1)).toBeNull();
      expect(await h.store.getSignOff(docId)).toEqual({ state: proposed, revision: 2 });
    });

    it('[PV3] a version is stored with its state and reads back byte for byte', async () => {
      const state = agreedState();
      const v = version(docId, 1, state);
      expect(await h.store.saveSignOff(docId, state, 0, v)).toBe(1);
      expect(await h.store.getVersion(docId, v.id)).toEqual(v);
      const { state: _bytes, ...summary } = v;
      expect(await h.store.listVersions(docId)).toEqual([summary]);
      expect((await h.store.getSignOff(docId))?.state).toEqual(state);
    });

    it('[PV4] a failed compare-and-set stores no version either', async () => {
      const state = agreedState();
      await h.store.saveSignOff(docId, createSignOffState(), 0);
      const v = version(docId, 1, state);
      expect(await h.store.saveSignOff(docId, state, 5, v)).toBeNull();
      expect(await h.store.listVersions(docId)).toEqual([]);
      expect(await h.store.getVersion(docId, v.id)).toBeNull();
    });

    it('[PV5] version numbers are unique per document; versions are listed oldest first', async () => {
      const state = agreedState();
      const v1 = version(docId, 1, state);
      const v2 = version(docId, 2, state);
      await h.store.saveSignOff(docId, state, 0, v1);
      await expect(h.store.saveSignOff(docId, state, 1, { ...v2, number: 1 })).rejects.toThrow();
      expect((await h.store.getSignOff(docId))?.revision).toBe(1);
      await h.store.saveSignOff(docId, state, 1, v2);
      expect((await h.store.listVersions(docId)).map((v) => v.number)).toEqual([1, 2]);
    });

    it('[PV6] versions are scoped to their document', async () => {
      const other = await h.newDocumentId();
      const state = agreedState();
      const v = version(docId, 1, state);
      await h.store.saveSignOff(docId, state, 0, v);
      expect(await h.store.getVersion(other, v.id)).toBeNull();
      expect(await h.store.listVersions(other)).toEqual([]);
      expect(await h.store.getSignOff(other)).toBeNull();
    });
  });
}
