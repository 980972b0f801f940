import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ThreadItem } from './createThreadStore.ts';
import { joinText } from './FileAttachment.tsx';
import { MentionTextarea } from './MentionTextarea.tsx';
import { MessageView } from './MessageView.tsx';
import type { CommentsTranslation } from './useCommentsTranslation.ts';
import type { CommentDraft, DocumentComments } from './useDocumentComments.ts';

// Attaching uploads a file: that code loads when the composer is open, not with the note.
const AttachFileButton = lazy(() =>
  import('./AttachFileButton.tsx').then((m) => ({ default: m.AttachFileButton })),
);

/** Where a thread's anchor is now: marks text, or why not (the quote is shown instead). */
export type AnchorState = 'ok' | 'deleted' | 'missing';

interface ThreadCardProps {
  thread: ThreadItem;
  comments: DocumentComments;
  tr: CommentsTranslation;
  active: boolean;
  anchorState: AnchorState;
  onActivate(): void;
}

const emptyDraft: CommentDraft = { text: '', picked: [] };

/** One thread in the side panel: quote, messages, reply box, resolve/reopen. */
export function ThreadCard({ thread, comments, tr, active, anchorState, onActivate }: ThreadCardProps) {
  const { t } = tr;
  const [draft, setDraft] = useState<CommentDraft>(emptyDraft);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [active]);

  const send = async () => {
    if (draft.text.trim() === '') return;
    const sent = draft;
    setDraft(emptyDraft);
    await comments.reply(thread, sent);
  };

  const classes = ['thread'];
  if (active) classes.push('thread--active');
  if (thread.unread) classes.push('thread--unread');
  if (thread.resolved) classes.push('thread--resolved');

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the quote button is the keyboard way in
    <article
      ref={ref}
      className={classes.join(' ')}
      aria-label={t('comments.thread', { quote: thread.quote })}
      onClick={onActivate}
      data-testid="comments.thread"
      data-thread-id={thread.threadId ?? ''}
      data-unread={thread.unread ? 'true' : 'false'}
      data-resolved={thread.resolved ? 'true' : 'false'}
      data-pending={thread.pending ? 'true' : 'false'}
      data-anchor-state={anchorState}
    >
      <div className="thread__head">
        <button
          type="button"
          className="thread__quote"
          onClick={onActivate}
          aria-expanded={active}
          data-testid="comments.thread.quote"
        >
          “{thread.quote}”
        </button>
        {thread.unread && (
          <span className="badge badge--alert" data-testid="comments.thread.unread">
            {t('comments.unread')}
          </span>
        )}
        {thread.resolved && <span className="badge badge--muted">{t('comments.resolved')}</span>}
      </div>
      {anchorState !== 'ok' && (
        <p className="thread__removed" data-testid="comments.thread.removed">
          {t(anchorState === 'missing' ? 'comments.textMissing' : 'comments.textRemoved')}
        </p>
      )}
      <ol className="thread__messages">
        {thread.messages.map((m) => (
          <MessageView key={m.id} thread={thread} message={m} comments={comments} tr={tr} />
        ))}
      </ol>
      {active && comments.canComment && (
        <div className="thread__reply">
          <MentionTextarea
            draft={draft}
            onChange={setDraft}
            onSubmit={() => void send()}
            members={comments.members}
            label={t('comments.reply')}
            listLabel={t('comments.mentionList')}
            placeholder={t('comments.replyPlaceholder')}
            testId="comments.reply"
          />
          <div className="thread__actions">
            <button
              type="button"
              className="button button--small button--primary"
              disabled={draft.text.trim() === ''}
              onClick={() => void send()}
              data-testid="comments.reply.send"
            >
              {t('comments.reply')}
            </button>
            {comments.canAttach && (
              <Suspense fallback={null}>
                <AttachFileButton
                  workspaceId={comments.workspaceId}
                  tr={tr}
                  onAttached={(markup) => setDraft((d) => ({ ...d, text: joinText(d.text, markup) }))}
                  testId="comments.reply.attach"
                />
              </Suspense>
            )}
            {thread.threadId && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void comments.setResolved(thread, !thread.resolved)}
                data-testid={thread.resolved ? 'comments.reopen' : 'comments.resolve'}
              >
                {t(thread.resolved ? 'comments.reopen' : 'comments.resolve')}
              </button>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
