import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Database } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import { type BlobStore, type FileRecord, type FileStore, FileVariant } from '../FileStore.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** File metadata in the `files` table; bytes in `blobs` (disk for SQLite, the database for PostgreSQL). */
export function createSqlFileStore({ db }: Database, blobs: BlobStore): FileStore {
  async function isReferenced(hash: string): Promise<boolean> {
    const row = await db
      .selectFrom('files')
      .select('id')
      .where((eb) => eb.or([eb('content_hash', '=', hash), eb('thumb_hash', '=', hash)]))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  return {
    async create(record, content, thumb) {
      const contentHash = sha256(content);
      const thumbHash = thumb ? sha256(thumb) : null;
      // Bytes first: a row never points at bytes that are not there yet.
      await blobs.put(contentHash, content);
      if (thumb && thumbHash) await blobs.put(thumbHash, thumb);
      await db
        .insertInto('files')
        .values({
          id: record.id,
          workspace_id: record.workspaceId,
          name: record.name,
          content_type: record.contentType,
          bytes: record.bytes,
          width: record.width,
          height: record.height,
          content_hash: contentHash,
          thumb_hash: thumbHash,
          created_at: record.createdAt,
          created_by: record.createdBy,
        })
        .execute();
    },
    async get(id) {
      const row = await db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async listByWorkspace(workspaceId) {
      const rows = await db
        .selectFrom('files')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },
    async read(id, variant) {
      const row = await db
        .selectFrom('files')
        .select(['content_hash', 'thumb_hash'])
        .where('id', '=', id)
        .executeTakeFirst();
      const hash = variant === FileVariant.thumb ? row?.thumb_hash : row?.content_hash;
      return hash ? blobs.get(hash) : null;
    },
    async delete(id) {
      const row = await db
        .deleteFrom('files')
        .where('id', '=', id)
        .returning(['content_hash', 'thumb_hash'])
        .executeTakeFirst();
      if (!row) return false;
      for (const hash of [row.content_hash, row.thumb_hash]) {
        if (hash && !(await isReferenced(hash))) await blobs.delete(hash);
      }
      return true;
    },
  };
}

function toRecord(row: Selectable<WeftDatabase['files']>): FileRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    contentType: row.content_type,
    bytes: Number(row.bytes),
    width: row.width,
    height: row.height,
    createdAt: Number(row.created_at),
    createdBy: row.created_by,
  };
}
