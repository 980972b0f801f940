import type { CommentAnchor, Member, Role } from '@weft/protocol';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { listenOnSocket, onPresent } from '../live/socket.ts';
import { useUser } from '../session/SessionContext.tsx';
import { commentQueueFor, newClientId } from './commentQueueFor.ts';
import { commentsApi } from './commentsApi.ts';
import { createThreadStore, type ThreadItem, type ThreadsSnapshot } from './createThreadStore.ts';
import { type Mentionable, toMarkup } from './mentions.ts';
import { useCommentsTranslation } from './useCommentsTranslation.ts';

export interface CommentDraft {
  text: string;
  picked: readonly Mentionable[];
}

export interface DocumentComments extends ThreadsSnapshot {
  workspaceId: string;
  documentId: string;
  /** Commenters and up write; viewers read. */
  canComment: boolean;
  isFacilitator: boolean;
  /** Editors and facilitators may attach files (uploading is theirs, docs/api.md Files). */
  canAttach: boolean;
  writerId: string;
  members: readonly Member[];
  /** A message for the reader (a refused comment, a failed action), or null. */
  notice: string | null;
  dismissNotice(): void;
  createThread(anchor: CommentAnchor, quote: string, draft: CommentDraft): Promise<void>;
  reply(thread: ThreadItem, draft: CommentDraft): Promise<void>;
  edit(thread: ThreadItem, messageId: string, draft: CommentDraft): Promise<boolean>;
  remove(thread: ThreadItem, messageId: string): Promise<void>;
  setResolved(thread: ThreadItem, resolved: boolean): Promise<void>;
  markRead(thread: ThreadItem): void;
}

const COMMENTER_ROLES: readonly Role[] = ['facilitator', 'editor', 'commenter'];

/**
 * Comments of one open document: threads (live through socket.io `comments:changed`), the
 * offline queue for new threads and replies, members for @mentions, and the actions on threads.
 */
export function useDocumentComments(workspaceId: string, documentId: string, role: Role): DocumentComments {
  const { t } = useCommentsTranslation();
  const user = useUser();
  const queue = useMemo(() => commentQueueFor(user.id), [user.id]);
  const store = useMemo(
    () => createThreadStore(documentId, { id: user.id, displayName: user.displayName }, queue),
    [documentId, user.id, user.displayName, queue],
  );
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [members, setMembers] = useState<readonly Member[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void store.refresh();
    return () => store.destroy();
  }, [store]);

  useEffect(() => {
    let cancelled = false;
    commentsApi.members(workspaceId).then(
      ({ members: list }) => {
        if (!cancelled) setMembers(list);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [workspaceId]);

  useEffect(
    () =>
      queue.onDropped((item, error) => {
        if (item.documentId === documentId) setNotice(t('comments.dropped', { reason: reasonOf(error) }));
      }),
    [queue, documentId, t],
  );

  // Live: refetch when someone changes a thread of this document; catch up after a reconnect.
  // comments:changed reaches sockets present in the workspace (docs/protocol.md): the presence
  // client joins on the tab's shared socket, with this document, and says when it (re)joined.
  useEffect(() => {
    const offChanged = listenOnSocket('comments:changed', (change) => {
      if (change.documentId === documentId) void store.refresh();
    });
    const offPresent = onPresent(workspaceId, () => {
      void store.refresh();
      void queue.flush();
    });
    return () => {
      offChanged();
      offPresent();
    };
  }, [workspaceId, documentId, store, queue]);

  const fail = useCallback(
    (error: unknown) => {
      setNotice(
        error instanceof ApiError && error.isOffline
          ? t('comments.offline')
          : t('comments.failed', { reason: reasonOf(error) }),
      );
    },
    [t],
  );

  const bodyOf = (draft: CommentDraft) => toMarkup(draft.text.trim(), draft.picked);

  return {
    ...snapshot,
    workspaceId,
    documentId,
    canComment: COMMENTER_ROLES.includes(role),
    isFacilitator: role === 'facilitator',
    canAttach: role === 'facilitator' || role === 'editor',
    writerId: user.id,
    members,
    notice,
    dismissNotice: () => setNotice(null),
    async createThread(anchor, quote, draft) {
      await queue.enqueue({
        kind: 'thread',
        clientId: newClientId(),
        documentId,
        anchor,
        quote,
        body: bodyOf(draft),
        queuedAt: new Date().toISOString(),
      });
      void queue.flush();
    },
    async reply(thread, draft) {
      await queue.enqueue({
        kind: 'reply',
        clientId: newClientId(),
        documentId,
        threadId: thread.threadId,
        threadClientId: thread.threadId ? null : thread.clientId,
        body: bodyOf(draft),
        queuedAt: new Date().toISOString(),
      });
      void queue.flush();
    },
    async edit(thread, messageId, draft) {
      if (!thread.threadId) return false;
      try {
        await commentsApi.editMessage(thread.threadId, messageId, bodyOf(draft));
        await store.refresh();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    async remove(thread, messageId) {
      if (!thread.threadId) return;
      try {
        await commentsApi.deleteMessage(thread.threadId, messageId);
        await store.refresh();
      } catch (error) {
        fail(error);
      }
    },
    async setResolved(thread, resolved) {
      if (!thread.threadId) return;
      try {
        const answer = resolved
          ? await commentsApi.resolve(thread.threadId)
          : await commentsApi.reopen(thread.threadId);
        store.replace(answer.thread);
      } catch (error) {
        fail(error);
      }
    },
    markRead(thread) {
      if (thread.threadId && thread.unread) store.markRead(thread.threadId);
    },
  };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
