import { type VoteArea, VoteStatus } from '@weft/protocol';
import type { Selectable, Transaction } from 'kysely';
import { type Database, DialectName, flag, fromJson, insertionOrder } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type { DotOutcome, VoteRecord, VoteStore } from '../VoteStore.ts';

type VoteRow = Selectable<WeftDatabase['votes']>;
type Retry = 'retry';

// Each retry means another request of the same person took the index first, so a handful is plenty.
const MAX_CAST_ATTEMPTS = 50;

export function createSqlVoteStore(d: Database): VoteStore {
  const { db } = d;
  /**
   * The vote's status, read inside the transaction; PostgreSQL holds a share lock on the row so a
   * close waits for casts in flight and casts after it see `closed` (SQLite has one writer anyway).
   */
  const lockedVote = (trx: Transaction<WeftDatabase>, voteId: string) => {
    const q = trx.selectFrom('votes').select(['status', 'dots_per_person']).where('id', '=', voteId);
    return (d.dialect === DialectName.postgres ? q.forShare() : q).executeTakeFirst();
  };
  const getVote = async (id: string) => {
    const row = await db.selectFrom('votes').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : null;
  };

  return {
    async create(v) {
      await db
        .insertInto('votes')
        .values({
          id: v.id,
          workspace_id: v.workspaceId,
          document_id: v.documentId,
          session_id: v.sessionId,
          title: v.title,
          dots_per_person: v.dotsPerPerson,
          anonymous: flag(v.anonymous),
          area: v.area ? JSON.stringify(v.area) : null,
          status: v.status,
          created_at: v.createdAt,
          created_by: v.createdBy,
          revealed_at: v.revealedAt,
          closed_at: v.closedAt,
        })
        .execute();
    },
    get: getVote,
    async listByDocument(documentId) {
      const rows = await db
        .selectFrom('votes')
        .selectAll()
        .where('document_id', '=', documentId)
        .orderBy('created_at')
        .orderBy(insertionOrder(d))
        .execute();
      return rows.map(toRecord);
    },
    async setStatus(id, status, at) {
      const patch =
        status === VoteStatus.closed
          ? { status, closed_at: at }
          : status === VoteStatus.revealed
            ? { status, revealed_at: at }
            : { status };
      await db.updateTable('votes').set(patch).where('id', '=', id).execute();
      return getVote(id);
    },
    async delete(id) {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('vote_dots').where('vote_id', '=', id).execute();
        const result = await trx.deleteFrom('votes').where('id', '=', id).executeTakeFirst();
        return result.numDeletedRows > 0n;
      });
    },
    async dots(voteId) {
      const rows = await db
        .selectFrom('vote_dots')
        .select(['user_id', 'dot_index', 'target_id'])
        .where('vote_id', '=', voteId)
        .orderBy('cast_at')
        .orderBy('user_id')
        .orderBy('dot_index')
        .execute();
      return rows.map((r) => ({ userId: r.user_id, index: r.dot_index, targetId: r.target_id }));
    },
    async castDot(voteId, userId, targetId, at) {
      for (let attempt = 0; attempt < MAX_CAST_ATTEMPTS; attempt++) {
        const outcome = await db.transaction().execute(async (trx): Promise<DotOutcome | Retry> => {
          const vote = await lockedVote(trx, voteId);
          if (!vote) return { ok: false, reason: 'noVote' };
          if (vote.status === VoteStatus.closed) return { ok: false, reason: 'closed' };
          const taken = await trx
            .selectFrom('vote_dots')
            .select('dot_index')
            .where('vote_id', '=', voteId)
            .where('user_id', '=', userId)
            .execute();
          const used = new Set(taken.map((r) => r.dot_index));
          let index = 0;
          while (used.has(index)) index++;
          if (index >= vote.dots_per_person) return { ok: false, reason: 'noDotsLeft' };
          // A racing request that took this index first makes this insert a no-op: look again.
          const inserted = await trx
            .insertInto('vote_dots')
            .values({ vote_id: voteId, user_id: userId, dot_index: index, target_id: targetId, cast_at: at })
            .onConflict((oc) => oc.columns(['vote_id', 'user_id', 'dot_index']).doNothing())
            .executeTakeFirst();
          return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n ? { ok: true } : 'retry';
        });
        if (outcome !== 'retry') return outcome;
      }
      return { ok: false, reason: 'noDotsLeft' };
    },
    async removeDot(voteId, userId, targetId) {
      return db.transaction().execute(async (trx): Promise<DotOutcome> => {
        const vote = await lockedVote(trx, voteId);
        if (!vote) return { ok: false, reason: 'noVote' };
        if (vote.status === VoteStatus.closed) return { ok: false, reason: 'closed' };
        const last = await trx
          .selectFrom('vote_dots')
          .select('dot_index')
          .where('vote_id', '=', voteId)
          .where('user_id', '=', userId)
          .where('target_id', '=', targetId)
          .orderBy('dot_index', 'desc')
          .executeTakeFirst();
        if (!last) return { ok: false, reason: 'noDotOnTarget' };
        await trx
          .deleteFrom('vote_dots')
          .where('vote_id', '=', voteId)
          .where('user_id', '=', userId)
          .where('dot_index', '=', last.dot_index)
          .execute();
        return { ok: true };
      });
    },
  };
}

function toRecord(r: VoteRow): VoteRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    documentId: r.document_id,
    sessionId: r.session_id,
    title: r.title,
    dotsPerPerson: r.dots_per_person,
    anonymous: Boolean(r.anonymous),
    area: r.area === null ? null : fromJson<VoteArea>(r.area),
    // Written only from a validated VoteStatus.
    status: r.status as VoteStatus,
    createdAt: r.created_at,
    createdBy: r.created_by,
    revealedAt: r.revealed_at,
    closedAt: r.closed_at,
  };
}
