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
  {
    id: 2,
    name: 'accounts, sessions, API tokens, workspaces, members, invites and document metadata',
    // Times are epoch milliseconds as in SQLite; `ord` keeps insertion order for ties (SQLite's rowid).
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        display_name TEXT NOT NULL,
        city TEXT NOT NULL,
        organisation TEXT NOT NULL,
        language TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX sessions_expires ON sessions (expires_at);
      CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        secret_hash TEXT NOT NULL UNIQUE,
        created_at BIGINT NOT NULL,
        last_used_at BIGINT,
        revoked_at BIGINT
      );
      CREATE INDEX api_tokens_user ON api_tokens (user_id);
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        cities TEXT[] NOT NULL,
        archived BOOLEAN NOT NULL DEFAULT false,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE TABLE workspace_members (
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        role TEXT NOT NULL,
        joined_at BIGINT NOT NULL,
        PRIMARY KEY (workspace_id, user_id)
      );
      CREATE INDEX workspace_members_user ON workspace_members (user_id);
      CREATE TABLE invites (
        id TEXT PRIMARY KEY,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        revoked_at BIGINT,
        created_by TEXT NOT NULL
      );
      CREATE INDEX invites_workspace ON invites (workspace_id);
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        archived BOOLEAN NOT NULL DEFAULT false,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE INDEX documents_workspace ON documents (workspace_id);
    `,
  },
];
