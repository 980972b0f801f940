import type { CommentAnchor, DocumentTypeName } from '@weft/protocol';
import type { Pool, PoolClient } from 'pg';
import type {
  CommentStore,
  Created,
  InboxMentionRecord,
  InboxThreadRecord,
  MessageRecord,
  NewMessage,
  ThreadRecord,
} from '../CommentStore.ts';
import { fromBigint, fromNullableBigint } from './fromBigint.ts';
import { withTransaction } from './withTransaction.ts';

interface ThreadRow {
  id: string;
  workspace_id: string;
  document_id: string;
  anchor: CommentAnchor;
  quote: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
  client_id: string | null;
}

interface MessageRow {
  seq: string;
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  client_id: string | null;
}

interface PlaceRow {
  workspace_id: string;
  workspace_title: string;
  document_id: string;
  document_title: string;
  document_type: string;
  thread_id: string;
}

type Db = Pool | PoolClient;

const THREAD = `id, workspace_id, document_id, anchor, quote, created_by, created_at, updated_at,
  resolved_by, resolved_at, client_id`;
const MESSAGE = 'seq, id, thread_id, author_id, body, created_at, edited_at, deleted_at, client_id';

// Threads unread for `wm.user_id`: the latest live message is past their read marker (their own
// messages never are: writing moves the marker) and newer than their joining. Reads one row per
// thread, never the messages. Callers join `wm` (the membership) and `t` (the thread).
const UNREAD_THREADS = `
  LEFT JOIN comment_reads r ON r.thread_id = t.id AND r.user_id = wm.user_id
  WHERE t.last_seq > COALESCE(r.seq, 0) AND t.last_at >= wm.joined_at`;

const PLACE = `t.workspace_id, w.title AS workspace_title, t.document_id, d.title AS document_title,
  d.type AS document_type, t.id AS thread_id`;

/**
 * Same model as the SQLite store. Message seqs come from `comment_counter` under its row lock, so
 * they commit in increasing order on every node and read markers stay exact; every write that
 * takes a seq runs in one transaction with it.
 */
export function createPostgresCommentStore(pool: Pool): CommentStore {
  const nextSeq = async (client: PoolClient) => {
    const { rows } = await client.query<{ value: string }>(
      'UPDATE comment_counter SET value = value + 1 WHERE id = 1 RETURNING value',
    );
    return fromBigint((rows[0] as { value: string }).value);
  };
  const messageById = async (db: Db, id: string) => {
    const { rows } = await db.query<MessageRow>(`SELECT ${MESSAGE} FROM comment_messages WHERE id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  };
  const upsertRead = (db: Db, userId: string, threadId: string, seq: number) =>
    db.query(
      `INSERT INTO comment_reads (user_id, thread_id, seq) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, thread_id) DO UPDATE SET seq = excluded.seq`,
      [userId, threadId, seq],
    );
  const addMentions = async (
    client: PoolClient,
    messageId: string,
    userIds: readonly string[],
    seq: number,
  ) => {
    for (const userId of userIds) {
      await client.query(
        `INSERT INTO comment_mentions (message_id, user_id, seq) VALUES ($1, $2, $3)
         ON CONFLICT (message_id, user_id) DO NOTHING`,
        [messageId, userId, seq],
      );
    }
  };
  const setLatest = (client: PoolClient, seq: number, at: number, updatedAt: number, threadId: string) =>
    client.query('UPDATE comment_threads SET last_seq = $1, last_at = $2, updated_at = $3 WHERE id = $4', [
      seq,
      at,
      updatedAt,
      threadId,
    ]);
  const insertNewMessage = async (client: PoolClient, message: NewMessage): Promise<MessageRecord> => {
    const seq = await nextSeq(client);
    await client.query(
      `INSERT INTO comment_messages (${MESSAGE}) VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, $7)`,
      [
        seq,
        message.id,
        message.threadId,
        message.authorId,
        message.body,
        message.createdAt,
        message.clientId,
      ],
    );
    await addMentions(client, message.id, message.mentions, seq);
    await setLatest(client, seq, message.createdAt, message.createdAt, message.threadId);
    // Writing in a thread counts as having read it up to one's own message.
    await upsertRead(client, message.authorId, message.threadId, seq);
    return { ...message, seq, editedAt: null, deletedAt: null };
  };
  const withMentions = async (db: Db, rows: MessageRow[]): Promise<MessageRecord[]> => {
    if (rows.length === 0) return [];
    const { rows: found } = await db.query<{ message_id: string; user_id: string }>(
      `SELECT message_id, user_id FROM comment_mentions WHERE message_id = ANY($1::text[]) ORDER BY seq, ord`,
      [rows.map((r) => r.id)],
    );
    const mentions = new Map<string, string[]>();
    for (const row of found)
      mentions.set(row.message_id, [...(mentions.get(row.message_id) ?? []), row.user_id]);
    return rows.map((r) => toMessage(r, mentions.get(r.id) ?? []));
  };
  // A retried create with a client id already used returns the earlier record. The unique index
  // settles a race between two nodes: the loser's transaction fails and it reads the winner's row.
  const idempotent = async <T>(
    attempt: () => Promise<Created<T>>,
    existing: () => Promise<T | null>,
  ): Promise<Created<T>> => {
    const before = await existing();
    if (before) return { record: before, created: false };
    try {
      return await attempt();
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const after = await existing();
      if (after) return { record: after, created: false };
      throw err;
    }
  };

  return {
    async createThread(thread, first) {
      const existing = async () => {
        if (!thread.clientId) return null;
        const { rows } = await pool.query<ThreadRow>(
          `SELECT ${THREAD} FROM comment_threads WHERE created_by = $1 AND client_id = $2`,
          [thread.createdBy, thread.clientId],
        );
        return rows[0] ? toThread(rows[0]) : null;
      };
      return idempotent(
        () =>
          withTransaction(pool, async (client) => {
            await client.query(
              `INSERT INTO comment_threads (${THREAD}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
              [
                thread.id,
                thread.workspaceId,
                thread.documentId,
                JSON.stringify(thread.anchor),
                thread.quote,
                thread.createdBy,
                thread.createdAt,
                thread.updatedAt,
                thread.resolvedBy,
                thread.resolvedAt,
                thread.clientId,
              ],
            );
            await insertNewMessage(client, first);
            return { record: thread, created: true };
          }),
        existing,
      );
    },
    async getThread(id) {
      const { rows } = await pool.query<ThreadRow>(`SELECT ${THREAD} FROM comment_threads WHERE id = $1`, [
        id,
      ]);
      return rows[0] ? toThread(rows[0]) : null;
    },
    async listThreads(documentId) {
      const { rows } = await pool.query<ThreadRow>(
        `SELECT ${THREAD} FROM comment_threads WHERE document_id = $1 ORDER BY created_at, ord`,
        [documentId],
      );
      return rows.map(toThread);
    },
    async listMessages(threadIds) {
      const { rows } = await pool.query<MessageRow>(
        `SELECT ${MESSAGE} FROM comment_messages WHERE thread_id = ANY($1::text[]) ORDER BY seq`,
        [[...threadIds]],
      );
      return withMentions(pool, rows);
    },
    async addMessage(message) {
      const existing = async () => {
        if (!message.clientId) return null;
        const { rows } = await pool.query<MessageRow>(
          `SELECT ${MESSAGE} FROM comment_messages WHERE author_id = $1 AND client_id = $2`,
          [message.authorId, message.clientId],
        );
        return rows[0] ? ((await withMentions(pool, rows))[0] ?? null) : null;
      };
      return idempotent(
        () =>
          withTransaction(pool, async (client) => ({
            record: await insertNewMessage(client, message),
            created: true,
          })),
        existing,
      );
    },
    async getMessage(id) {
      const row = await messageById(pool, id);
      return row ? ((await withMentions(pool, [row]))[0] ?? null) : null;
    },
    async editMessage(id, body, mentions, at) {
      return withTransaction(pool, async (client) => {
        const { rows } = await client.query<MessageRow>(
          `SELECT ${MESSAGE} FROM comment_messages WHERE id = $1 FOR UPDATE`,
          [id],
        );
        const row = rows[0];
        if (!row || row.deleted_at !== null) return null;
        await client.query('UPDATE comment_messages SET body = $1, edited_at = $2 WHERE id = $3', [
          body,
          at,
          id,
        ]);
        const { rows: current } = await client.query<{ user_id: string }>(
          'SELECT user_id FROM comment_mentions WHERE message_id = $1',
          [id],
        );
        const before = new Set(current.map((m) => m.user_id));
        const after = new Set(mentions);
        for (const userId of before) {
          if (!after.has(userId)) {
            await client.query('DELETE FROM comment_mentions WHERE message_id = $1 AND user_id = $2', [
              id,
              userId,
            ]);
          }
        }
        const added = mentions.filter((userId) => !before.has(userId));
        if (added.length > 0) await addMentions(client, id, added, await nextSeq(client));
        await client.query('UPDATE comment_threads SET updated_at = $1 WHERE id = $2', [at, row.thread_id]);
        const updated = await messageById(client, id);
        return updated ? ((await withMentions(client, [updated]))[0] ?? null) : null;
      });
    },
    async deleteMessage(id, at) {
      return withTransaction(pool, async (client) => {
        const { rows } = await client.query<MessageRow>(
          `SELECT ${MESSAGE} FROM comment_messages WHERE id = $1 FOR UPDATE`,
          [id],
        );
        const row = rows[0];
        if (!row || row.deleted_at !== null) return null;
        // The thread row is locked too, so a reply landing on another node waits and sees the result.
        await client.query('SELECT 1 FROM comment_threads WHERE id = $1 FOR UPDATE', [row.thread_id]);
        await client.query("UPDATE comment_messages SET body = '', deleted_at = $1 WHERE id = $2", [at, id]);
        await client.query('DELETE FROM comment_mentions WHERE message_id = $1', [id]);
        const { rows: latest } = await client.query<{ seq: string; created_at: string }>(
          `SELECT seq, created_at FROM comment_messages WHERE thread_id = $1 AND deleted_at IS NULL
           ORDER BY seq DESC LIMIT 1`,
          [row.thread_id],
        );
        const live = latest[0];
        if (!live) {
          await client.query('DELETE FROM comment_threads WHERE id = $1', [row.thread_id]);
          return { threadDeleted: true };
        }
        await setLatest(client, fromBigint(live.seq), fromBigint(live.created_at), at, row.thread_id);
        return { threadDeleted: false };
      });
    },
    async setResolved(threadId, by, at) {
      const { rows } = await pool.query<ThreadRow>(
        `UPDATE comment_threads SET resolved_by = $1, resolved_at = $2, updated_at = $3 WHERE id = $4
         RETURNING ${THREAD}`,
        [by, by === null ? null : at, at, threadId],
      );
      return rows[0] ? toThread(rows[0]) : null;
    },
    async markRead(userId, threadIds) {
      if (threadIds.length === 0) return;
      // Seqs commit in order (counter row lock), so everything at or below the value seen now is
      // committed; a message still in flight gets a higher seq and stays unread.
      await pool.query(
        `INSERT INTO comment_reads (user_id, thread_id, seq)
         SELECT $1, t, (SELECT value FROM comment_counter WHERE id = 1) FROM unnest($2::text[]) AS t
         ON CONFLICT (user_id, thread_id) DO UPDATE SET seq = excluded.seq`,
        [userId, [...new Set(threadIds)]],
      );
    },
    async unreadAmong(userId, threadIds) {
      const { rows } = await pool.query<{ thread_id: string }>(
        `SELECT t.id AS thread_id FROM comment_threads t
         JOIN workspace_members wm ON wm.workspace_id = t.workspace_id AND wm.user_id = $1
         ${UNREAD_THREADS} AND t.id = ANY($2::text[])`,
        [userId, [...threadIds]],
      );
      return new Set(rows.map((r) => r.thread_id));
    },
    async inboxCounts(userId) {
      const { rows: threads } = await pool.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM workspace_members wm
         JOIN comment_threads t ON t.workspace_id = wm.workspace_id AND t.resolved_at IS NULL
         ${UNREAD_THREADS} AND wm.user_id = $1`,
        [userId],
      );
      const { rows: mentions } = await pool.query<{ n: string }>(
        `SELECT COUNT(*) AS n
         FROM comment_mentions x
         JOIN comment_messages m ON m.id = x.message_id AND m.deleted_at IS NULL
         JOIN comment_threads t ON t.id = m.thread_id
         JOIN workspace_members wm ON wm.workspace_id = t.workspace_id AND wm.user_id = x.user_id
         LEFT JOIN comment_reads r ON r.thread_id = t.id AND r.user_id = x.user_id
         WHERE x.user_id = $1 AND x.seq > COALESCE(r.seq, 0)`,
        [userId],
      );
      return {
        unreadThreads: fromBigint(threads[0]?.n ?? 0),
        mentions: fromBigint(mentions[0]?.n ?? 0),
      };
    },
    async inbox(userId, limit) {
      const { rows: threadRows } = await pool.query<
        PlaceRow & { quote: string; n: string; body: string; created_at: string; author_name: string | null }
      >(
        `WITH u AS (
           SELECT t.id AS id, t.last_seq AS latest, wm.user_id AS user_id, COALESCE(r.seq, 0) AS read_seq
           FROM workspace_members wm
           JOIN comment_threads t ON t.workspace_id = wm.workspace_id AND t.resolved_at IS NULL
           ${UNREAD_THREADS} AND wm.user_id = $1
           ORDER BY t.last_seq DESC LIMIT $2)
         SELECT ${PLACE}, t.quote, lm.body, lm.created_at, au.display_name AS author_name,
           (SELECT COUNT(*) FROM comment_messages m WHERE m.thread_id = t.id AND m.deleted_at IS NULL
              AND m.author_id != u.user_id AND m.seq > u.read_seq) AS n
         FROM u JOIN comment_threads t ON t.id = u.id
         JOIN workspaces w ON w.id = t.workspace_id JOIN documents d ON d.id = t.document_id
         JOIN comment_messages lm ON lm.seq = u.latest LEFT JOIN users au ON au.id = lm.author_id
         ORDER BY u.latest DESC`,
        [userId, limit],
      );
      const { rows: mentionRows } = await pool.query<
        PlaceRow & {
          message_id: string;
          author_id: string;
          author_name: string | null;
          body: string;
          at: string;
        }
      >(
        `SELECT ${PLACE}, m.id AS message_id, m.author_id, au.display_name AS author_name, m.body,
           m.created_at AS at
         FROM comment_mentions x
         JOIN comment_messages m ON m.id = x.message_id AND m.deleted_at IS NULL
         JOIN comment_threads t ON t.id = m.thread_id
         JOIN workspace_members wm ON wm.workspace_id = t.workspace_id AND wm.user_id = x.user_id
         JOIN workspaces w ON w.id = t.workspace_id JOIN documents d ON d.id = t.document_id
         LEFT JOIN users au ON au.id = m.author_id
         LEFT JOIN comment_reads r ON r.thread_id = t.id AND r.user_id = x.user_id
         WHERE x.user_id = $1 AND x.seq > COALESCE(r.seq, 0)
         ORDER BY x.seq DESC, x.ord DESC LIMIT $2`,
        [userId, limit],
      );
      const threads: InboxThreadRecord[] = threadRows.map((r) => ({
        ...toPlace(r),
        quote: r.quote,
        unreadMessages: fromBigint(r.n),
        latestAuthorName: r.author_name ?? '',
        latestBody: r.body,
        latestAt: fromBigint(r.created_at),
      }));
      const mentions: InboxMentionRecord[] = mentionRows.map((r) => ({
        ...toPlace(r),
        messageId: r.message_id,
        authorId: r.author_id,
        authorName: r.author_name ?? '',
        body: r.body,
        at: fromBigint(r.at),
      }));
      return { threads, mentions };
    },
  };
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
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

function toThread(r: ThreadRow): ThreadRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    documentId: r.document_id,
    // JSONB, validated by the service before it was stored.
    anchor: r.anchor,
    quote: r.quote,
    createdBy: r.created_by,
    createdAt: fromBigint(r.created_at),
    updatedAt: fromBigint(r.updated_at),
    resolvedBy: r.resolved_by,
    resolvedAt: fromNullableBigint(r.resolved_at),
    clientId: r.client_id,
  };
}

function toMessage(r: MessageRow, mentions: string[]): MessageRecord {
  return {
    id: r.id,
    threadId: r.thread_id,
    authorId: r.author_id,
    body: r.body,
    mentions,
    createdAt: fromBigint(r.created_at),
    editedAt: fromNullableBigint(r.edited_at),
    deletedAt: fromNullableBigint(r.deleted_at),
    clientId: r.client_id,
    seq: fromBigint(r.seq),
  };
}
