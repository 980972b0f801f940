import { CompiledQuery, sql } from 'kysely';
import type { CompactionResult, DocStore, StoredDocument, UpdateEntry } from '../DocStore.ts';
import { type Database, DialectName, snapshotTime } from '../db/Database.ts';
import { mergeToSnapshotOffThread } from '../mergeToSnapshotOffThread.ts';

// Two parameters per row; SQLite allows 32766 per statement, so larger batches are split.
const ROWS_PER_INSERT = 5000;
// Batch sizes whose INSERT text is kept; a tick rarely carries more entries than this.
const KEPT_BATCH_SIZES = 64;

/**
 * DocStore on SQLite or PostgreSQL. An append is one INSERT of every entry (one statement per
 * event-loop tick on the hot path); sequence numbers come from the table's own counter.
 */
export function createSqlDocStore(d: Database): DocStore {
  const { db } = d;
  // The hot path: the INSERT for n rows is built once and reused with new parameters, so an
  // append costs what the database does, not what building the query does.
  const insertSql = new Map<number, string>();
  const insert = async (q: typeof db, entries: readonly UpdateEntry[]) => {
    let text = insertSql.get(entries.length);
    if (!text) {
      text = q
        .insertInto('doc_updates')
        .values(entries.map(() => ({ doc_id: '', data: new Uint8Array() })))
        .returning('seq')
        .compile().sql;
      if (entries.length <= KEPT_BATCH_SIZES) insertSql.set(entries.length, text);
    }
    const parameters = entries.flatMap((e) => [e.docId, toBuffer(e.update)]);
    return (await q.executeQuery<{ seq: number }>(CompiledQuery.raw(text, parameters))).rows;
  };

  return {
    async load(docId): Promise<StoredDocument | null> {
      // One consistent view: a compaction committing between the two reads must not be half seen.
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          const snapshot = await trx
            .selectFrom('doc_snapshots')
            .select(['data', 'through_seq'])
            .where('doc_id', '=', docId)
            .executeTakeFirst();
          // Every row left in the log is unfolded: compaction deletes exactly the rows it folded, so
          // a row whose sequence was drawn before a compaction but committed after it is still read.
          const rows = await trx
            .selectFrom('doc_updates')
            .select(['seq', 'data'])
            .where('doc_id', '=', docId)
            .orderBy('seq')
            .execute();
          if (!snapshot && rows.length === 0) return null;
          return {
            snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
            updates: rows.map((r) => new Uint8Array(r.data)),
            lastSeq: Math.max(snapshot?.through_seq ?? 0, rows.at(-1)?.seq ?? 0),
          };
        });
    },

    async append(entries) {
      if (entries.length === 0) return [];
      const rows =
        entries.length <= ROWS_PER_INSERT
          ? await insert(db, entries)
          : await db.transaction().execute(async (trx) => {
              const all = [];
              for (let i = 0; i < entries.length; i += ROWS_PER_INSERT) {
                all.push(...(await insert(trx, entries.slice(i, i + ROWS_PER_INSERT))));
              }
              return all;
            });
      // Sequence values are drawn in insertion order, so sorted seqs line up with the entries.
      return rows.map((r) => r.seq).sort((a, b) => a - b);
    },

    async compact(docId, throughSeq): Promise<CompactionResult> {
      if (d.dialect === DialectName.postgres) {
        return db.transaction().execute(async (trx) => {
          // One compaction per document at a time across all nodes; a busy document is skipped.
          const { rows } = await sql<{ ok: boolean }>`
            SELECT pg_try_advisory_xact_lock(hashtextextended(${`weft-compact:${docId}`}, 0)) AS ok`.execute(
            trx,
          );
          if (!rows[0]?.ok) return { folded: 0, snapshotBytes: 0 };
          const read = await readLog(trx, docId, throughSeq);
          if (!read.last) return { folded: 0, snapshotBytes: read.snapshot?.data.byteLength ?? 0 };
          return writeSnapshot(trx, d, docId, read, await mergeToSnapshotOffThread(read.parts));
        });
      }
      // SQLite has one connection: the merge runs off the event loop outside any transaction, and
      // the write only lands if no other compaction moved the snapshot meanwhile.
      const read = await db.transaction().execute((trx) => readLog(trx, docId, throughSeq));
      if (!read.last) return { folded: 0, snapshotBytes: read.snapshot?.data.byteLength ?? 0 };
      const merged = await mergeToSnapshotOffThread(read.parts);
      return db.transaction().execute(async (trx) => {
        const now = await trx
          .selectFrom('doc_snapshots')
          .select(['data', 'through_seq'])
          .where('doc_id', '=', docId)
          .executeTakeFirst();
        if ((now?.through_seq ?? 0) !== (read.snapshot?.through_seq ?? 0))
          return { folded: 0, snapshotBytes: now?.data.byteLength ?? 0 };
        return writeSnapshot(trx, d, docId, read, merged);
      });
    },

    async logLength(docId) {
      const row = await db
        .selectFrom('doc_updates')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('doc_id', '=', docId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async isReady() {
      try {
        await sql`SELECT 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },

    // The database is shared with other stores; whoever opened it closes it.
    async close() {},
  };
}

function toBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

type Queryable = Database['db'];

interface LogRead {
  snapshot: { data: Uint8Array; through_seq: number } | undefined;
  rows: { seq: number; data: Uint8Array }[];
  last: { seq: number } | undefined;
  parts: Uint8Array[];
}

async function readLog(q: Queryable, docId: string, throughSeq: number): Promise<LogRead> {
  const snapshot = await q
    .selectFrom('doc_snapshots')
    .select(['data', 'through_seq'])
    .where('doc_id', '=', docId)
    .executeTakeFirst();
  const rows = await q
    .selectFrom('doc_updates')
    .select(['seq', 'data'])
    .where('doc_id', '=', docId)
    .where('seq', '<=', throughSeq)
    .orderBy('seq')
    .execute();
  const parts = rows.map((r) => new Uint8Array(r.data));
  return {
    snapshot,
    rows,
    last: rows.at(-1),
    parts: snapshot ? [new Uint8Array(snapshot.data), ...parts] : parts,
  };
}

async function writeSnapshot(
  q: Queryable,
  d: Database,
  docId: string,
  read: LogRead,
  merged: Uint8Array,
): Promise<CompactionResult> {
  const lastSeq = read.last?.seq ?? 0;
  const through = Math.max(lastSeq, read.snapshot?.through_seq ?? 0);
  await q
    .insertInto('doc_snapshots')
    .values({ doc_id: docId, data: toBuffer(merged), through_seq: through, updated_at: snapshotTime(d) })
    .onConflict((oc) =>
      oc.column('doc_id').doUpdateSet((eb) => ({
        data: eb.ref('excluded.data'),
        through_seq: eb.ref('excluded.through_seq'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  // Exactly the folded rows: on PostgreSQL a row with a lower seq may commit after the read.
  // SQLite has one writer, so the range is exact there and needs no id list.
  await q
    .deleteFrom('doc_updates')
    .where('doc_id', '=', docId)
    .$if(d.dialect === DialectName.postgres, (qb) =>
      qb.where(sql<boolean>`seq = ANY(${read.rows.map((r) => r.seq)}::bigint[])`),
    )
    .$if(d.dialect === DialectName.sqlite, (qb) => qb.where('seq', '<=', lastSeq))
    .execute();
  return { folded: read.rows.length, snapshotBytes: merged.byteLength };
}
