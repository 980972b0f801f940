import type { CommentStores } from '../ActivityStore.ts';
import type { Database } from '../db/Database.ts';
import { createSqlCommentMessageStore } from './comments/createSqlCommentMessageStore.ts';
import { createSqlCommentReadStore } from './comments/createSqlCommentReadStore.ts';
import { createSqlCommentThreadStore } from './comments/createSqlCommentThreadStore.ts';
import { createSqlActivityStore } from './createSqlActivityStore.ts';

/** Comments (threads, messages, read state and inbox) and the activity feed on one database. */
export function createSqlCommentStores(d: Database): CommentStores {
  return {
    comments: {
      ...createSqlCommentThreadStore(d),
      ...createSqlCommentMessageStore(d),
      ...createSqlCommentReadStore(d),
    },
    activity: createSqlActivityStore(d),
  };
}
