import type { CommentAnchor, Role } from '@weft/protocol';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from '../app/router.tsx';
import { CommentAnnouncer } from './CommentAnnouncer.tsx';
import { CommentIcon } from './CommentIcon.tsx';
import { CommentsPanel } from './CommentsPanel.tsx';
import { sameAnchor } from './sameAnchor.ts';
import { useCommentsTranslation } from './useCommentsTranslation.ts';
import { type DocumentComments, useDocumentComments } from './useDocumentComments.ts';
import './comments.css';

interface Opened {
  anchor: CommentAnchor;
  /** The item title or shape text, kept as the thread's quote. */
  quote: string;
}

interface ThreadsContext {
  comments: DocumentComments;
  openThreadsFor(anchor: CommentAnchor, quote: string): void;
}

const Context = createContext<ThreadsContext | null>(null);

interface DocumentCommentsProviderProps {
  workspaceId: string;
  documentId: string;
  role: Role;
  children: ReactNode;
}

/**
 * Comments of an action plan or a whiteboard: wrap the editor in it, put a `CommentBadge` on each
 * item or shape, and call `useOpenThreadsFor()(anchor, quote)` to show that anchor's threads in a
 * side drawer (with a box for a new thread). `?thread=<id>` links from the inbox open the drawer.
 */
export function DocumentCommentsProvider({
  workspaceId,
  documentId,
  role,
  children,
}: DocumentCommentsProviderProps) {
  const tr = useCommentsTranslation();
  const comments = useDocumentComments(workspaceId, documentId, role);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [params] = useSearchParams();
  const linked = params.get('thread');

  useEffect(() => {
    const thread = linked ? comments.threads.find((t) => t.threadId === linked) : undefined;
    if (!thread) return;
    setOpened({ anchor: thread.anchor, quote: thread.quote });
    setActiveKey(thread.key);
  }, [linked, comments.threads]);

  const active = comments.threads.find((t) => t.key === activeKey);
  const { markRead } = comments;
  useEffect(() => {
    if (active?.unread) markRead(active);
  }, [active, markRead]);

  const value = useMemo<ThreadsContext>(
    () => ({
      comments,
      openThreadsFor: (anchor, quote) => {
        setOpened({ anchor, quote });
        setActiveKey(null);
      },
    }),
    [comments],
  );

  const threads = opened ? comments.threads.filter((t) => sameAnchor(t.anchor, opened.anchor)) : [];
  return (
    <Context.Provider value={value}>
      {children}
      <CommentAnnouncer comments={comments} tr={tr} />
      {opened && (
        <div className="comments-drawer">
          <CommentsPanel
            comments={comments}
            tr={tr}
            threads={threads}
            activeKey={activeKey}
            onActivate={setActiveKey}
            anchorStateOf={() => 'ok'}
            title={tr.t('comments.itemThread', { quote: opened.quote })}
            composer={{
              quote: opened.quote,
              onSubmit: (draft) => void comments.createThread(opened.anchor, opened.quote, draft),
              onCancel: () => setOpened(null),
            }}
            onClose={() => setOpened(null)}
          />
        </div>
      )}
    </Context.Provider>
  );
}

/** `openThreadsFor(anchor, quote)`: shows the threads of a plan item or shape. */
export function useOpenThreadsFor(): (anchor: CommentAnchor, quote: string) => void {
  const context = useContext(Context);
  if (!context) throw new Error('useOpenThreadsFor outside <DocumentCommentsProvider>');
  return context.openThreadsFor;
}

/** A count of open threads on an item or shape (marked when unread); opens them on click. */
export function CommentBadge({ anchor, quote }: { anchor: CommentAnchor; quote: string }) {
  const context = useContext(Context);
  const { t } = useCommentsTranslation();
  if (!context) return null;
  const threads = context.comments.threads.filter((th) => !th.resolved && sameAnchor(th.anchor, anchor));
  const unread = threads.some((th) => th.unread);
  return (
    <button
      type="button"
      className={`comment-badge${unread ? ' comment-badge--unread' : ''}${threads.length === 0 ? ' comment-badge--empty' : ''}`}
      aria-label={t('comments.count', { count: threads.length })}
      onClick={(e) => {
        e.stopPropagation();
        context.openThreadsFor(anchor, quote);
      }}
      data-testid="comments.badge"
      data-count={threads.length}
      data-unread={unread ? 'true' : 'false'}
    >
      <CommentIcon size={14} />
      {threads.length > 0 && <span>{threads.length}</span>}
    </button>
  );
}

/** The threads of the document (e.g. to badge only the shapes that have some). */
export function useCommentThreads(): DocumentComments['threads'] {
  return useContext(Context)?.comments.threads ?? NO_THREADS;
}

const NO_THREADS: DocumentComments['threads'] = [];
