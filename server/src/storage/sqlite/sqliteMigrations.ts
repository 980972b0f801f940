/** Schema migrations, applied in order; PRAGMA user_version records how many ran. Never edit one. */
export const sqliteMigrations: readonly string[] = [
  `
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX doc_updates_doc_seq ON doc_updates (doc_id, seq);
  CREATE TABLE doc_snapshots (
    doc_id TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    through_seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
];
