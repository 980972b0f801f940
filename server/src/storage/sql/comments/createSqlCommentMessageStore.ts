import type { CommentMessageStore } from '../../CommentStore.ts';
import { type Database, lockedForUpdate } from '../../db/Database.ts';
import {
  addMentions,
  type Db,
  idempotent,
  MESSAGE,
  nextSeq,
  setLatest,
  withMentions,
} from './commentRows.ts';
import { insertNewMessage } from './insertNewMessage.ts';

/** Every write that takes a seq runs in one transaction with it, so read markers stay exact. */
export function createSqlCommentMessageStore(d: Database): CommentMessageStore {
  const { db } = d;
  const messages = (q: Db) => q.selectFrom('comment_messages').select(MESSAGE);
  const lockedMessage = (q: Db, id: string) =>
    lockedForUpdate(d, messages(q).where('id', '=', id)).executeTakeFirst();
  return {
    async listMessages(threadIds) {
      if (threadIds.length === 0) return [];
      const rows = await messages(db)
        .where('thread_id', 'in', [...threadIds])
        .orderBy('seq')
        .execute();
      return withMentions(d, db, rows);
    },
    async addMessage(message) {
      const existing = async () => {
        if (!message.clientId) return null;
        const rows = await messages(db)
          .where('author_id', '=', message.authorId)
          .where('client_id', '=', message.clientId)
          .execute();
        return (await withMentions(d, db, rows))[0] ?? null;
      };
      return idempotent(() => db.transaction().execute((trx) => insertNewMessage(trx, message)), existing);
    },
    async getMessage(id) {
      const rows = await messages(db).where('id', '=', id).execute();
      return (await withMentions(d, db, rows))[0] ?? null;
    },
    async editMessage(id, body, mentions, at) {
      return db.transaction().execute(async (trx) => {
        const row = await lockedMessage(trx, id);
        if (!row || row.deleted_at !== null) return null;
        await trx.updateTable('comment_messages').set({ body, edited_at: at }).where('id', '=', id).execute();
        const current = await trx
          .selectFrom('comment_mentions')
          .select('user_id')
          .where('message_id', '=', id)
          .execute();
        const before = new Set(current.map((m) => m.user_id));
        const removed = [...before].filter((userId) => !mentions.includes(userId));
        if (removed.length > 0) {
          await trx
            .deleteFrom('comment_mentions')
            .where('message_id', '=', id)
            .where('user_id', 'in', removed)
            .execute();
        }
        const added = mentions.filter((userId) => !before.has(userId));
        if (added.length > 0) await addMentions(trx, id, added, await nextSeq(trx));
        await trx
          .updateTable('comment_threads')
          .set({ updated_at: at })
          .where('id', '=', row.thread_id)
          .execute();
        const updated = await messages(trx).where('id', '=', id).execute();
        return (await withMentions(d, trx, updated))[0] ?? null;
      });
    },
    async deleteMessage(id, at) {
      return db.transaction().execute(async (trx) => {
        const row = await lockedMessage(trx, id);
        if (!row || row.deleted_at !== null) return null;
        // The thread row is locked too, so a reply landing on another node waits and sees the result.
        await lockedForUpdate(
          d,
          trx.selectFrom('comment_threads').select('id').where('id', '=', row.thread_id),
        ).execute();
        await trx
          .updateTable('comment_messages')
          .set({ body: '', deleted_at: at })
          .where('id', '=', id)
          .execute();
        await trx.deleteFrom('comment_mentions').where('message_id', '=', id).execute();
        const live = await trx
          .selectFrom('comment_messages')
          .select(['seq', 'created_at'])
          .where('thread_id', '=', row.thread_id)
          .where('deleted_at', 'is', null)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (!live) {
          await trx.deleteFrom('comment_threads').where('id', '=', row.thread_id).execute();
          return { threadDeleted: true };
        }
        await setLatest(trx, row.thread_id, live.seq, live.created_at, at);
        return { threadDeleted: false };
      });
    },
  };
}
