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
  {
    id: 3,
    name: 'comments: threads, messages, mentions, read markers; activity feed and last visits',
    // `comment_counter` hands out message seqs under a row lock, so seqs commit in order and a read
    // marker (the counter's value when read) never skips a message committed later.
    sql: `
      CREATE TABLE comment_counter (id INTEGER PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL);
      INSERT INTO comment_counter (id, value) VALUES (1, 0);
      CREATE TABLE comment_threads (
        id TEXT PRIMARY KEY,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        anchor JSONB NOT NULL,
        quote TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        resolved_by TEXT,
        resolved_at BIGINT,
        client_id TEXT,
        last_seq BIGINT NOT NULL DEFAULT 0,
        last_at BIGINT NOT NULL DEFAULT 0
      );
      CREATE INDEX comment_threads_document ON comment_threads (document_id, created_at);
      CREATE INDEX comment_threads_workspace ON comment_threads (workspace_id);
      CREATE UNIQUE INDEX comment_threads_client ON comment_threads (created_by, client_id)
        WHERE client_id IS NOT NULL;
      CREATE TABLE comment_messages (
        seq BIGINT NOT NULL UNIQUE,
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
        author_id TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        edited_at BIGINT,
        deleted_at BIGINT,
        client_id TEXT
      );
      CREATE INDEX comment_messages_thread ON comment_messages (thread_id, seq);
      CREATE UNIQUE INDEX comment_messages_client ON comment_messages (author_id, client_id)
        WHERE client_id IS NOT NULL;
      CREATE TABLE comment_mentions (
        message_id TEXT NOT NULL REFERENCES comment_messages (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        PRIMARY KEY (message_id, user_id)
      );
      CREATE INDEX comment_mentions_user ON comment_mentions (user_id, seq);
      CREATE TABLE comment_reads (
        user_id TEXT NOT NULL,
        thread_id TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
        seq BIGINT NOT NULL,
        PRIMARY KEY (user_id, thread_id)
      );
      CREATE TABLE activity_events (
        id TEXT PRIMARY KEY,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        at BIGINT NOT NULL,
        actor_id TEXT,
        document_id TEXT,
        thread_id TEXT,
        message_id TEXT,
        summary TEXT NOT NULL
      );
      CREATE INDEX activity_events_workspace_at ON activity_events (workspace_id, at);
      CREATE INDEX activity_events_message ON activity_events (message_id) WHERE message_id IS NOT NULL;
      CREATE TABLE workspace_visits (
        user_id TEXT NOT NULL,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        visited_at BIGINT NOT NULL,
        PRIMARY KEY (user_id, workspace_id)
      );
    `,
  },
  {
    id: 4,
    name: 'action plan sign-off state and immutable agreed versions',
    sql: `
      CREATE TABLE plan_signoffs (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        state JSONB NOT NULL,
        revision INTEGER NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        signatures JSONB NOT NULL,
        agreed_at TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        state BYTEA NOT NULL,
        UNIQUE (document_id, number)
      );
      CREATE FUNCTION plan_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'agreed plan versions are immutable';
      END
      $$;
      CREATE TRIGGER plan_versions_immutable BEFORE UPDATE ON plan_versions
        FOR EACH ROW EXECUTE FUNCTION plan_versions_immutable();
    `,
  },
  {
    id: 5,
    name: 'exchange sessions (meetings of a workspace)',
    sql: `
      CREATE TABLE exchange_sessions (
        id TEXT PRIMARY KEY,
        ord BIGINT GENERATED ALWAYS AS IDENTITY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        starts_at BIGINT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        agenda JSONB NOT NULL,
        document_ids JSONB NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE INDEX exchange_sessions_workspace ON exchange_sessions (workspace_id, starts_at);
    `,
  },
];
