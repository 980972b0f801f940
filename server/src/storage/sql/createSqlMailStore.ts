import type { ActivityType } from '@weft/protocol';
import type { Kysely } from 'kysely';
import { type Database, DialectName, fromJson, insertionOrder } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import {
  type ClaimedMail,
  defaultMailPreferences,
  type MailKind,
  type MailPreferences,
  type MailStore,
  type OutboxRow,
} from '../MailStore.ts';

type Row = WeftDatabase['mail_outbox'] & { attempts: number };

export function createSqlMailStore(d: Database): MailStore {
  const { db } = d;
  const pg = d.dialect === DialectName.postgres;
  return {
    async enqueue(rows) {
      if (rows.length === 0) return 0;
      const result = await db
        .insertInto('mail_outbox')
        .values(
          rows.map((r) => ({
            id: r.id,
            dedupe_key: r.dedupeKey,
            user_id: r.userId,
            to_address: r.toAddress,
            kind: r.kind,
            payload: JSON.stringify(r.payload),
            created_at: r.createdAt,
            due_at: r.dueAt,
          })),
        )
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0);
    },

    claimDue(now, leaseMs, newMessageId) {
      return db.transaction().execute(async (trx): Promise<ClaimedMail | null> => {
        // SKIP LOCKED lets several PostgreSQL senders pick different mails; SQLite has one writer.
        let first = trx
          .selectFrom('mail_outbox')
          .selectAll()
          .where('sent_at', 'is', null)
          .where('failed_at', 'is', null)
          .where('due_at', '<=', now)
          .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
          .orderBy('due_at')
          .limit(1);
        if (pg) first = first.forUpdate().skipLocked();
        const head = (await first.executeTakeFirst()) as Row | undefined;
        if (!head) return null;
        const leaseUntil = now + leaseMs;
        if (head.message_id !== null) {
          await trx
            .updateTable('mail_outbox')
            .set({ lease_until: leaseUntil })
            .where('message_id', '=', head.message_id)
            .where('sent_at', 'is', null)
            .execute();
          const rows = await trx
            .selectFrom('mail_outbox')
            .selectAll()
            .where('message_id', '=', head.message_id)
            .where('sent_at', 'is', null)
            .orderBy('created_at')
            .orderBy('id')
            .execute();
          return { messageId: head.message_id, rows: (rows as Row[]).map(toRecord) };
        }
        let ids = [head.id];
        if (head.kind === 'notice' && head.user_id !== null) {
          let mates = trx
            .selectFrom('mail_outbox')
            .select('id')
            .where('user_id', '=', head.user_id)
            .where('kind', '=', 'notice')
            .where('message_id', 'is', null)
            .where('sent_at', 'is', null)
            .where('failed_at', 'is', null)
            .where('id', '!=', head.id);
          if (pg) mates = mates.forUpdate().skipLocked();
          ids = [...ids, ...(await mates.execute()).map((r) => r.id)];
        }
        await trx
          .updateTable('mail_outbox')
          .set({ message_id: newMessageId, lease_until: leaseUntil })
          .where('id', 'in', ids)
          .execute();
        const rows = await trx
          .selectFrom('mail_outbox')
          .selectAll()
          .where('message_id', '=', newMessageId)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return { messageId: newMessageId, rows: (rows as Row[]).map(toRecord) };
      });
    },

    async markSent(messageId, at) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('mail_outbox')
          .set({ sent_at: at, lease_until: null, last_error: null })
          .where('message_id', '=', messageId)
          .execute();
        await redactInvites(trx, messageId);
      });
    },
    async markRetry(messageId, error, retryAt) {
      await db
        .updateTable('mail_outbox')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_error: error,
          due_at: retryAt,
          lease_until: null,
        }))
        .where('message_id', '=', messageId)
        .where('sent_at', 'is', null)
        .execute();
    },
    async markFailed(messageId, error, at) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('mail_outbox')
          .set((eb) => ({
            attempts: eb('attempts', '+', 1),
            last_error: error,
            failed_at: at,
            lease_until: null,
          }))
          .where('message_id', '=', messageId)
          .where('sent_at', 'is', null)
          .execute();
        await redactInvites(trx, messageId);
      });
    },
    async stats() {
      const rows = await db.selectFrom('mail_outbox').select(['sent_at', 'failed_at', 'attempts']).execute();
      const stats = { waiting: 0, retrying: 0, sent: 0, failed: 0 };
      for (const r of rows) {
        if (r.sent_at !== null) stats.sent++;
        else if (r.failed_at !== null) stats.failed++;
        else if (Number(r.attempts) > 0) stats.retrying++;
        else stats.waiting++;
      }
      return stats;
    },
    async listFailures(userId, limit) {
      const rows = await db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('user_id', '=', userId)
        .where('failed_at', 'is not', null)
        .orderBy('failed_at', 'desc')
        .limit(limit)
        .execute();
      return (rows as Row[]).map(toRecord);
    },

    async getPreferences(userId) {
      const row = await db
        .selectFrom('mail_preferences')
        .select('prefs')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row
        ? { ...defaultMailPreferences, ...fromJson<Partial<MailPreferences>>(row.prefs) }
        : defaultMailPreferences;
    },
    async setPreferences(userId, prefs, at) {
      const json = JSON.stringify(prefs);
      await db
        .insertInto('mail_preferences')
        .values({ user_id: userId, prefs: json, updated_at: at })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ prefs: json, updated_at: at }))
        .execute();
    },
    async activityAfter(position, limit) {
      const ord = insertionOrder(d, 'e');
      const rows = await db
        .selectFrom('activity_events as e')
        .select([
          ord.as('position'),
          'e.id',
          'e.workspace_id',
          'e.type',
          'e.at',
          'e.actor_id',
          'e.document_id',
          'e.thread_id',
          'e.message_id',
          'e.summary',
        ])
        .where(ord, '>', position)
        .orderBy(ord)
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        position: Number(r.position),
        event: {
          id: r.id,
          workspaceId: r.workspace_id,
          type: r.type as ActivityType,
          at: Number(r.at),
          actorId: r.actor_id,
          documentId: r.document_id,
          threadId: r.thread_id,
          messageId: r.message_id,
          summary: r.summary,
        },
      }));
    },
    async listMemberUserIds() {
      const rows = await db.selectFrom('workspace_members').select('user_id').distinct().execute();
      return rows.map((r) => r.user_id);
    },
    async getSetting(key) {
      const row = await db
        .selectFrom('mail_settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.value ?? null;
    },
    async setSetting(key, value) {
      await db
        .insertInto('mail_settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
    async initSetting(key, value) {
      await db
        .insertInto('mail_settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const row = await db
        .selectFrom('mail_settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.value ?? value;
    },
  };
}

// An invitation's payload holds its link (the invite token); once done with, it is not kept.
async function redactInvites(trx: Kysely<WeftDatabase>, messageId: string): Promise<void> {
  await trx
    .updateTable('mail_outbox')
    .set({ payload: JSON.stringify({ redacted: true }) })
    .where('message_id', '=', messageId)
    .where('kind', '=', 'invite')
    .execute();
}

function toRecord(r: Row): OutboxRow {
  return {
    id: r.id,
    dedupeKey: r.dedupe_key,
    userId: r.user_id,
    toAddress: r.to_address,
    kind: r.kind as MailKind,
    payload: fromJson<unknown>(r.payload),
    createdAt: Number(r.created_at),
    dueAt: Number(r.due_at),
    messageId: r.message_id,
    leaseUntil: r.lease_until === null ? null : Number(r.lease_until),
    attempts: Number(r.attempts),
    lastError: r.last_error,
    sentAt: r.sent_at === null ? null : Number(r.sent_at),
    failedAt: r.failed_at === null ? null : Number(r.failed_at),
  };
}
