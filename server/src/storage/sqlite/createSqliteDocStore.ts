import type { CompactionResult, DocStore, StoredDocument, UpdateEntry } from '../DocStore.ts';
import { mergeToSnapshotOffThread } from '../mergeToSnapshotOffThread.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';

interface SnapshotRow {
  data: Buffer;
  through_seq: number;
}
interface UpdateRow {
  seq: number;
  data: Buffer;
}

/** DocStore on SQLite. better-sqlite3 is synchronous, so each call commits before it returns. */
export function createSqliteDocStore(db: SqliteDatabase): DocStore {
  const selectSnapshot = db.prepare<[string], SnapshotRow>(
    'SELECT data, through_seq FROM doc_snapshots WHERE doc_id = ?',
  );
  const selectUpdates = db.prepare<[string, number], UpdateRow>(
    'SELECT seq, data FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq',
  );
  const insertUpdate = db.prepare<[string, Buffer]>('INSERT INTO doc_updates (doc_id, data) VALUES (?, ?)');
  const upsertSnapshot = db.prepare<[string, Buffer, number, number]>(
    `INSERT INTO doc_snapshots (doc_id, data, through_seq, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq,
       updated_at = excluded.updated_at
     WHERE excluded.through_seq >= doc_snapshots.through_seq`,
  );
  const deleteUpdates = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?');
  const selectUpdatesThrough = db.prepare<[string, number, number], UpdateRow>(
    'SELECT seq, data FROM doc_updates WHERE doc_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
  );
  const countUpdates = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM doc_updates WHERE doc_id = ? AND seq > ?',
  );

  const appendAll = db.transaction((entries: readonly UpdateEntry[]) =>
    entries.map((e) => Number(insertUpdate.run(e.docId, toBuffer(e.update)).lastInsertRowid)),
  );
  // Compaction reads, merges off the event loop, then writes; the log is append-only, so the rows
  // read stay as they were unless another compaction moved the snapshot meanwhile.
  const readForCompactionTx = db.transaction((docId: string, throughSeq: number) => {
    const snap = selectSnapshot.get(docId);
    const rows = selectUpdatesThrough.all(docId, snap?.through_seq ?? 0, throughSeq);
    return { snap, rows };
  });
  const writeCompactionTx = db.transaction(
    (
      docId: string,
      readThrough: number,
      lastSeq: number,
      merged: Uint8Array,
      folded: number,
    ): CompactionResult => {
      const snap = selectSnapshot.get(docId);
      if ((snap?.through_seq ?? 0) !== readThrough)
        return { folded: 0, snapshotBytes: snap?.data.byteLength ?? 0 };
      upsertSnapshot.run(docId, toBuffer(merged), lastSeq, Date.now());
      deleteUpdates.run(docId, lastSeq);
      return { folded, snapshotBytes: merged.byteLength };
    },
  );
  const loadTx = db.transaction((docId: string): StoredDocument | null => {
    const snap = selectSnapshot.get(docId);
    const rows = selectUpdates.all(docId, snap?.through_seq ?? 0);
    if (!snap && rows.length === 0) return null;
    const last = rows.at(-1);
    return {
      snapshot: snap ? new Uint8Array(snap.data) : null,
      updates: rows.map((r) => new Uint8Array(r.data)),
      lastSeq: last ? last.seq : (snap?.through_seq ?? 0),
    };
  });

  return {
    async load(docId) {
      return loadTx(docId);
    },
    async append(entries) {
      if (entries.length === 0) return [];
      return appendAll(entries);
    },
    async compact(docId, throughSeq) {
      const { snap, rows } = readForCompactionTx(docId, throughSeq);
      if (rows.length === 0) return { folded: 0, snapshotBytes: snap?.data.byteLength ?? 0 };
      const parts = rows.map((r) => new Uint8Array(r.data));
      const merged = await mergeToSnapshotOffThread(snap ? [new Uint8Array(snap.data), ...parts] : parts);
      const last = rows.at(-1) as UpdateRow;
      return writeCompactionTx(docId, snap?.through_seq ?? 0, last.seq, merged, rows.length);
    },
    async logLength(docId) {
      const snap = selectSnapshot.get(docId);
      return countUpdates.get(docId, snap?.through_seq ?? 0)?.n ?? 0;
    },
    async isReady() {
      try {
        db.prepare('SELECT 1').get();
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
