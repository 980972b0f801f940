import type { PresenceUser } from '@weft/protocol';
import { userColor } from '../collab/userColor.ts';
import { initials } from '../components/PresenceAvatars.tsx';
import { useUser } from '../session/SessionContext.tsx';
import { useLive } from './useLive.ts';
import { useLiveTranslation } from './useLiveTranslation.ts';
import './live.css';

interface PresenceListProps {
  /** Titles of the workspace's documents, to say where each person is. */
  documentTitles: ReadonlyMap<string, string>;
  /** Only these people (e.g. those at a session); everyone online when absent. */
  filter?: (user: PresenceUser) => boolean;
  /** `presence.online` on the workspace page, `session.present` on the session page. */
  testIdPrefix: string;
  followTestId: string;
  emptyText: string;
}

/** Who is online, with their city colour, where they are, and a Follow button for everyone else. */
export function PresenceList({
  documentTitles,
  filter,
  testIdPrefix,
  followTestId,
  emptyText,
}: PresenceListProps) {
  const { t } = useLiveTranslation();
  const me = useUser();
  const { client, live } = useLive();
  const users = filter ? live.users.filter(filter) : live.users;

  if (live.status === 'unavailable' && users.length === 0) {
    return <p className="notice notice--info">{t('online.unavailable')}</p>;
  }
  if (!client || (live.status === 'connecting' && users.length === 0)) {
    return <p className="muted">{t('online.connecting')}</p>;
  }
  if (users.length === 0) {
    return (
      <p className="empty" data-testid={`${testIdPrefix}.empty`}>
        {emptyText}
      </p>
    );
  }
  const where = (u: PresenceUser) => {
    if (u.documentId) {
      const title = documentTitles.get(u.documentId);
      return title ? t('online.inDocument', { title }) : t('online.otherDocument');
    }
    return u.sessionId ? t('online.inSession') : t('online.inWorkspace');
  };
  return (
    <ul className="online-list" data-testid={`${testIdPrefix}.list`}>
      {users.map((u) => {
        const isMe = u.userId === me.id;
        const followed = live.following?.userId === u.userId;
        return (
          <li
            key={u.userId}
            className={`online-list__item${u.activity === 'idle' ? ' online-list__item--idle' : ''}`}
            data-testid={`${testIdPrefix}.user`}
            data-user-name={u.name}
            data-document-id={u.documentId ?? ''}
          >
            <span
              className="avatar"
              style={{ backgroundColor: userColor(u.city ?? '', u.userId) }}
              aria-hidden="true"
            >
              {initials(u.name)}
            </span>
            <div className="online-list__body">
              <span className="online-list__name">
                {u.name}
                {isMe && <span className="muted"> ({t('online.you')})</span>}
                {u.activity === 'idle' && (
                  <span className="badge badge--muted online-list__idle">{t('online.idle')}</span>
                )}
              </span>
              <span className="online-list__where" data-testid={`${testIdPrefix}.location`}>
                {[u.city, where(u)].filter(Boolean).join(' · ')}
              </span>
            </div>
            {!isMe && (
              <div className="online-list__controls">
                <button
                  type="button"
                  className={`button button--small${followed ? ' button--primary' : ''}`}
                  aria-pressed={followed}
                  disabled={followed}
                  data-follow-keep=""
                  data-testid={followTestId}
                  data-user-name={u.name}
                  onClick={() => client.follow({ userId: u.userId, name: u.name })}
                >
                  {followed ? t('follow.following', { name: u.name }) : t('follow.follow', { name: u.name })}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
