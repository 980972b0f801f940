import type { DocumentTypeName } from '@weft/protocol';
import type { Selectable } from 'kysely';
import type { DocumentMetaRecord, DocumentMetaStore } from '../DocumentMetaStore.ts';
import { type Database, flag, insertionOrder } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import { hasChanges } from './hasChanges.ts';

type DocumentRow = Selectable<WeftDatabase['documents']>;
const COLUMNS = [
  'id',
  'workspace_id',
  'type',
  'title',
  'archived',
  'created_at',
  'updated_at',
  'created_by',
] as const;

export function createSqlDocumentMetaStore(d: Database): DocumentMetaStore {
  const { db } = d;
  const select = () => db.selectFrom('documents').select(COLUMNS);
  return {
    async create(doc) {
      await db
        .insertInto('documents')
        .values({
          id: doc.id,
          workspace_id: doc.workspaceId,
          type: doc.type,
          title: doc.title,
          archived: flag(doc.archived),
          created_at: doc.createdAt,
          updated_at: doc.updatedAt,
          created_by: doc.createdBy,
        })
        .execute();
    },
    async get(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async listByWorkspace(workspaceId) {
      const rows = await select()
        .where('workspace_id', '=', workspaceId)
        .orderBy('archived')
        .orderBy('created_at', 'desc')
        .orderBy(insertionOrder(d), 'desc')
        .execute();
      return rows.map(toRecord);
    },
    async update(id, patch) {
      const set = {
        title: patch.title,
        archived: patch.archived === undefined ? undefined : flag(patch.archived),
        updated_at: patch.updatedAt,
      };
      if (!hasChanges(set)) return this.get(id);
      const row = await db
        .updateTable('documents')
        .set(set)
        .where('id', '=', id)
        .returning(COLUMNS)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },
  };
}

function toRecord(r: DocumentRow): DocumentMetaRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    type: r.type as DocumentTypeName,
    title: r.title,
    archived: Boolean(r.archived),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}
