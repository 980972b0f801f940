import type { DocumentType } from '@weft/model';
import type { Selectable } from 'kysely';
import { type Database, insertionOrder } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type { TemplateStore, TemplateSummary } from '../TemplateStore.ts';

type TemplateRow = Omit<Selectable<WeftDatabase['templates']>, 'state'>;
const SUMMARY = ['id', 'workspace_id', 'type', 'title', 'created_at', 'created_by'] as const;

export function createSqlTemplateStore(d: Database): TemplateStore {
  const { db } = d;
  return {
    async create(t) {
      await db
        .insertInto('templates')
        .values({
          id: t.id,
          workspace_id: t.workspaceId,
          type: t.type,
          title: t.title,
          state: t.state,
          created_at: t.createdAt,
          created_by: t.createdBy,
        })
        .execute();
    },
    async get(id) {
      const row = await db
        .selectFrom('templates')
        .select([...SUMMARY, 'state'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { ...toSummary(row), state: new Uint8Array(row.state) } : null;
    },
    async listByWorkspace(workspaceId) {
      const rows = await db
        .selectFrom('templates')
        .select(SUMMARY)
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy(insertionOrder(d))
        .execute();
      return rows.map(toSummary);
    },
    async delete(id) {
      const result = await db.deleteFrom('templates').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toSummary(r: TemplateRow): TemplateSummary {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    // Written only from a validated DocumentType.
    type: r.type as DocumentType,
    title: r.title,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}
