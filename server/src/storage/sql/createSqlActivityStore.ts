import type { ActivityType } from '@weft/protocol';
import type { ActivityRecord, ActivityStore, ActivityView } from '../ActivityStore.ts';
import { type Database, insertionOrder, lockedForUpdate } from '../db/Database.ts';

export function createSqlActivityStore(d: Database): ActivityStore {
  const { db } = d;
  return {
    async record(e) {
      await db
        .insertInto('activity_events')
        .values({
          id: e.id,
          workspace_id: e.workspaceId,
          type: e.type,
          at: e.at,
          actor_id: e.actorId,
          document_id: e.documentId,
          thread_id: e.threadId,
          message_id: e.messageId,
          summary: e.summary,
        })
        .execute();
    },
    async list(workspaceId, opts) {
      const { excludeActor } = opts;
      // One extra row tells whether the limit cut anything off.
      const rows = await db
        .selectFrom('activity_events as e')
        .leftJoin('users as u', 'u.id', 'e.actor_id')
        .leftJoin('documents as d', 'd.id', 'e.document_id')
        .select([
          'e.id',
          'e.workspace_id',
          'e.type',
          'e.at',
          'e.actor_id',
          'e.document_id',
          'e.thread_id',
          'e.message_id',
          'e.summary',
          'u.display_name as actor_name',
          'd.title as document_title',
        ])
        .where('e.workspace_id', '=', workspaceId)
        .where('e.at', '>', opts.since ?? -1)
        // `is distinct from` keeps system events (NULL actor) when someone is excluded.
        .$if(excludeActor !== null, (qb) => qb.where('e.actor_id', 'is distinct from', excludeActor))
        .orderBy('e.at', 'desc')
        .orderBy(insertionOrder(d, 'e'), 'desc')
        .limit(opts.limit + 1)
        .execute();
      const events = rows.slice(0, opts.limit).map(
        (r): ActivityView => ({
          ...toRecord(r),
          actorName: r.actor_name,
          documentTitle: r.document_title,
        }),
      );
      return { events, truncated: rows.length > opts.limit };
    },
    async forgetMessage(messageId) {
      await db.deleteFrom('activity_events').where('message_id', '=', messageId).execute();
    },
    async getVisit(userId, workspaceId) {
      const row = await db
        .selectFrom('workspace_visits')
        .select('visited_at')
        .where('user_id', '=', userId)
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return row?.visited_at ?? null;
    },
    async recordVisit(userId, workspaceId, at) {
      // Read and replace in one transaction (row locked on PostgreSQL), so two nodes recording
      // visits at once each see the visit before their own.
      return db.transaction().execute(async (trx) => {
        const old = await lockedForUpdate(
          d,
          trx
            .selectFrom('workspace_visits')
            .select('visited_at')
            .where('user_id', '=', userId)
            .where('workspace_id', '=', workspaceId),
        ).executeTakeFirst();
        await trx
          .insertInto('workspace_visits')
          .values({ user_id: userId, workspace_id: workspaceId, visited_at: at })
          .onConflict((oc) => oc.columns(['user_id', 'workspace_id']).doUpdateSet({ visited_at: at }))
          .execute();
        return old?.visited_at ?? null;
      });
    },
  };
}

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
}

function toRecord(r: EventRow): ActivityRecord {
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
  };
}
