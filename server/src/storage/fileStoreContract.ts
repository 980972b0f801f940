import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FileRecord, type FileStore, FileVariant } from './FileStore.ts';

export interface FileStoreHarness {
  store: FileStore;
  /** Creates a workspace the store may refer to and returns its id. */
  newWorkspaceId(): Promise<string>;
  /** How many distinct blobs are stored, to prove unreferenced bytes are removed. */
  blobCount(): Promise<number>;
  dispose(): Promise<void>;
}

function record(workspaceId: string, overrides: Partial<FileRecord> = {}): FileRecord {
  return {
    id: crypto.randomUUID(),
    workspaceId,
    name: 'Xưởng nhuộm Huế.jpg',
    contentType: 'image/jpeg',
    bytes: 5,
    width: 640,
    height: 480,
    createdAt: 1_800_000_000_000,
    createdBy: 'u1',
    ...overrides,
  };
}

/** The behaviour every FileStore must show. */
export function runFileStoreContract(name: string, create: () => Promise<FileStoreHarness>): void {
  describe(`FileStore contract: ${name}`, () => {
    let h: FileStoreHarness;
    let ws: string;
    beforeEach(async () => {
      h = await create();
      ws = await h.newWorkspaceId();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[FS1] an unknown id reads as null and deletes as false', async () => {
      expect(await h.store.get('nope')).toBeNull();
      expect(await h.store.read('nope', FileVariant.original)).toBeNull();
      expect(await h.store.delete('nope')).toBe(false);
      expect(await h.store.listByWorkspace(ws)).toEqual([]);
    });

    it('[FS2] a file reads back byte for byte with its metadata and preview', async () => {
      const r = record(ws);
      const content = new Uint8Array([0xff, 0xd8, 0, 1, 255]);
      const thumb = new Uint8Array([9, 8, 7]);
      await h.store.create(r, content, thumb);
      expect(await h.store.get(r.id)).toEqual(r);
      expect(await h.store.read(r.id, FileVariant.original)).toEqual(content);
      expect(await h.store.read(r.id, FileVariant.thumb)).toEqual(thumb);
    });

    it('[FS3] a file without a preview has no thumb variant', async () => {
      const r = record(ws, { name: 'Tender.pdf', contentType: 'application/pdf', width: null, height: null });
      await h.store.create(r, new Uint8Array([1, 2, 3]), null);
      expect(await h.store.get(r.id)).toEqual(r);
      expect(await h.store.read(r.id, FileVariant.thumb)).toBeNull();
    });

    it('[FS4] files are listed per workspace, newest first', async () => {
      const other = await h.newWorkspaceId();
      const older = record(ws, { createdAt: 1 });
      const newer = record(ws, { createdAt: 2 });
      await h.store.create(older, new Uint8Array([1]), null);
      await h.store.create(newer, new Uint8Array([2]), null);
      await h.store.create(record(other), new Uint8Array([3]), null);
      expect((await h.store.listByWorkspace(ws)).map((f) => f.id)).toEqual([newer.id, older.id]);
    });

    it('[FS5] identical bytes are stored once and removed with the last file that uses them', async () => {
      const content = new Uint8Array([4, 4, 4]);
      const a = record(ws);
      const b = record(ws);
      await h.store.create(a, content, content);
      await h.store.create(b, content, null);
      expect(await h.blobCount()).toBe(1);
      expect(await h.store.delete(a.id)).toBe(true);
      expect(await h.store.get(a.id)).toBeNull();
      expect(await h.store.read(b.id, FileVariant.original)).toEqual(content);
      expect(await h.store.delete(b.id)).toBe(true);
      expect(await h.blobCount()).toBe(0);
    });

    it('[FS6] deleting a file removes its preview too', async () => {
      const r = record(ws);
      await h.store.create(r, new Uint8Array([1, 1]), new Uint8Array([2, 2]));
      expect(await h.blobCount()).toBe(2);
      await h.store.delete(r.id);
      expect(await h.blobCount()).toBe(0);
      expect(await h.store.read(r.id, FileVariant.thumb)).toBeNull();
    });
  });
}
