import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BlobStore } from '../FileStore.ts';

const HASH = /^[0-9a-f]{64}$/;

/** Blobs as files under `dir/ab/abcdef…`, written to a temporary name and renamed into place. */
export function createDiskBlobStore(dir: string): BlobStore {
  const pathOf = (hash: string) => {
    // The hash is computed by the server, but a path is only ever built from a well-formed one.
    if (!HASH.test(hash)) throw new Error(`not a sha256 hex digest: ${hash}`);
    return path.join(dir, hash.slice(0, 2), hash);
  };
  return {
    async put(hash, bytes) {
      const target = pathOf(hash);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      const handle = await fs.open(tmp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, target);
    },
    async get(hash) {
      try {
        return new Uint8Array(await fs.readFile(pathOf(hash)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(hash) {
      await fs.rm(pathOf(hash), { force: true });
    },
  };
}
