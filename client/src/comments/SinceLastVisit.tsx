import type { ActivityEvent, ActivityResponse, ActivityType } from '@weft/protocol';
import { useEffect, useState } from 'react';
import type { DocumentKind } from '../api/types.ts';
import { weftApi } from '../api/weftApi.ts';
import { documentPath } from '../app/documentPath.ts';
import { Link } from '../app/router.tsx';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { useSession } from '../session/SessionContext.tsx';
import { commentsApi } from './commentsApi.ts';
import type { CommentsStrings } from './strings/en.ts';
import { TimeAgo } from './TimeAgo.tsx';
import { type CommentsTranslation, useCommentsTranslation } from './useCommentsTranslation.ts';
import './comments.css';

const TYPE_KEY: Record<ActivityType, keyof CommentsStrings['activity']['type']> = {
  'thread.created': 'threadCreated',
  'comment.replied': 'commentReplied',
  'thread.resolved': 'threadResolved',
  'document.created': 'documentCreated',
  'plan.changed': 'planChanged',
  'plan.signedOff': 'planSignedOff',
};

const ICON: Record<ActivityType, string> = {
  'thread.created': '❝',
  'comment.replied': '↩',
  'thread.resolved': '✓',
  'document.created': '+',
  'plan.changed': '✎',
  'plan.signedOff': '✔',
};

/**
 * "Since your last visit": other members' comments, plan changes, sign-offs and new documents
 * after the reader's previous visit; the visit is recorded once the feed has been shown.
 */
export function SinceLastVisit({ workspaceId }: { workspaceId: string }) {
  const { t, language } = useCommentsTranslation();
  const { timeZone } = useSession();
  const [feed, setFeed] = useState<ActivityResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [kinds, setKinds] = useState<ReadonlyMap<string, DocumentKind>>(new Map());

  // Events name documents by id; the route depends on the document's type.
  useEffect(() => {
    let cancelled = false;
    weftApi.listDocuments(workspaceId).then(
      ({ documents }) => {
        if (!cancelled) setKinds(new Map(documents.map((d) => [d.id, d.type])));
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [workspaceId]);

  useEffect(() => {
    let cancelled = false;
    commentsApi.activity(workspaceId).then(
      (answer) => {
        // Under StrictMode the first run is cancelled before either answer; only the kept run records the visit.
        if (cancelled) return;
        setFeed(answer);
        commentsApi.visit(workspaceId).catch(() => undefined);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workspaceId]);

  if (failed) return null;
  return (
    <section className="card activity" aria-labelledby="activity-heading" data-testid="activity.feed">
      <h2 id="activity-heading">{feed?.since === null ? t('activity.titleFirst') : t('activity.title')}</h2>
      {feed?.since && (
        <p className="muted activity__since" data-testid="activity.since">
          {t('activity.lastVisit', { time: formatDateTime(feed.since, language, timeZone) })}
        </p>
      )}
      {feed && feed.events.length === 0 && (
        <p className="muted" data-testid="activity.empty">
          {t('activity.empty')}
        </p>
      )}
      {feed && feed.events.length > 0 && (
        <ul className="activity__list">
          {feed.events.map((event) => (
            <ActivityItem
              key={event.id}
              event={event}
              path={pathOf(workspaceId, event, kinds)}
              t={t}
              language={language}
            />
          ))}
        </ul>
      )}
      {feed?.truncated && <p className="muted">{t('activity.truncated')}</p>}
    </section>
  );
}

function pathOf(
  workspaceId: string,
  event: ActivityEvent,
  kinds: ReadonlyMap<string, DocumentKind>,
): string | null {
  const kind = event.documentId ? kinds.get(event.documentId) : undefined;
  if (!event.documentId || !kind) return null;
  const base = documentPath(workspaceId, kind, event.documentId);
  return event.threadId ? `${base}?thread=${encodeURIComponent(event.threadId)}` : base;
}

interface ActivityItemProps {
  event: ActivityEvent;
  path: string | null;
  t: CommentsTranslation['t'];
  language: string;
}

function ActivityItem({ event, path, t, language }: ActivityItemProps) {
  const document = event.documentTitle ?? '';
  const text = t(`activity.type.${TYPE_KEY[event.type]}`, {
    name: event.actorName ?? t('activity.someone'),
    document,
  });
  return (
    <li className="activity__item" data-testid="activity.item" data-type={event.type}>
      <span className="activity__icon" aria-hidden="true">
        {ICON[event.type]}
      </span>
      <span className="activity__body">
        <span>
          {path ? <Link to={path}>{text}</Link> : text}
          {' · '}
          <TimeAgo iso={event.at} language={language} />
        </span>
        {event.summary && event.summary !== document && (
          <span className="activity__summary">{event.summary}</span>
        )}
      </span>
    </li>
  );
}
