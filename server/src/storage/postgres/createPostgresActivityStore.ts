import type { ActivityType } from '@weft/protocol';
import type { Pool } from 'pg';
import type { ActivityStore, ActivityView } from '../ActivityStore.ts';
import { fromBigint } from './fromBigint.ts';

interface EventRow {
  id: string;
  workspace_id: string;
  type: string;
  at: string;
  actor_id: string | null;
  document_id: string | null;
  thread_id: string | null;
  message_id: string | null;
  summary: string;
  actor_name: string | null;
  document_title: string | null;
}

export function createPostgresActivityStore(pool: Pool): ActivityStore {
  const getVisit = async (userId: string, workspaceId: string) => {
    const { rows } = await pool.query<{ visited_at: string }>(
      'SELECT visited_at FROM workspace_visits WHERE user_id = $1 AND workspace_id = $2',
      [userId, workspaceId],
    );
    return rows[0] ? fromBigint(rows[0].visited_at) : null;
  };

  return {
    async record(e) {
      await pool.query(
        `INSERT INTO activity_events (id, workspace_id, type, at, actor_id, document_id, thread_id, message_id, summary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [e.id, e.workspaceId, e.type, e.at, e.actorId, e.documentId, e.threadId, e.messageId, e.summary],
      );
    },
    async list(workspaceId, opts) {
      // One extra row tells whether the limit cut anything off; IS DISTINCT FROM keeps system
      // events (NULL actor) when someone is excluded.
      const { rows } = await pool.query<EventRow>(
        `SELECT e.id, e.workspace_id, e.type, e.at, e.actor_id, e.document_id, e.thread_id, e.message_id,
           e.summary, u.display_name AS actor_name, d.title AS document_title
         FROM activity_events e
         LEFT JOIN users u ON u.id = e.actor_id
         LEFT JOIN documents d ON d.id = e.document_id
         WHERE e.workspace_id = $1 AND e.at > $2
           AND ($3::text IS NULL OR e.actor_id IS DISTINCT FROM $3::text)
         ORDER BY e.at DESC, e.ord DESC LIMIT $4`,
        [workspaceId, opts.since ?? -1, opts.excludeActor, opts.limit + 1],
      );
      return { events: rows.slice(0, opts.limit).map(toView), truncated: rows.length > opts.limit };
    },
    async forgetMessage(messageId) {
      await pool.query('DELETE FROM activity_events WHERE message_id = $1', [messageId]);
    },
    getVisit,
    async recordVisit(userId, workspaceId, at) {
      // The old value comes from the row the upsert replaced, in one statement, so two nodes
      // recording visits at once each see the visit before their own.
      const { rows } = await pool.query<{ previous: string | null }>(
        `WITH old AS (
           SELECT visited_at FROM workspace_visits WHERE user_id = $1 AND workspace_id = $2 FOR UPDATE
         ), put AS (
           INSERT INTO workspace_visits (user_id, workspace_id, visited_at) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, workspace_id) DO UPDATE SET visited_at = excluded.visited_at
         )
         SELECT (SELECT visited_at FROM old) AS previous`,
        [userId, workspaceId, at],
      );
      const previous = rows[0]?.previous ?? null;
      return previous === null ? null : fromBigint(previous);
    },
  };
}

function toView(r: EventRow): ActivityView {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    type: r.type as ActivityType,
    at: fromBigint(r.at),
    actorId: r.actor_id,
    documentId: r.document_id,
    threadId: r.thread_id,
    messageId: r.message_id,
    summary: r.summary,
    actorName: r.actor_name,
    documentTitle: r.document_title,
  };
}
