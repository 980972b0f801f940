/** Schema migrations, applied in order and recorded in weft_schema_migrations. Never edit one. */
export const postgresMigrations: readonly { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'document updates and snapshots',
    sql: `
      CREATE TABLE doc_updates (
        seq BIGSERIAL PRIMARY KEY,
        doc_id TEXT NOT NULL,
        data BYTEA NOT NULL
      );
      CREATE INDEX doc_updates_doc_seq ON doc_updates (doc_id, seq);
      CREATE TABLE doc_snapshots (
        doc_id TEXT PRIMARY KEY,
        data BYTEA NOT NULL,
        through_seq BIGINT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
    `,
  },
];
