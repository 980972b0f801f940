import type { Pool } from 'pg';
import type { CompactionResult, DocStore, StoredDocument } from '../DocStore.ts';
import { mergeToSnapshotOffThread } from '../mergeToSnapshotOffThread.ts';
import { withTransaction } from './withTransaction.ts';

interface SnapshotRow {
  data: Buffer;
  through_seq: string;
}
interface UpdateRow {
  seq: string;
  data: Buffer;
}

/** DocStore on PostgreSQL, shared by every node; sequence numbers come from one BIGSERIAL. */
export function createPostgresDocStore(pool: Pool): DocStore {
  return {
    async load(docId): Promise<StoredDocument | null> {
      // One consistent view: a compaction committing between the two reads must not be half seen.
      return withTransaction(
        pool,
        async (client) => {
          const snap = await client.query<SnapshotRow>(
            'SELECT data, through_seq FROM doc_snapshots WHERE doc_id = $1',
            [docId],
          );
          const snapshot = snap.rows[0];
          const through = snapshot ? Number(snapshot.through_seq) : 0;
          // Every row left in the log is unfolded: compaction deletes exactly the rows it folded, so a
          // row whose sequence was drawn before a compaction but committed after it is still read.
          const updates = await client.query<UpdateRow>(
            'SELECT seq, data FROM doc_updates WHERE doc_id = $1 ORDER BY seq',
            [docId],
          );
          if (!snapshot && updates.rows.length === 0) return null;
          const last = updates.rows.at(-1);
          return {
            snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
            updates: updates.rows.map((r) => new Uint8Array(r.data)),
            lastSeq: Math.max(through, last ? Number(last.seq) : 0),
          };
        },
        'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
      );
    },

    async append(entries) {
      if (entries.length === 0) return [];
      const { rows } = await pool.query<{ seq: string }>(
        `INSERT INTO doc_updates (doc_id, data)
         SELECT doc_id, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS e(doc_id, data, ord)
         ORDER BY ord
         RETURNING seq`,
        [
          entries.map((e) => e.docId),
          entries.map((e) => Buffer.from(e.update.buffer, e.update.byteOffset, e.update.byteLength)),
        ],
      );
      // Sequence values are drawn in insertion order, so sorted seqs line up with the entries.
      return rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
    },

    async compact(docId, throughSeq): Promise<CompactionResult> {
      return withTransaction(pool, async (client) => {
        // One compaction per document at a time across all nodes; a busy document is skipped.
        const lock = await client.query<{ ok: boolean }>(
          "SELECT pg_try_advisory_xact_lock(hashtextextended('weft-compact:' || $1, 0)) AS ok",
          [docId],
        );
        if (!lock.rows[0]?.ok) return { folded: 0, snapshotBytes: 0 };
        const snap = await client.query<SnapshotRow>(
          'SELECT data, through_seq FROM doc_snapshots WHERE doc_id = $1',
          [docId],
        );
        const snapshot = snap.rows[0];
        const rows = await client.query<UpdateRow>(
          'SELECT seq, data FROM doc_updates WHERE doc_id = $1 AND seq <= $2 ORDER BY seq',
          [docId, throughSeq],
        );
        if (rows.rows.length === 0) return { folded: 0, snapshotBytes: snapshot?.data.byteLength ?? 0 };
        const parts = rows.rows.map((r) => new Uint8Array(r.data));
        const merged = await mergeToSnapshotOffThread(
          snapshot ? [new Uint8Array(snapshot.data), ...parts] : parts,
        );
        const folded = rows.rows.map((r) => r.seq);
        const lastSeq = Math.max(
          Number((rows.rows.at(-1) as UpdateRow).seq),
          Number(snapshot?.through_seq ?? 0),
        );
        await client.query(
          `INSERT INTO doc_snapshots (doc_id, data, through_seq, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq,
             updated_at = excluded.updated_at`,
          [docId, Buffer.from(merged), lastSeq],
        );
        await client.query('DELETE FROM doc_updates WHERE seq = ANY($1::bigint[])', [folded]);
        return { folded: rows.rows.length, snapshotBytes: merged.byteLength };
      });
    },

    async logLength(docId) {
      const { rows } = await pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM doc_updates WHERE doc_id = $1',
        [docId],
      );
      return Number(rows[0]?.n ?? 0);
    },

    async isReady() {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },

    // The pool is shared with other stores; whoever created it ends it.
    async close() {},
  };
}
