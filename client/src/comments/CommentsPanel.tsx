import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ThreadItem } from './createThreadStore.ts';
import { joinText } from './FileAttachment.tsx';
import { MentionTextarea } from './MentionTextarea.tsx';
import { type AnchorState, ThreadCard } from './ThreadCard.tsx';
import type { CommentsTranslation } from './useCommentsTranslation.ts';
import type { CommentDraft, DocumentComments } from './useDocumentComments.ts';
import { useSheetFocus } from './useSheetFocus.ts';
import './comments.css';

// Attaching uploads a file: that code loads when the composer is open, not with the note.
const AttachFileButton = lazy(() =>
  import('./AttachFileButton.tsx').then((m) => ({ default: m.AttachFileButton })),
);

export interface NewThreadComposer {
  quote: string;
  onSubmit(draft: CommentDraft): void;
  onCancel(): void;
}

interface CommentsPanelProps {
  comments: DocumentComments;
  tr: CommentsTranslation;
  threads: readonly ThreadItem[];
  activeKey: string | null;
  onActivate(key: string): void;
  anchorStateOf(thread: ThreadItem): AnchorState;
  composer: NewThreadComposer | null;
  onClose(): void;
  /** Replaces "Comments" when the panel shows one item's threads. */
  title?: string;
}

type Filter = 'open' | 'resolved';

/** The side panel (a bottom sheet on phones) of threads: open/resolved filter, a new-thread box, threads oldest first. */
export function CommentsPanel(props: CommentsPanelProps) {
  const { comments, tr, threads, activeKey, composer } = props;
  const { t } = tr;
  const [filter, setFilter] = useState<Filter>('open');
  const [draft, setDraft] = useState<CommentDraft>({ text: '', picked: [] });
  const active = threads.find((th) => th.key === activeKey);

  // Opening a resolved thread (from a link or a highlight) shows the list it is in.
  useEffect(() => {
    if (active) setFilter(active.resolved ? 'resolved' : 'open');
  }, [active?.key, active?.resolved, active]);

  const shown = threads.filter((th) => th.resolved === (filter === 'resolved'));
  const openCount = threads.filter((th) => !th.resolved).length;

  const panel = useRef<HTMLElement>(null);
  const onCloseRef = useRef(props.onClose);
  onCloseRef.current = props.onClose;
  useSheetFocus(panel, () => onCloseRef.current());
  // Threads shown when a new one was sent: once the list grows, the new thread takes focus.
  const sentWith = useRef<number | null>(null);
  const composing = composer !== undefined && composer !== null;
  const wasComposing = useRef(composing);
  // Sending or cancelling removes the comment box: focus goes to the panel's heading (and on to
  // the new thread when it appears), never to the page.
  useEffect(() => {
    const closed = wasComposing.current && !composing;
    wasComposing.current = composing;
    const active = document.activeElement;
    if (closed && (!active || active === document.body))
      panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [composing]);
  useEffect(() => {
    const count = sentWith.current;
    if (count === null || shown.length <= count) return;
    sentWith.current = null;
    const active = document.activeElement;
    const heading = panel.current?.querySelector('h2');
    if (active && active !== document.body && active !== heading) return;
    const quotes = panel.current?.querySelectorAll<HTMLElement>('.thread__quote');
    quotes?.[quotes.length - 1]?.focus();
  });

  const submit = () => {
    if (!composer || draft.text.trim() === '') return;
    sentWith.current = shown.length;
    composer.onSubmit(draft);
    setDraft({ text: '', picked: [] });
  };

  return (
    <aside
      ref={panel}
      className="comments-panel"
      aria-label={t('comments.panelLabel')}
      data-testid="comments.panel"
    >
      <header className="comments-panel__head">
        <h2 className="comments-panel__title" tabIndex={-1}>
          {props.title ?? t('comments.title')}
        </h2>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={props.onClose}
          aria-label={t('comments.close')}
          data-testid="comments.close"
        >
          ✕
        </button>
      </header>
      <fieldset className="segmented" aria-label={t('comments.filterLabel')}>
        <button
          type="button"
          aria-pressed={filter === 'open'}
          onClick={() => setFilter('open')}
          data-testid="comments.filter.open"
        >
          {t('comments.filterOpen')} ({openCount})
        </button>
        <button
          type="button"
          aria-pressed={filter === 'resolved'}
          onClick={() => setFilter('resolved')}
          data-testid="comments.filter.resolved"
        >
          {t('comments.filterResolved')} ({threads.length - openCount})
        </button>
      </fieldset>
      {comments.notice && (
        <p className="notice notice--error comments-panel__notice" role="alert" data-testid="comments.notice">
          {comments.notice}{' '}
          <button type="button" className="link-button" onClick={comments.dismissNotice}>
            {t('comments.dismiss')}
          </button>
        </p>
      )}
      {comments.stale && <p className="muted comments-panel__stale">{t('comments.stale')}</p>}
      {!comments.canComment && (
        <p className="muted comments-panel__stale" data-testid="comments.readOnly">
          {t('comments.readOnly')}
        </p>
      )}
      {composer && comments.canComment && (
        <section
          className="thread thread--new"
          aria-label={t('comments.newTitle')}
          data-testid="comments.new"
        >
          <p className="thread__quote thread__quote--static">“{composer.quote}”</p>
          <MentionTextarea
            draft={draft}
            onChange={setDraft}
            onSubmit={submit}
            onCancel={composer.onCancel}
            members={comments.members}
            label={t('comments.newTitle')}
            listLabel={t('comments.mentionList')}
            placeholder={t('comments.placeholder')}
            testId="comments.new.body"
            autoFocus
          />
          <div className="thread__actions">
            <button
              type="button"
              className="button button--small button--primary"
              disabled={draft.text.trim() === ''}
              onClick={submit}
              data-testid="comments.new.submit"
            >
              {t('comments.send')}
            </button>
            <button type="button" className="button button--small" onClick={composer.onCancel}>
              {t('comments.cancel')}
            </button>
            {comments.canAttach && (
              <Suspense fallback={null}>
                <AttachFileButton
                  workspaceId={comments.workspaceId}
                  tr={tr}
                  onAttached={(markup) => setDraft((d) => ({ ...d, text: joinText(d.text, markup) }))}
                  testId="comments.new.attach"
                />
              </Suspense>
            )}
          </div>
        </section>
      )}
      <div className="comments-panel__list">
        {shown.length === 0 && !composer && (
          <p className="muted comments-panel__empty">
            {filter === 'resolved'
              ? t('comments.emptyResolved')
              : t(comments.canComment ? 'comments.emptyOpen' : 'comments.emptyOpenReadOnly')}
          </p>
        )}
        {shown.map((thread) => (
          <ThreadCard
            key={thread.cardKey ?? thread.key}
            thread={thread}
            comments={comments}
            tr={tr}
            active={thread.key === activeKey}
            anchorState={props.anchorStateOf(thread)}
            onActivate={() => props.onActivate(thread.key)}
          />
        ))}
      </div>
    </aside>
  );
}
