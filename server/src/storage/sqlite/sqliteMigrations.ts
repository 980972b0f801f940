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
  // Accounts, sessions, API tokens, workspaces, members, invites and document metadata.
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    city TEXT NOT NULL,
    organisation TEXT NOT NULL,
    language TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_expires ON sessions (expires_at);
  CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
  );
  CREATE INDEX api_tokens_user ON api_tokens (user_id);
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    cities TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
  );
  CREATE TABLE workspace_members (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX workspace_members_user ON workspace_members (user_id);
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    created_by TEXT NOT NULL
  );
  CREATE INDEX invites_workspace ON invites (workspace_id);
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
  );
  CREATE INDEX documents_workspace ON documents (workspace_id);
  `,
  // Comments: threads, messages, mentions, read markers; the activity feed and last visits.
  `
  CREATE TABLE comment_counter (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
  INSERT INTO comment_counter (id, value) VALUES (1, 0);
  CREATE TABLE comment_threads (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    anchor TEXT NOT NULL,
    quote TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    resolved_by TEXT,
    resolved_at INTEGER,
    client_id TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_at INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX comment_threads_document ON comment_threads (document_id, created_at);
  CREATE INDEX comment_threads_workspace ON comment_threads (workspace_id);
  CREATE UNIQUE INDEX comment_threads_client ON comment_threads (created_by, client_id)
    WHERE client_id IS NOT NULL;
  CREATE TABLE comment_messages (
    seq INTEGER NOT NULL UNIQUE,
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    edited_at INTEGER,
    deleted_at INTEGER,
    client_id TEXT
  );
  CREATE INDEX comment_messages_thread ON comment_messages (thread_id, seq);
  CREATE UNIQUE INDEX comment_messages_client ON comment_messages (author_id, client_id)
    WHERE client_id IS NOT NULL;
  CREATE TABLE comment_mentions (
    message_id TEXT NOT NULL REFERENCES comment_messages (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (message_id, user_id)
  );
  CREATE INDEX comment_mentions_user ON comment_mentions (user_id, seq);
  CREATE TABLE comment_reads (
    user_id TEXT NOT NULL,
    thread_id TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    PRIMARY KEY (user_id, thread_id)
  );
  CREATE TABLE activity_events (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    at INTEGER NOT NULL,
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
    visited_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, workspace_id)
  );
  `,
  // Action plan sign-off state (one JSON row per plan) and immutable agreed versions.
  `
  CREATE TABLE plan_signoffs (
    document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    revision INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE plan_versions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    signatures TEXT NOT NULL,
    agreed_at TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    state BLOB NOT NULL,
    UNIQUE (document_id, number)
  );
  CREATE TRIGGER plan_versions_immutable BEFORE UPDATE ON plan_versions
  BEGIN
    SELECT RAISE(ABORT, 'agreed plan versions are immutable');
  END;
  `,
  // Exchange sessions (meetings of a workspace): agenda items and linked document ids as JSON.
  `
  CREATE TABLE exchange_sessions (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    agenda TEXT NOT NULL,
    document_ids TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
  );
  CREATE INDEX exchange_sessions_workspace ON exchange_sessions (workspace_id, starts_at);
  `,
];
