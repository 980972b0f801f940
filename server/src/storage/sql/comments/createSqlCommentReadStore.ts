import type { DocumentTypeName } from '@weft/protocol';
import { sql } from 'kysely';
import type { CommentReadStore, InboxMentionRecord, InboxThreadRecord } from '../../CommentStore.ts';
import { type Database, insertionOrder } from '../../db/Database.ts';

interface PlaceRow {
  workspace_id: string;
  workspace_title: string;
  document_id: string;
  document_title: string;
  document_type: string;
  thread_id: string;
}

// Threads unread for `wm.user_id`: the latest live message is past their read marker (their own
// messages never are: writing moves the marker) and newer than their joining. Reads one row per
// thread, never the messages. Callers join `wm` (the membership) and `t` (the thread).
const UNREAD_THREADS = sql`
  LEFT JOIN comment_reads r ON r.thread_id = t.id AND r.user_id = wm.user_id
  WHERE t.last_seq > COALESCE(r.seq, 0) AND t.last_at >= wm.joined_at`;

// Mentions of `x.user_id` in live messages past their read marker, in workspaces they belong to.
const UNREAD_MENTIONS = sql`
  FROM comment_mentions x
  JOIN comment_messages m ON m.id = x.message_id AND m.deleted_at IS NULL
  JOIN comment_threads t ON t.id = m.thread_id
  JOIN workspace_members wm ON wm.workspace_id = t.workspace_id AND wm.user_id = x.user_id
  LEFT JOIN comment_reads r ON r.thread_id = t.id AND r.user_id = x.user_id`;

const PLACE = sql`t.workspace_id, w.title AS workspace_title, t.document_id, d.title AS document_title,
  d.type AS document_type, t.id AS thread_id`;

// The inbox joins are the same SQL in both dialects, so they stay SQL rather than builder calls.
export function createSqlCommentReadStore(d: Database): CommentReadStore {
  const { db } = d;
  return {
    async markRead(userId, threadIds) {
      if (threadIds.length === 0) return;
      // Seqs commit in order (counter row lock), so everything at or below the value seen now is
      // committed; a message still in flight gets a higher seq and stays unread.
      await db
        .insertInto('comment_reads')
        .values(
          [...new Set(threadIds)].map((threadId) => ({
            user_id: userId,
            thread_id: threadId,
            seq: sql<number>`(SELECT value FROM comment_counter WHERE id = 1)`,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['user_id', 'thread_id']).doUpdateSet((eb) => ({ seq: eb.ref('excluded.seq') })),
        )
        .execute();
    },
    async unreadAmong(userId, threadIds) {
      if (threadIds.length === 0) return new Set();
      const { rows } = await sql<{ thread_id: string }>`
        SELECT t.id AS thread_id FROM comment_threads t
        JOIN workspace_members wm ON wm.workspace_id = t.workspace_id AND wm.user_id = ${userId}
        ${UNREAD_THREADS} AND t.id IN (${sql.join([...threadIds])})`.execute(db);
      return new Set(rows.map((r) => r.thread_id));
    },
    async inboxCounts(userId) {
      const { rows: threads } = await sql<{ n: number }>`
        SELECT COUNT(*) AS n FROM workspace_members wm
        JOIN comment_threads t ON t.workspace_id = wm.workspace_id AND t.resolved_at IS NULL
        ${UNREAD_THREADS} AND wm.user_id = ${userId}`.execute(db);
      const { rows: mentions } = await sql<{ n: number }>`
        SELECT COUNT(*) AS n ${UNREAD_MENTIONS}
        WHERE x.user_id = ${userId} AND x.seq > COALESCE(r.seq, 0)`.execute(db);
      return { unreadThreads: Number(threads[0]?.n ?? 0), mentions: Number(mentions[0]?.n ?? 0) };
    },
    async inbox(userId, limit) {
      const { rows: threadRows } = await sql<
        PlaceRow & { quote: string; n: number; body: string; created_at: number; author_name: string | null }
      >`
        WITH u AS (
          SELECT t.id AS id, t.last_seq AS latest, wm.user_id AS user_id, COALESCE(r.seq, 0) AS read_seq
          FROM workspace_members wm
          JOIN comment_threads t ON t.workspace_id = wm.workspace_id AND t.resolved_at IS NULL
          ${UNREAD_THREADS} AND wm.user_id = ${userId}
          ORDER BY t.last_seq DESC LIMIT ${limit})
        SELECT ${PLACE}, t.quote, lm.body, lm.created_at, au.display_name AS author_name,
          (SELECT COUNT(*) FROM comment_messages m WHERE m.thread_id = t.id AND m.deleted_at IS NULL
             AND m.author_id <> u.user_id AND m.seq > u.read_seq) AS n
        FROM u JOIN comment_threads t ON t.id = u.id
        JOIN workspaces w ON w.id = t.workspace_id JOIN documents d ON d.id = t.document_id
        JOIN comment_messages lm ON lm.seq = u.latest LEFT JOIN users au ON au.id = lm.author_id
        ORDER BY u.latest DESC`.execute(db);
      const { rows: mentionRows } = await sql<
        PlaceRow & {
          message_id: string;
          author_id: string;
          author_name: string | null;
          body: string;
          at: number;
        }
      >`
        SELECT ${PLACE}, m.id AS message_id, m.author_id, au.display_name AS author_name, m.body,
          m.created_at AS at
        ${UNREAD_MENTIONS}
        JOIN workspaces w ON w.id = t.workspace_id JOIN documents d ON d.id = t.document_id
        LEFT JOIN users au ON au.id = m.author_id
        WHERE x.user_id = ${userId} AND x.seq > COALESCE(r.seq, 0)
        ORDER BY x.seq DESC, ${insertionOrder(d, 'x')} DESC LIMIT ${limit}`.execute(db);
      const threads: InboxThreadRecord[] = threadRows.map((r) => ({
        ...toPlace(r),
        quote: r.quote,
        unreadMessages: Number(r.n),
        latestAuthorName: r.author_name ?? '',
        latestBody: r.body,
        latestAt: Number(r.created_at),
      }));
      const mentions: InboxMentionRecord[] = mentionRows.map((r) => ({
        ...toPlace(r),
        messageId: r.message_id,
        authorId: r.author_id,
        authorName: r.author_name ?? '',
        body: r.body,
        at: Number(r.at),
      }));
      return { threads, mentions };
    },
  };
}

function toPlace(r: PlaceRow) {
  return {
    workspaceId: r.workspace_id,
    workspaceTitle: r.workspace_title,
    documentId: r.document_id,
    documentTitle: r.document_title,
    documentType: r.document_type as DocumentTypeName,
    threadId: r.thread_id,
  };
}
