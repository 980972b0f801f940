import type { CommentAnchor } from '@weft/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { MessageRecord, ThreadRecord } from '../../CommentStore.ts';
import { type Database, fromJson, insertionOrder } from '../../db/Database.ts';
import type { WeftDatabase } from '../../db/WeftDatabase.ts';

export type Db = Kysely<WeftDatabase>;
export type MessageRow = Selectable<WeftDatabase['comment_messages']>;
type ThreadRow = Pick<Selectable<WeftDatabase['comment_threads']>, (typeof THREAD)[number]>;

export const THREAD = [
  'id',
  'workspace_id',
  'document_id',
  'anchor',
  'quote',
  'created_by',
  'created_at',
  'updated_at',
  'resolved_by',
  'resolved_at',
  'client_id',
] as const;
export const MESSAGE = [
  'seq',
  'id',
  'thread_id',
  'author_id',
  'body',
  'created_at',
  'edited_at',
  'deleted_at',
  'client_id',
] as const;

/** The next message seq; under the counter's row lock, so seqs commit in order on every node. */
export async function nextSeq(q: Db): Promise<number> {
  const row = await q
    .updateTable('comment_counter')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}

export async function upsertRead(q: Db, userId: string, threadId: string, seq: number): Promise<void> {
  await q
    .insertInto('comment_reads')
    .values({ user_id: userId, thread_id: threadId, seq })
    .onConflict((oc) => oc.columns(['user_id', 'thread_id']).doUpdateSet({ seq }))
    .execute();
}

export async function addMentions(
  q: Db,
  messageId: string,
  userIds: readonly string[],
  seq: number,
): Promise<void> {
  if (userIds.length === 0) return;
  await q
    .insertInto('comment_mentions')
    .values(userIds.map((userId) => ({ message_id: messageId, user_id: userId, seq })))
    .onConflict((oc) => oc.columns(['message_id', 'user_id']).doNothing())
    .execute();
}

export async function setLatest(
  q: Db,
  threadId: string,
  seq: number,
  at: number,
  updatedAt: number,
): Promise<void> {
  await q
    .updateTable('comment_threads')
    .set({ last_seq: seq, last_at: at, updated_at: updatedAt })
    .where('id', '=', threadId)
    .execute();
}

/** Attaches each message's mentions, in the order they were made. */
export async function withMentions(d: Database, q: Db, rows: MessageRow[]): Promise<MessageRecord[]> {
  if (rows.length === 0) return [];
  const found = await q
    .selectFrom('comment_mentions')
    .select(['message_id', 'user_id'])
    .where(
      'message_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('seq')
    .orderBy(insertionOrder(d))
    .execute();
  const mentions = new Map<string, string[]>();
  for (const row of found)
    mentions.set(row.message_id, [...(mentions.get(row.message_id) ?? []), row.user_id]);
  return rows.map((r) => toMessage(r, mentions.get(r.id) ?? []));
}

/**
 * A retried create with a client id already used returns the earlier record. The unique index
 * settles a race between two nodes: the loser's transaction fails and it reads the winner's row.
 */
export async function idempotent<T>(
  attempt: () => Promise<T>,
  existing: () => Promise<T | null>,
): Promise<{ record: T; created: boolean }> {
  const before = await existing();
  if (before) return { record: before, created: false };
  try {
    return { record: await attempt(), created: true };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const after = await existing();
    if (after) return { record: after, created: false };
    throw err;
  }
}

function isUniqueViolation(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function toThread(r: ThreadRow): ThreadRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    documentId: r.document_id,
    // Validated by the service before it was stored.
    anchor: fromJson<CommentAnchor>(r.anchor),
    quote: r.quote,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at,
    clientId: r.client_id,
  };
}

export function toMessage(r: MessageRow, mentions: string[]): MessageRecord {
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
