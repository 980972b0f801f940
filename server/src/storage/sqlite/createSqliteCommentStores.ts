import type { CommentStores } from '../ActivityStore.ts';
import { createSqliteActivityStore } from './createSqliteActivityStore.ts';
import { createSqliteCommentStore } from './createSqliteCommentStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';

/** Comments and the activity feed on the same SQLite database as accounts and documents. */
export function createSqliteCommentStores(db: SqliteDatabase): CommentStores {
  return { comments: createSqliteCommentStore(db), activity: createSqliteActivityStore(db) };
}
