import type { Pool } from 'pg';
import type { CommentStores } from '../ActivityStore.ts';
import { createPostgresActivityStore } from './createPostgresActivityStore.ts';
import { createPostgresCommentStore } from './createPostgresCommentStore.ts';

/** Comments and the activity feed on the same PostgreSQL pool as accounts and documents. */
export function createPostgresCommentStores(pool: Pool): CommentStores {
  return { comments: createPostgresCommentStore(pool), activity: createPostgresActivityStore(pool) };
}
