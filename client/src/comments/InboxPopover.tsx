import type { InboxResponse } from '@weft/protocol';
import { useEffect, useState } from 'react';
import { documentPath } from '../app/documentPath.ts';
import { Link } from '../app/router.tsx';
import { commentsApi } from './commentsApi.ts';
import { TimeAgo } from './TimeAgo.tsx';
import type { CommentsTranslation } from './useCommentsTranslation.ts';

const threadLink = (p: {
  workspaceId: string;
  documentType: InboxResponse['threads'][number]['documentType'];
  documentId: string;
  threadId: string;
}) => `${documentPath(p.workspaceId, p.documentType, p.documentId)}?thread=${encodeURIComponent(p.threadId)}`;

interface InboxPopoverProps {
  tr: CommentsTranslation;
  /** Bumped when the counts move, so an open inbox refetches. */
  version: number;
  onNavigate(): void;
}

/** Unread threads and mentions across the user's workspaces, each linking to its thread. */
export function InboxPopover({ tr, version, onNavigate }: InboxPopoverProps) {
  const { t, language } = tr;
  const [inbox, setInbox] = useState<InboxResponse | null>(null);
  const [failed, setFailed] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the refetch trigger
  useEffect(() => {
    let cancelled = false;
    commentsApi.inbox().then(
      (answer) => {
        if (cancelled) return;
        setInbox(answer);
        setFailed(false);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [version]);

  const empty = inbox !== null && inbox.threads.length === 0 && inbox.mentions.length === 0;
  return (
    <section
      className="inbox-popover"
      aria-label={t('inbox.title')}
      data-testid="inbox.popover"
      tabIndex={-1}
    >
      <h2 className="inbox-popover__title">{t('inbox.title')}</h2>
      {failed && <p className="muted">{t('inbox.error')}</p>}
      {!inbox && !failed && <p className="muted">…</p>}
      {empty && (
        <p className="muted" data-testid="inbox.empty">
          {t('inbox.empty')}
        </p>
      )}
      {inbox && inbox.mentions.length > 0 && (
        <>
          <h3 className="inbox-popover__heading">{t('inbox.mentions')}</h3>
          <ul className="inbox-list">
            {inbox.mentions.map((m) => (
              <li key={m.messageId}>
                <Link
                  to={threadLink(m)}
                  onClick={onNavigate}
                  className="inbox-item"
                  data-testid="inbox.mention"
                >
                  <span className="inbox-item__top">
                    <strong>{t('inbox.mentionedYou', { name: m.authorName })}</strong>
                    <TimeAgo iso={m.at} language={language} />
                  </span>
                  <span className="inbox-item__excerpt">{m.excerpt}</span>
                  <span className="inbox-item__place">
                    {m.documentTitle} · {m.workspaceTitle}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {inbox && inbox.threads.length > 0 && (
        <>
          <h3 className="inbox-popover__heading">{t('inbox.threads')}</h3>
          <ul className="inbox-list">
            {inbox.threads.map((th) => (
              <li key={th.threadId}>
                <Link
                  to={threadLink(th)}
                  onClick={onNavigate}
                  className="inbox-item"
                  data-testid="inbox.thread"
                >
                  <span className="inbox-item__top">
                    <strong>{th.latestAuthorName}</strong>
                    <span className="badge badge--alert">
                      {t('inbox.newMessages', { count: th.unreadMessages })}
                    </span>
                    <TimeAgo iso={th.latestAt} language={language} />
                  </span>
                  <span className="inbox-item__quote">“{th.quote}”</span>
                  <span className="inbox-item__excerpt">{th.latestExcerpt}</span>
                  <span className="inbox-item__place">
                    {th.documentTitle} · {th.workspaceTitle}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
