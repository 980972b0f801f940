import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Selectable } from 'kysely';
import type {
  DocumentVersionRecord,
  DocumentVersionStore,
  DocumentVersionSummary,
  VersionKind,
} from '../DocumentVersionStore.ts';
import { type Database, insertionOrder } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';

type Row = Omit<Selectable<WeftDatabase['document_versions']>, 'state'>;
const SUMMARY = [
  'id',
  'document_id',
  'name',
  'kind',
  'created_at',
  'created_by',
  'session_id',
  'state_bytes',
] as const;

// Level 1: a 5 MB state deflates in tens of milliseconds, still several times smaller.
const DEFLATE = { level: 1 } as const;

export function createSqlDocumentVersionStore(d: Database): DocumentVersionStore {
  const { db } = d;
  return {
    async add(version) {
      await db
        .insertInto('document_versions')
        .values({
          id: version.id,
          document_id: version.documentId,
          name: version.name,
          kind: version.kind,
          created_at: version.createdAt,
          created_by: version.createdBy,
          session_id: version.sessionId,
          state_bytes: version.state.byteLength,
          state: deflateRawSync(version.state, DEFLATE),
        })
        .execute();
      const { state, ...rest } = version;
      return { ...rest, stateBytes: state.byteLength };
    },
    async list(documentId) {
      const rows = await db
        .selectFrom('document_versions')
        .select(SUMMARY)
        .where('document_id', '=', documentId)
        .orderBy('created_at', 'desc')
        .orderBy(insertionOrder(d), 'desc')
        .execute();
      return rows.map(toSummary);
    },
    async get(documentId, versionId) {
      const row = await db
        .selectFrom('document_versions')
        .select([...SUMMARY, 'state'])
        .where('document_id', '=', documentId)
        .where('id', '=', versionId)
        .executeTakeFirst();
      if (!row) return null;
      const { stateBytes: _size, ...summary } = toSummary(row);
      return { ...summary, state: new Uint8Array(inflateRawSync(row.state)) } satisfies DocumentVersionRecord;
    },
    async latest(documentId, kind) {
      const row = await db
        .selectFrom('document_versions')
        .select(SUMMARY)
        .where('document_id', '=', documentId)
        .where('kind', '=', kind)
        .orderBy('created_at', 'desc')
        .orderBy(insertionOrder(d), 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toSummary(row) : null;
    },
    async removeAuto(documentId, versionIds) {
      if (versionIds.length === 0) return 0;
      const result = await db
        .deleteFrom('document_versions')
        .where('document_id', '=', documentId)
        .where('kind', '=', 'auto')
        .where('id', 'in', [...versionIds])
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async listBySession(sessionId) {
      const rows = await db
        .selectFrom('document_versions')
        .select(SUMMARY)
        .where('session_id', '=', sessionId)
        .orderBy('created_at')
        .orderBy(insertionOrder(d))
        .execute();
      return rows.map(toSummary);
    },
    async endSession(end) {
      const row = await db
        .insertInto('exchange_session_ends')
        .values({ session_id: end.sessionId, ended_at: end.endedAt, ended_by: end.endedBy })
        .onConflict((oc) => oc.column('session_id').doNothing())
        .returning('session_id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async sessionEnd(sessionId) {
      const row = await db
        .selectFrom('exchange_session_ends')
        .selectAll()
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      return row ? { sessionId: row.session_id, endedAt: row.ended_at, endedBy: row.ended_by } : null;
    },
    async recordJoin(sessionId, userId, name, at) {
      await db
        .insertInto('session_attendance')
        .values({ session_id: sessionId, user_id: userId, name, joined_at: at, left_at: null })
        .onConflict((oc) => oc.columns(['session_id', 'user_id']).doUpdateSet({ name, left_at: null }))
        .execute();
    },
    async recordLeave(sessionId, userId, at) {
      await db
        .updateTable('session_attendance')
        .set({ left_at: at })
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .execute();
    },
    async attendance(sessionId) {
      const rows = await db
        .selectFrom('session_attendance')
        .selectAll()
        .where('session_id', '=', sessionId)
        .orderBy('joined_at')
        .orderBy('user_id')
        .execute();
      return rows.map((r) => ({
        sessionId: r.session_id,
        userId: r.user_id,
        name: r.name,
        joinedAt: r.joined_at,
        leftAt: r.left_at,
      }));
    },
  };
}

function toSummary(row: Row): DocumentVersionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    kind: row.kind as VersionKind,
    createdAt: row.created_at,
    createdBy: row.created_by,
    sessionId: row.session_id,
    stateBytes: row.state_bytes,
  };
}
