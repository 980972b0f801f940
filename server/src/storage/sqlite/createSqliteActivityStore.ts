import type { ActivityType } from '@weft/protocol';
import type { ActivityStore, ActivityView } from '../ActivityStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';

interface EventRow {
  id: string;
  workspace_id: string;
  type: string;
  at: number;
  actor_id: string | null;
  document_id: string | null;
  thread_id: string | null;
  message_id: string | null;
  summary: string;
  actor_name: string | null;
  document_title: string | null;
}

export function createSqliteActivityStore(db: SqliteDatabase): ActivityStore {
  const insert = db.prepare(
    `INSERT INTO activity_events (id, workspace_id, type, at, actor_id, document_id, thread_id, message_id, summary)
     VALUES (@id, @workspaceId, @type, @at, @actorId, @documentId, @threadId, @messageId, @summary)`,
  );
  // `IS NOT` keeps system events (NULL actor) when someone is excluded.
  const list = db.prepare<
    [{ workspaceId: string; since: number; exclude: string | null; limit: number }],
    EventRow
  >(
    `SELECT e.id, e.workspace_id, e.type, e.at, e.actor_id, e.document_id, e.thread_id, e.message_id,
       e.summary, u.display_name AS actor_name, d.title AS document_title
     FROM activity_events e
     LEFT JOIN users u ON u.id = e.actor_id
     LEFT JOIN documents d ON d.id = e.document_id
     WHERE e.workspace_id = @workspaceId AND e.at > @since AND (@exclude IS NULL OR e.actor_id IS NOT @exclude)
     ORDER BY e.at DESC, e.rowid DESC LIMIT @limit`,
  );
  const forget = db.prepare<[string]>('DELETE FROM activity_events WHERE message_id = ?');
  const getVisit = db.prepare<[string, string], { visited_at: number }>(
    'SELECT visited_at FROM workspace_visits WHERE user_id = ? AND workspace_id = ?',
  );
  const putVisit = db.prepare<[string, string, number]>(
    `INSERT INTO workspace_visits (user_id, workspace_id, visited_at) VALUES (?, ?, ?)
     ON CONFLICT (user_id, workspace_id) DO UPDATE SET visited_at = excluded.visited_at`,
  );
  const recordVisit = db.transaction((userId: string, workspaceId: string, at: number) => {
    const previous = getVisit.get(userId, workspaceId)?.visited_at ?? null;
    putVisit.run(userId, workspaceId, at);
    return previous;
  });

  return {
    async record(event) {
      insert.run(event);
    },
    async list(workspaceId, opts) {
      // One extra row tells whether the limit cut anything off.
      const rows = list.all({
        workspaceId,
        since: opts.since ?? -1,
        exclude: opts.excludeActor,
        limit: opts.limit + 1,
      });
      return { events: rows.slice(0, opts.limit).map(toView), truncated: rows.length > opts.limit };
    },
    async forgetMessage(messageId) {
      forget.run(messageId);
    },
    async getVisit(userId, workspaceId) {
      return getVisit.get(userId, workspaceId)?.visited_at ?? null;
    },
    async recordVisit(userId, workspaceId, at) {
      return recordVisit(userId, workspaceId, at);
    },
  };
}

function toView(r: EventRow): ActivityView {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    type: r.type as ActivityType,
    at: r.at,
    actorId: r.actor_id,
    documentId: r.document_id,
    threadId: r.thread_id,
    messageId: r.message_id,
    summary: r.summary,
    actorName: r.actor_name,
    documentTitle: r.document_title,
  };
}
