import type { Database } from '../db/Database.ts';
import type { BlobStore } from '../FileStore.ts';

/** Blobs in the `file_blobs` table, so every node sharing the database serves the same files. */
export function createSqlBlobStore({ db }: Database): BlobStore {
  return {
    async put(hash, bytes) {
      await db
        .insertInto('file_blobs')
        .values({ hash, bytes })
        .onConflict((oc) => oc.column('hash').doNothing())
        .execute();
    },
    async get(hash) {
      const row = await db
        .selectFrom('file_blobs')
        .select('bytes')
        .where('hash', '=', hash)
        .executeTakeFirst();
      return row ? new Uint8Array(row.bytes) : null;
    },
    async delete(hash) {
      await db.deleteFrom('file_blobs').where('hash', '=', hash).execute();
    },
  };
}
