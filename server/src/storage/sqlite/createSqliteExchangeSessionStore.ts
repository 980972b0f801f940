import type { AgendaItem } from '@weft/protocol';
import type { ExchangeSessionRecord, ExchangeSessionStore } from '../ExchangeSessionStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';
import { stripUndefined } from './stripUndefined.ts';

interface ExchangeSessionRow {
  id: string;
  workspace_id: string;
  title: string;
  starts_at: number;
  duration_minutes: number;
  agenda: string;
  document_ids: string;
  created_at: number;
  updated_at: number;
  created_by: string;
}

const COLUMNS =
  'id, workspace_id, title, starts_at, duration_minutes, agenda, document_ids, created_at, updated_at, created_by';

type InsertParams = [string, string, string, number, number, string, string, number, number, string];

// Agenda and links are read and written whole with their session, so JSON columns suffice.
export function createSqliteExchangeSessionStore(db: SqliteDatabase): ExchangeSessionStore {
  const insert = db.prepare<InsertParams>(
    `INSERT INTO exchange_sessions (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[string], ExchangeSessionRow>(
    `SELECT ${COLUMNS} FROM exchange_sessions WHERE id = ?`,
  );
  const byWorkspace = db.prepare<[string], ExchangeSessionRow>(
    `SELECT ${COLUMNS} FROM exchange_sessions WHERE workspace_id = ? ORDER BY starts_at, rowid`,
  );
  const updateRow = db.prepare<[string, number, number, string, string, number, string]>(
    `UPDATE exchange_sessions
     SET title = ?, starts_at = ?, duration_minutes = ?, agenda = ?, document_ids = ?, updated_at = ?
     WHERE id = ?`,
  );
  const deleteRow = db.prepare<[string]>('DELETE FROM exchange_sessions WHERE id = ?');
  const updateTx = db.transaction((id: string, patch: Partial<ExchangeSessionRecord>) => {
    const row = byId.get(id);
    if (!row) return null;
    const next = { ...toRecord(row), ...patch };
    updateRow.run(
      next.title,
      next.startsAt,
      next.durationMinutes,
      JSON.stringify(next.agenda),
      JSON.stringify(next.documentIds),
      next.updatedAt,
      id,
    );
    return next;
  });

  return {
    async create(s) {
      insert.run(
        s.id,
        s.workspaceId,
        s.title,
        s.startsAt,
        s.durationMinutes,
        JSON.stringify(s.agenda),
        JSON.stringify(s.documentIds),
        s.createdAt,
        s.updatedAt,
        s.createdBy,
      );
    },
    async get(id) {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    async listByWorkspace(workspaceId) {
      return byWorkspace.all(workspaceId).map(toRecord);
    },
    async update(id, patch) {
      return updateTx(id, stripUndefined(patch));
    },
    async delete(id) {
      return deleteRow.run(id).changes > 0;
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
    agenda: JSON.parse(r.agenda) as AgendaItem[],
    documentIds: JSON.parse(r.document_ids) as string[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}
