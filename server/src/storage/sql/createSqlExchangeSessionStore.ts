import type { AgendaItem } from '@weft/protocol';
import type { Selectable } from 'kysely';
import { type Database, fromJson, insertionOrder } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type { ExchangeSessionRecord, ExchangeSessionStore } from '../ExchangeSessionStore.ts';
import { hasChanges } from './hasChanges.ts';

type ExchangeSessionRow = Selectable<WeftDatabase['exchange_sessions']>;
const COLUMNS = [
  'id',
  'workspace_id',
  'title',
  'starts_at',
  'duration_minutes',
  'agenda',
  'document_ids',
  'video_url',
  'created_at',
  'updated_at',
  'created_by',
] as const;

// Agenda and links are read and written whole with their session, so JSON columns suffice.
export function createSqlExchangeSessionStore(d: Database): ExchangeSessionStore {
  const { db } = d;
  const select = () => db.selectFrom('exchange_sessions').select(COLUMNS);
  return {
    async create(s) {
      await db
        .insertInto('exchange_sessions')
        .values({
          id: s.id,
          workspace_id: s.workspaceId,
          title: s.title,
          starts_at: s.startsAt,
          duration_minutes: s.durationMinutes,
          agenda: JSON.stringify(s.agenda),
          document_ids: JSON.stringify(s.documentIds),
          video_url: s.videoUrl,
          created_at: s.createdAt,
          updated_at: s.updatedAt,
          created_by: s.createdBy,
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
        .orderBy('starts_at')
        .orderBy(insertionOrder(d))
        .execute();
      return rows.map(toRecord);
    },
    async update(id, patch) {
      const set = {
        title: patch.title,
        starts_at: patch.startsAt,
        duration_minutes: patch.durationMinutes,
        agenda: patch.agenda === undefined ? undefined : JSON.stringify(patch.agenda),
        document_ids: patch.documentIds === undefined ? undefined : JSON.stringify(patch.documentIds),
        video_url: patch.videoUrl,
        updated_at: patch.updatedAt,
      };
      if (!hasChanges(set)) return this.get(id);
      const row = await db
        .updateTable('exchange_sessions')
        .set(set)
        .where('id', '=', id)
        .returning(COLUMNS)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async delete(id) {
      const result = await db.deleteFrom('exchange_sessions').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toRecord(r: ExchangeSessionRow): ExchangeSessionRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    title: r.title,
    startsAt: r.starts_at,
    durationMinutes: r.duration_minutes,
    agenda: fromJson<AgendaItem[]>(r.agenda),
    documentIds: fromJson<string[]>(r.document_ids),
    videoUrl: r.video_url,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}
