import type { CommentThreadStore } from '../../CommentStore.ts';
import { type Database, insertionOrder } from '../../db/Database.ts';
import { idempotent, THREAD, toThread } from './commentRows.ts';
import { insertNewMessage } from './insertNewMessage.ts';

export function createSqlCommentThreadStore(d: Database): CommentThreadStore {
  const { db } = d;
  const threads = () => db.selectFrom('comment_threads').select(THREAD);
  return {
    async createThread(thread, first) {
      const existing = async () => {
        if (!thread.clientId) return null;
        const row = await threads()
          .where('created_by', '=', thread.createdBy)
          .where('client_id', '=', thread.clientId)
          .executeTakeFirst();
        return row ? toThread(row) : null;
      };
      return idempotent(
        () =>
          db.transaction().execute(async (trx) => {
            await trx
              .insertInto('comment_threads')
              .values({
                id: thread.id,
                workspace_id: thread.workspaceId,
                document_id: thread.documentId,
                anchor: JSON.stringify(thread.anchor),
                quote: thread.quote,
                created_by: thread.createdBy,
                created_at: thread.createdAt,
                updated_at: thread.updatedAt,
                resolved_by: thread.resolvedBy,
                resolved_at: thread.resolvedAt,
                client_id: thread.clientId,
              })
              .execute();
            await insertNewMessage(trx, first);
            return thread;
          }),
        existing,
      );
    },
    async getThread(id) {
      const row = await threads().where('id', '=', id).executeTakeFirst();
      return row ? toThread(row) : null;
    },
    async listThreads(documentId) {
      const rows = await threads()
        .where('document_id', '=', documentId)
        .orderBy('created_at')
        .orderBy(insertionOrder(d))
        .execute();
      return rows.map(toThread);
    },
    async setResolved(threadId, by, at) {
      const row = await db
        .updateTable('comment_threads')
        .set({ resolved_by: by, resolved_at: by === null ? null : at, updated_at: at })
        .where('id', '=', threadId)
        .returning(THREAD)
        .executeTakeFirst();
      return row ? toThread(row) : null;
    },
  };
}
