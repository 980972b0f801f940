import type { CommentAnchor, DocumentTypeName } from '@weft/protocol';
import type {
  CommentStore,
  InboxMentionRecord,
  InboxThreadRecord,
  MessageRecord,
  NewMessage,
  ThreadRecord,
} from '../CommentStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';

interface ThreadRow {
  id: string;
  workspace_id: string;
  document_id: string;
  anchor: string;
  quote: string;
  created_by: string;
  created_at: number;
  updated_at: number;
  resolved_by: string | null;
  resolved_at: number | null;
  client_id: string | null;
}

interface MessageRow {
  seq: number;
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
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

const THREAD = `id, workspace_id, document_id, anchor, quote, created_by, created_at, updated_at,
  resolved_by, resolved_at, client_id`;
const MESSAGE = 'seq, id, thread_id, author_id, body, created_at, edited_at, deleted_at, client_id';

// Threads unread for `wm.user_id`: the latest live message is past their read marker (their own
// messages never are: writing moves the marker) and newer than their joining. Reads one row per
// thread, never the messages. Callers join `wm` (the membership) and `t` (the thread).
const UNREAD_THREADS = `
  LEFT JOIN comment_reads r ON r.thread_id = t.id AND r.user_id = wm.user_id
  WHERE t.last_seq > COALESCE(r.seq, 0) AND t.last_at >= wm.joined_at`;

// Mentions of `x.user_id` in live messages past their read marker, in workspaces they belong to.
const UNREAD_MENTIONS = `
  FROM comment_mentions x
  JOIN comment_messages m ON m.id = x.message_id AND m.deleted_at IS NULL
  JOIN comment_threads t ON t.id = m.thread_id
  JOIN workspace_members wm ON wm.workspace_id = t.workspace_id AND wm.user_id = x.user_id
  LEFT JOIN comment_reads r ON r.thread_id = t.id AND r.user_id = x.user_id
  WHERE x.user_id = ? AND x.seq > COALESCE(r.seq, 0)`;

const PLACE = `t.workspace_id, w.title AS workspace_title, t.document_id, d.title AS document_title,
  d.type AS document_type, t.id AS thread_id`;

export function createSqliteCommentStore(db: SqliteDatabase): CommentStore {
  const nextSeq = db.prepare<[], { value: number }>(
    'UPDATE comment_counter SET value = value + 1 WHERE id = 1 RETURNING value',
  );
  const currentSeq = db.prepare<[], { value: number }>('SELECT value FROM comment_counter WHERE id = 1');
  const insertThread = db.prepare(
    `INSERT INTO comment_threads (${THREAD}) VALUES (@id, @workspace_id, @document_id, @anchor, @quote,
      @created_by, @created_at, @updated_at, @resolved_by, @resolved_at, @client_id)`,
  );
  const threadById = db.prepare<[string], ThreadRow>(`SELECT ${THREAD} FROM comment_threads WHERE id = ?`);
  const threadByClient = db.prepare<[string, string], ThreadRow>(
    `SELECT ${THREAD} FROM comment_threads WHERE created_by = ? AND client_id = ?`,
  );
  const threadsOfDocument = db.prepare<[string], ThreadRow>(
    `SELECT ${THREAD} FROM comment_threads WHERE document_id = ? ORDER BY created_at, rowid`,
  );
  const touchThread = db.prepare<[number, string]>('UPDATE comment_threads SET updated_at = ? WHERE id = ?');
  const setLatest = db.prepare<[number, number, number, string]>(
    'UPDATE comment_threads SET last_seq = ?, last_at = ?, updated_at = ? WHERE id = ?',
  );
  const latestLive = db.prepare<[string], { seq: number; created_at: number }>(
    'SELECT seq, created_at FROM comment_messages WHERE thread_id = ? AND deleted_at IS NULL ORDER BY seq DESC LIMIT 1',
  );
  const resolve = db.prepare<[string | null, number | null, number, string], ThreadRow>(
    `UPDATE comment_threads SET resolved_by = ?, resolved_at = ?, updated_at = ? WHERE id = ? RETURNING ${THREAD}`,
  );
  const deleteThread = db.prepare<[string]>('DELETE FROM comment_threads WHERE id = ?');

  const insertMessage = db.prepare(
    `INSERT INTO comment_messages (${MESSAGE}) VALUES (@seq, @id, @thread_id, @author_id, @body, @created_at,
      NULL, NULL, @client_id)`,
  );
  const messageById = db.prepare<[string], MessageRow>(
    `SELECT ${MESSAGE} FROM comment_messages WHERE id = ?`,
  );
  const messageByClient = db.prepare<[string, string], MessageRow>(
    `SELECT ${MESSAGE} FROM comment_messages WHERE author_id = ? AND client_id = ?`,
  );
  const messagesOf = db.prepare<[string], MessageRow>(
    `SELECT ${MESSAGE} FROM comment_messages WHERE thread_id IN (SELECT value FROM json_each(?)) ORDER BY seq`,
  );
  const updateBody = db.prepare<[string, number, string]>(
    'UPDATE comment_messages SET body = ?, edited_at = ? WHERE id = ?',
  );
  const tombstone = db.prepare<[number, string]>(
    "UPDATE comment_messages SET body = '', deleted_at = ? WHERE id = ?",
  );
  const liveCount = db.prepare<[string], { n: number }>(
    'SELECT COUNT(*) AS n FROM comment_messages WHERE thread_id = ? AND deleted_at IS NULL',
  );

  const insertMention = db.prepare<[string, string, number]>(
    'INSERT OR IGNORE INTO comment_mentions (message_id, user_id, seq) VALUES (?, ?, ?)',
  );
  const deleteMention = db.prepare<[string, string]>(
    'DELETE FROM comment_mentions WHERE message_id = ? AND user_id = ?',
  );
  const deleteMentions = db.prepare<[string]>('DELETE FROM comment_mentions WHERE message_id = ?');
  const mentionsOf = db.prepare<[string], { message_id: string; user_id: string }>(
    `SELECT message_id, user_id FROM comment_mentions
     WHERE message_id IN (SELECT value FROM json_each(?)) ORDER BY seq, rowid`,
  );

  const upsertRead = db.prepare<[string, string, number]>(
    `INSERT INTO comment_reads (user_id, thread_id, seq) VALUES (?, ?, ?)
     ON CONFLICT (user_id, thread_id) DO UPDATE SET seq = excluded.seq`,
  );
  const unreadAmong = db.prepare<[string, string], { thread_id: string }>(
    `SELECT t.id AS thread_id FROM comment_threads t
     JOIN workspace_members wm ON wm.workspace_id = t.workspace_id AND wm.user_id = ?
     ${UNREAD_THREADS} AND t.id IN (SELECT value FROM json_each(?))`,
  );
  const unreadThreadCount = db.prepare<[string], { n: number }>(
    `SELECT COUNT(*) AS n FROM workspace_members wm
     JOIN comment_threads t ON t.workspace_id = wm.workspace_id AND t.resolved_at IS NULL
     ${UNREAD_THREADS} AND wm.user_id = ?`,
  );
  const mentionCount = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n ${UNREAD_MENTIONS}`);
  const inboxThreads = db.prepare<
    [string, number],
    PlaceRow & { quote: string; n: number; body: string; created_at: number; author_name: string | null }
  >(
    `WITH u AS (
       SELECT t.id AS id, t.last_seq AS latest, wm.user_id AS user_id, COALESCE(r.seq, 0) AS read_seq
       FROM workspace_members wm
       JOIN comment_threads t ON t.workspace_id = wm.workspace_id AND t.resolved_at IS NULL
       ${UNREAD_THREADS} AND wm.user_id = ?
       ORDER BY t.last_seq DESC LIMIT ?)
     SELECT ${PLACE}, t.quote, lm.body, lm.created_at, au.display_name AS author_name,
       (SELECT COUNT(*) FROM comment_messages m WHERE m.thread_id = t.id AND m.deleted_at IS NULL
          AND m.author_id != u.user_id AND m.seq > u.read_seq) AS n
     FROM u JOIN comment_threads t ON t.id = u.id
     JOIN workspaces w ON w.id = t.workspace_id JOIN documents d ON d.id = t.document_id
     JOIN comment_messages lm ON lm.seq = u.latest LEFT JOIN users au ON au.id = lm.author_id
     ORDER BY u.latest DESC`,
  );
  const inboxMentions = db.prepare<
    [string, number],
    PlaceRow & { message_id: string; author_id: string; author_name: string | null; body: string; at: number }
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
     WHERE x.user_id = ? AND x.seq > COALESCE(r.seq, 0)
     ORDER BY x.seq DESC LIMIT ?`,
  );

  const addMentions = (messageId: string, userIds: readonly string[], seq: number) => {
    for (const userId of userIds) insertMention.run(messageId, userId, seq);
  };
  const insertNewMessage = (message: NewMessage): MessageRecord => {
    const seq = (nextSeq.get() as { value: number }).value;
    insertMessage.run({
      seq,
      id: message.id,
      thread_id: message.threadId,
      author_id: message.authorId,
      body: message.body,
      created_at: message.createdAt,
      client_id: message.clientId,
    });
    addMentions(message.id, message.mentions, seq);
    setLatest.run(seq, message.createdAt, message.createdAt, message.threadId);
    // Writing in a thread counts as having read it up to one's own message.
    upsertRead.run(message.authorId, message.threadId, seq);
    return { ...message, seq, editedAt: null, deletedAt: null };
  };
  const withMentions = (rows: MessageRow[]): MessageRecord[] => {
    const mentions = new Map<string, string[]>();
    for (const row of mentionsOf.all(JSON.stringify(rows.map((r) => r.id)))) {
      mentions.set(row.message_id, [...(mentions.get(row.message_id) ?? []), row.user_id]);
    }
    return rows.map((r) => toMessage(r, mentions.get(r.id) ?? []));
  };

  const createThreadTx = db.transaction((thread: ThreadRecord, first: NewMessage) => {
    const existing = thread.clientId ? threadByClient.get(thread.createdBy, thread.clientId) : undefined;
    if (existing) return { record: toThread(existing), created: false };
    insertThread.run(toThreadRow(thread));
    insertNewMessage(first);
    return { record: thread, created: true };
  });
  const addMessageTx = db.transaction((message: NewMessage) => {
    const existing = message.clientId ? messageByClient.get(message.authorId, message.clientId) : undefined;
    if (existing) return { record: withMentions([existing])[0] as MessageRecord, created: false };
    return { record: insertNewMessage(message), created: true };
  });
  const editTx = db.transaction((id: string, body: string, mentions: string[], at: number) => {
    const row = messageById.get(id);
    if (!row || row.deleted_at !== null) return null;
    updateBody.run(body, at, id);
    const before = new Set(mentionsOf.all(JSON.stringify([id])).map((m) => m.user_id));
    const after = new Set(mentions);
    for (const userId of before) if (!after.has(userId)) deleteMention.run(id, userId);
    const added = mentions.filter((userId) => !before.has(userId));
    if (added.length > 0) addMentions(id, added, (nextSeq.get() as { value: number }).value);
    touchThread.run(at, row.thread_id);
    return withMentions([messageById.get(id) as MessageRow])[0] ?? null;
  });
  const deleteTx = db.transaction((id: string, at: number) => {
    const row = messageById.get(id);
    if (!row || row.deleted_at !== null) return null;
    tombstone.run(at, id);
    deleteMentions.run(id);
    if ((liveCount.get(row.thread_id) as { n: number }).n === 0) {
      deleteThread.run(row.thread_id);
      return { threadDeleted: true };
    }
    const latest = latestLive.get(row.thread_id) as { seq: number; created_at: number };
    setLatest.run(latest.seq, latest.created_at, at, row.thread_id);
    return { threadDeleted: false };
  });
  const markReadTx = db.transaction((userId: string, threadIds: readonly string[]) => {
    const seq = (currentSeq.get() as { value: number }).value;
    for (const threadId of threadIds) upsertRead.run(userId, threadId, seq);
  });

  return {
    async createThread(thread, first) {
      return createThreadTx(thread, first);
    },
    async getThread(id) {
      const row = threadById.get(id);
      return row ? toThread(row) : null;
    },
    async listThreads(documentId) {
      return threadsOfDocument.all(documentId).map(toThread);
    },
    async listMessages(threadIds) {
      return withMentions(messagesOf.all(JSON.stringify(threadIds)));
    },
    async addMessage(message) {
      return addMessageTx(message);
    },
    async getMessage(id) {
      const row = messageById.get(id);
      return row ? (withMentions([row])[0] ?? null) : null;
    },
    async editMessage(id, body, mentions, at) {
      return editTx(id, body, mentions, at);
    },
    async deleteMessage(id, at) {
      return deleteTx(id, at);
    },
    async setResolved(threadId, by, at) {
      const row = resolve.get(by, by === null ? null : at, at, threadId);
      return row ? toThread(row) : null;
    },
    async markRead(userId, threadIds) {
      markReadTx(userId, threadIds);
    },
    async unreadAmong(userId, threadIds) {
      return new Set(unreadAmong.all(userId, JSON.stringify(threadIds)).map((r) => r.thread_id));
    },
    async inboxCounts(userId) {
      return {
        unreadThreads: (unreadThreadCount.get(userId) as { n: number }).n,
        mentions: (mentionCount.get(userId) as { n: number }).n,
      };
    },
    async inbox(userId, limit) {
      const threads: InboxThreadRecord[] = inboxThreads.all(userId, limit).map((r) => ({
        ...toPlace(r),
        quote: r.quote,
        unreadMessages: r.n,
        latestAuthorName: r.author_name ?? '',
        latestBody: r.body,
        latestAt: r.created_at,
      }));
      const mentions: InboxMentionRecord[] = inboxMentions.all(userId, limit).map((r) => ({
        ...toPlace(r),
        messageId: r.message_id,
        authorId: r.author_id,
        authorName: r.author_name ?? '',
        body: r.body,
        at: r.at,
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

function toThreadRow(t: ThreadRecord) {
  return {
    id: t.id,
    workspace_id: t.workspaceId,
    document_id: t.documentId,
    anchor: JSON.stringify(t.anchor),
    quote: t.quote,
    created_by: t.createdBy,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    resolved_by: t.resolvedBy,
    resolved_at: t.resolvedAt,
    client_id: t.clientId,
  };
}

function toThread(r: ThreadRow): ThreadRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    documentId: r.document_id,
    // Validated by the service before it was stored.
    anchor: JSON.parse(r.anchor) as CommentAnchor,
    quote: r.quote,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at,
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
    createdAt: r.created_at,
    editedAt: r.edited_at,
    deletedAt: r.deleted_at,
    clientId: r.client_id,
    seq: r.seq,
  };
}
