import type { DocumentTypeName } from '@weft/protocol';
import type { DocumentMetaRecord, DocumentMetaStore } from '../DocumentMetaStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';
import { stripUndefined } from './stripUndefined.ts';

interface DocumentRow {
  id: string;
  workspace_id: string;
  type: string;
  title: string;
  archived: number;
  created_at: number;
  updated_at: number;
  created_by: string;
}

const COLUMNS = 'id, workspace_id, type, title, archived, created_at, updated_at, created_by';

export function createSqliteDocumentMetaStore(db: SqliteDatabase): DocumentMetaStore {
  const insert = db.prepare<[string, string, string, string, number, number, number, string]>(
    `INSERT INTO documents (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[string], DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE id = ?`);
  const byWorkspace = db.prepare<[string], DocumentRow>(
    `SELECT ${COLUMNS} FROM documents WHERE workspace_id = ? ORDER BY archived, created_at DESC, rowid DESC`,
  );
  const updateRow = db.prepare<[string, number, number, string]>(
    'UPDATE documents SET title = ?, archived = ?, updated_at = ? WHERE id = ?',
  );
  const updateTx = db.transaction((id: string, patch: Partial<DocumentMetaRecord>) => {
    const row = byId.get(id);
    if (!row) return null;
    const next = { ...toRecord(row), ...patch };
    updateRow.run(next.title, next.archived ? 1 : 0, next.updatedAt, id);
    return next;
  });

  return {
    async create(d) {
      insert.run(
        d.id,
        d.workspaceId,
        d.type,
        d.title,
        d.archived ? 1 : 0,
        d.createdAt,
        d.updatedAt,
        d.createdBy,
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
  };
}

function toRecord(r: DocumentRow): DocumentMetaRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    type: r.type as DocumentTypeName,
    title: r.title,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}
