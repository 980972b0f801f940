import type { DocumentTypeName } from '@weft/protocol';
import type { Pool } from 'pg';
import type { DocumentMetaRecord, DocumentMetaStore } from '../DocumentMetaStore.ts';
import { fromBigint } from './fromBigint.ts';

interface DocumentRow {
  id: string;
  workspace_id: string;
  type: string;
  title: string;
  archived: boolean;
  created_at: string;
  updated_at: string;
  created_by: string;
}

const COLUMNS = 'id, workspace_id, type, title, archived, created_at, updated_at, created_by';

export function createPostgresDocumentMetaStore(pool: Pool): DocumentMetaStore {
  return {
    async create(d) {
      await pool.query(`INSERT INTO documents (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        d.id,
        d.workspaceId,
        d.type,
        d.title,
        d.archived,
        d.createdAt,
        d.updatedAt,
        d.createdBy,
      ]);
    },
    async get(id) {
      const { rows } = await pool.query<DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE id = $1`, [id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async listByWorkspace(workspaceId) {
      const { rows } = await pool.query<DocumentRow>(
        `SELECT ${COLUMNS} FROM documents WHERE workspace_id = $1
         ORDER BY archived, created_at DESC, ord DESC`,
        [workspaceId],
      );
      return rows.map(toRecord);
    },
    async update(id, patch) {
      const { rows } = await pool.query<DocumentRow>(
        `UPDATE documents SET title = coalesce($2, title), archived = coalesce($3, archived),
           updated_at = coalesce($4, updated_at)
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, patch.title ?? null, patch.archived ?? null, patch.updatedAt ?? null],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
  };
}

function toRecord(r: DocumentRow): DocumentMetaRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    type: r.type as DocumentTypeName,
    title: r.title,
    archived: r.archived,
    createdAt: fromBigint(r.created_at),
    updatedAt: fromBigint(r.updated_at),
    createdBy: r.created_by,
  };
}
