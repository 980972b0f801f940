import type { AgendaItem } from '@weft/protocol';
import type { Pool } from 'pg';
import type { ExchangeSessionRecord, ExchangeSessionStore } from '../ExchangeSessionStore.ts';
import { stripUndefined } from '../sqlite/stripUndefined.ts';
import { fromBigint } from './fromBigint.ts';
import { withTransaction } from './withTransaction.ts';

interface ExchangeSessionRow {
  id: string;
  workspace_id: string;
  title: string;
  starts_at: string;
  duration_minutes: number;
  agenda: AgendaItem[];
  document_ids: string[];
  created_at: string;
  updated_at: string;
  created_by: string;
}

const COLUMNS =
  'id, workspace_id, title, starts_at, duration_minutes, agenda, document_ids, created_at, updated_at, created_by';

// Agenda and links are read and written whole with their session, so JSONB columns suffice.
export function createPostgresExchangeSessionStore(pool: Pool): ExchangeSessionStore {
  return {
    async create(s) {
      await pool.query(
        `INSERT INTO exchange_sessions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
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
        ],
      );
    },
    async get(id) {
      const { rows } = await pool.query<ExchangeSessionRow>(
        `SELECT ${COLUMNS} FROM exchange_sessions WHERE id = $1`,
        [id],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async listByWorkspace(workspaceId) {
      const { rows } = await pool.query<ExchangeSessionRow>(
        `SELECT ${COLUMNS} FROM exchange_sessions WHERE workspace_id = $1 ORDER BY starts_at, ord`,
        [workspaceId],
      );
      return rows.map(toRecord);
    },
    async update(id, patch) {
      const changes = stripUndefined(patch);
      // Locked so two nodes patching different fields at once both keep their change.
      return withTransaction(pool, async (client) => {
        const { rows } = await client.query<ExchangeSessionRow>(
          `SELECT ${COLUMNS} FROM exchange_sessions WHERE id = $1 FOR UPDATE`,
          [id],
        );
        if (!rows[0]) return null;
        const next: ExchangeSessionRecord = { ...toRecord(rows[0]), ...changes };
        await client.query(
          `UPDATE exchange_sessions
           SET title = $1, starts_at = $2, duration_minutes = $3, agenda = $4, document_ids = $5, updated_at = $6
           WHERE id = $7`,
          [
            next.title,
            next.startsAt,
            next.durationMinutes,
            JSON.stringify(next.agenda),
            JSON.stringify(next.documentIds),
            next.updatedAt,
            id,
          ],
        );
        return next;
      });
    },
    async delete(id) {
      const { rowCount } = await pool.query('DELETE FROM exchange_sessions WHERE id = $1', [id]);
      return (rowCount ?? 0) > 0;
    },
  };
}

function toRecord(r: ExchangeSessionRow): ExchangeSessionRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    title: r.title,
    startsAt: fromBigint(r.starts_at),
    durationMinutes: r.duration_minutes,
    agenda: r.agenda,
    documentIds: r.document_ids,
    createdAt: fromBigint(r.created_at),
    updatedAt: fromBigint(r.updated_at),
    createdBy: r.created_by,
  };
}
