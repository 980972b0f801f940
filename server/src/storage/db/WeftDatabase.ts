import type { ColumnType, Generated } from 'kysely';

// Row shapes as both databases hold them. PostgreSQL BIGINTs are read as numbers (see
// createPostgresPool.ts); booleans are 0/1 in SQLite; JSON columns are text in SQLite and JSONB in
// PostgreSQL, so they are written as JSON text and read through `fromJson`.

/** A JSON column: written as JSON text, read as text (SQLite) or parsed (PostgreSQL). */
type Json = ColumnType<unknown, string, string>;
/** BOOLEAN in PostgreSQL, INTEGER 0/1 in SQLite; written as 0/1, which PostgreSQL also accepts. */
type Flag = ColumnType<boolean | number, number | undefined, number>;
/** TEXT[] in PostgreSQL, JSON text in SQLite (see `Dialect.textList`). */
type TextList = ColumnType<string[] | string, string[] | string, string[] | string>;

export interface WeftDatabase {
  doc_updates: { seq: Generated<number>; doc_id: string; data: Uint8Array };
  doc_snapshots: {
    doc_id: string;
    data: Uint8Array;
    through_seq: number;
    updated_at: ColumnType<unknown, unknown, unknown>;
  };
  users: {
    id: string;
    email: string;
    password_hash: string;
    display_name: string;
    city: string;
    organisation: string;
    language: string;
    time_zone: string;
    created_at: number;
  };
  sessions: { id: string; secret_hash: string; user_id: string; created_at: number; expires_at: number };
  api_tokens: {
    id: string;
    user_id: string;
    name: string;
    secret_hash: string;
    created_at: number;
    last_used_at: number | null;
    revoked_at: number | null;
  };
  workspaces: {
    id: string;
    title: string;
    description: string;
    cities: TextList;
    archived: Flag;
    created_at: number;
    created_by: string;
  };
  workspace_members: {
    workspace_id: string;
    user_id: string;
    role: string;
    joined_at: number;
    city_id: string | null;
  };
  workspace_cities: {
    id: string;
    workspace_id: string;
    name: string;
    time_zone: string;
    country: string | null;
    colour: string | null;
    position: number;
  };
  invites: {
    id: string;
    workspace_id: string;
    token_hash: string;
    role: string;
    created_at: number;
    expires_at: number;
    revoked_at: number | null;
    created_by: string;
    city_id: string | null;
  };
  documents: {
    id: string;
    workspace_id: string;
    type: string;
    title: string;
    archived: Flag;
    created_at: number;
    updated_at: number;
    created_by: string;
  };
  comment_counter: { id: number; value: number };
  comment_threads: {
    id: string;
    workspace_id: string;
    document_id: string;
    anchor: Json;
    quote: string;
    created_by: string;
    created_at: number;
    updated_at: number;
    resolved_by: string | null;
    resolved_at: number | null;
    client_id: string | null;
    last_seq: Generated<number>;
    last_at: Generated<number>;
  };
  comment_messages: {
    seq: number;
    id: string;
    thread_id: string;
    author_id: string;
    body: string;
    created_at: number;
    edited_at: number | null;
    deleted_at: number | null;
    client_id: string | null;
  };
  comment_mentions: { message_id: string; user_id: string; seq: number };
  comment_reads: { user_id: string; thread_id: string; seq: number };
  activity_events: {
    id: string;
    workspace_id: string;
    type: string;
    at: number;
    actor_id: string | null;
    document_id: string | null;
    thread_id: string | null;
    message_id: string | null;
    summary: string;
  };
  workspace_visits: { user_id: string; workspace_id: string; visited_at: number };
  plan_signoffs: { document_id: string; state: Json; revision: number; updated_at: number };
  plan_versions: {
    id: string;
    document_id: string;
    number: number;
    name: string;
    content_hash: string;
    signatures: Json;
    agreed_at: string;
    created_at: number;
    state: Uint8Array;
  };
  exchange_sessions: {
    id: string;
    workspace_id: string;
    title: string;
    starts_at: number;
    duration_minutes: number;
    agenda: Json;
    document_ids: Json;
    video_url: string | null;
    created_at: number;
    updated_at: number;
    created_by: string;
  };
  document_versions: {
    id: string;
    document_id: string;
    name: string;
    kind: string;
    created_at: number;
    created_by: string | null;
    session_id: string | null;
    state_bytes: number;
    state: Uint8Array;
  };
  exchange_session_ends: { session_id: string; ended_at: number; ended_by: string };
  session_attendance: {
    session_id: string;
    user_id: string;
    name: string;
    joined_at: number;
    left_at: number | null;
  };
  file_blobs: { hash: string; bytes: Uint8Array };
  files: {
    id: string;
    workspace_id: string;
    name: string;
    content_type: string;
    bytes: number;
    width: number | null;
    height: number | null;
    content_hash: string;
    thumb_hash: string | null;
    created_at: number;
    created_by: string;
  };
  mail_outbox: {
    id: string;
    dedupe_key: string;
    user_id: string | null;
    to_address: string;
    kind: string;
    payload: Json;
    created_at: number;
    due_at: number;
    message_id: string | null;
    lease_until: number | null;
    attempts: Generated<number>;
    last_error: string | null;
    sent_at: number | null;
    failed_at: number | null;
  };
  mail_preferences: { user_id: string; prefs: Json; updated_at: number };
  mail_settings: { key: string; value: string };
  templates: {
    id: string;
    workspace_id: string;
    type: string;
    title: string;
    state: Uint8Array;
    created_at: number;
    created_by: string;
  };
  session_timers: {
    session_id: string;
    item_index: number;
    status: string;
    duration_ms: number;
    ends_at: number | null;
    remaining_ms: number | null;
    ended_at: number | null;
    updated_at: number;
    updated_by: string;
  };
  session_hands: {
    session_id: string;
    user_id: string;
    name: string;
    raised_at: number;
  };
  votes: {
    id: string;
    workspace_id: string;
    document_id: string;
    session_id: string | null;
    title: string;
    dots_per_person: number;
    anonymous: Flag;
    area: ColumnType<unknown, string | null, string | null>;
    status: string;
    created_at: number;
    created_by: string;
    revealed_at: number | null;
    closed_at: number | null;
  };
  vote_dots: { vote_id: string; user_id: string; dot_index: number; target_id: string; cast_at: number };
}
