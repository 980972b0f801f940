import type { MessageRecord, NewMessage } from '../../CommentStore.ts';
import { addMentions, type Db, nextSeq, setLatest, upsertRead } from './commentRows.ts';

/** Inserts a message with its mentions and moves the thread's latest and the author's marker; inside a transaction. */
export async function insertNewMessage(q: Db, message: NewMessage): Promise<MessageRecord> {
  const seq = await nextSeq(q);
  await q
    .insertInto('comment_messages')
    .values({
      seq,
      id: message.id,
      thread_id: message.threadId,
      author_id: message.authorId,
      body: message.body,
      created_at: message.createdAt,
      edited_at: null,
      deleted_at: null,
      client_id: message.clientId,
    })
    .execute();
  await addMentions(q, message.id, message.mentions, seq);
  await setLatest(q, message.threadId, seq, message.createdAt, message.createdAt);
  // Writing in a thread counts as having read it up to one's own message.
  await upsertRead(q, message.authorId, message.threadId, seq);
  return { ...message, seq, editedAt: null, deletedAt: null };
}
