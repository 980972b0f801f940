import type { TimerStatus } from '@weft/protocol';
import type { Selectable } from 'kysely';
import { type Database, insertionOrder, lockedForUpdate } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type { FacilitationStore, StoredTimer } from '../FacilitationStore.ts';

type TimerRow = Selectable<WeftDatabase['session_timers']>;

export function createSqlFacilitationStore(d: Database): FacilitationStore {
  const { db } = d;
  return {
    async getTimer(sessionId) {
      const row = await db
        .selectFrom('session_timers')
        .selectAll()
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      return row ? toTimer(row) : null;
    },
    updateTimer(sessionId, change) {
      return db.transaction().execute(async (trx) => {
        const row = await lockedForUpdate(
          d,
          trx.selectFrom('session_timers').selectAll().where('session_id', '=', sessionId),
        ).executeTakeFirst();
        const next = change(row ? toTimer(row) : null);
        const values = {
          item_index: next.itemIndex,
          status: next.status,
          duration_ms: next.durationMs,
          ends_at: next.endsAt,
          remaining_ms: next.remainingMs,
          ended_at: next.endedAt,
          updated_at: next.updatedAt,
          updated_by: next.updatedBy,
        };
        await trx
          .insertInto('session_timers')
          .values({ session_id: sessionId, ...values })
          .onConflict((oc) => oc.column('session_id').doUpdateSet(values))
          .execute();
        return next;
      });
    },
    async listHands(sessionId) {
      const rows = await db
        .selectFrom('session_hands')
        .select(['user_id', 'name', 'raised_at'])
        .where('session_id', '=', sessionId)
        .orderBy('raised_at')
        .orderBy(insertionOrder(d))
        .execute();
      return rows.map((r) => ({ userId: r.user_id, name: r.name, raisedAt: r.raised_at }));
    },
    async raiseHand(sessionId, hand) {
      const result = await db
        .insertInto('session_hands')
        .values({ session_id: sessionId, user_id: hand.userId, name: hand.name, raised_at: hand.raisedAt })
        .onConflict((oc) => oc.columns(['session_id', 'user_id']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async lowerHand(sessionId, userId) {
      const result = await db
        .deleteFrom('session_hands')
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toTimer(r: TimerRow): StoredTimer {
  return {
    itemIndex: r.item_index,
    // Written only from a validated TimerStatus.
    status: r.status as TimerStatus,
    durationMs: r.duration_ms,
    endsAt: r.ends_at,
    remainingMs: r.remaining_ms,
    endedAt: r.ended_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
