import type { ExchangeSession, Workspace } from '@weft/protocol';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../app/router.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Loading } from '../components/Loading.tsx';
import { useQuery } from '../lib/useQuery.ts';
import { CityTimes } from './CityTimes.tsx';
import { exchangeSessionApi } from './exchangeSessionApi.ts';
import { SessionForm } from './SessionForm.tsx';
import { listenOnSocket, onPresent } from './socket.ts';
import { useLiveTranslation } from './useLiveTranslation.ts';
import type { WorkspaceContextData } from './useWorkspaceContext.ts';
import './live.css';

const sessionPath = (workspaceId: string, sessionId: string) =>
  `/workspaces/${encodeURIComponent(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`;

/** The workspace's sessions: when (mine and each city's time), plan, edit, delete, calendar file. */
export function SessionsSection({
  workspace,
  context,
}: {
  workspace: Workspace;
  context: WorkspaceContextData;
}) {
  const { t } = useLiveTranslation();
  const sessions = useQuery(`sessions.${workspace.id}`, () => exchangeSessionApi.list(workspace.id));
  const [editing, setEditing] = useState<'new' | string | null>(null);
  // `reload` is a new function each render; the subscription below must not restart with it.
  const reload = useRef(sessions.reload);
  reload.current = sessions.reload;
  // Someone else planned, moved or deleted a session: the server pushes `sessions:changed`.
  useEffect(() => {
    const offChanged = listenOnSocket('sessions:changed', (change) => {
      if (change.workspaceId === workspace.id) void reload.current();
    });
    // Pushes missed while disconnected: read the list again once this tab is back in the workspace.
    const offPresent = onPresent(workspace.id, () => void reload.current());
    return () => {
      offChanged();
      offPresent();
    };
  }, [workspace.id]);
  const [error, setError] = useState<unknown>(null);
  // Same rule as the server: facilitators and editors plan sessions.
  const canEdit = (workspace.role === 'facilitator' || workspace.role === 'editor') && !workspace.archived;

  const saved = (session: ExchangeSession) => {
    setEditing(null);
    sessions.setData((d) => {
      const others = (d?.sessions ?? []).filter((s) => s.id !== session.id);
      return { sessions: [...others, session].sort((a, b) => a.start.localeCompare(b.start)) };
    });
  };
  const remove = async (session: ExchangeSession) => {
    setError(null);
    try {
      await exchangeSessionApi.remove(session.id);
      sessions.setData((d) => d && { sessions: d.sessions.filter((s) => s.id !== session.id) });
    } catch (err) {
      setError(err);
    }
  };
  const form = (session?: ExchangeSession) => (
    <SessionForm
      workspaceId={workspace.id}
      cities={context.cities}
      documents={context.documents.filter((d) => !d.archived)}
      {...(session ? { session } : {})}
      onSaved={saved}
      onCancel={() => setEditing(null)}
    />
  );

  const list = sessions.data?.sessions ?? [];
  return (
    <section className="card" aria-labelledby="sessions-heading" data-testid="sessions">
      <div className="section-header">
        <h2 id="sessions-heading">{t('sessions.title')}</h2>
        {canEdit && editing === null && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setEditing('new')}
            data-testid="sessions.plan"
          >
            {t('sessions.plan')}
          </button>
        )}
      </div>
      {editing === 'new' && form()}
      <ErrorNotice error={error ?? sessions.error} />
      {sessions.loading && !sessions.data ? (
        <Loading />
      ) : list.length === 0 ? (
        editing !== 'new' && (
          <p className="empty" data-testid="sessions.empty">
            {t('sessions.empty')}
          </p>
        )
      ) : (
        <ul className="session-list" data-testid="sessions.list">
          {list.map((s) =>
            editing === s.id ? (
              <li key={s.id} className="session-list__item">
                {form(s)}
              </li>
            ) : (
              <li
                key={s.id}
                className="session-list__item"
                data-testid="sessions.item"
                data-session-id={s.id}
              >
                <div className="session-list__head">
                  <Link
                    to={sessionPath(workspace.id, s.id)}
                    className="session-list__title"
                    data-testid="sessions.open"
                  >
                    {s.title}
                  </Link>
                  <span className="badge badge--muted">
                    {t('sessions.minutes', { count: s.durationMinutes })}
                  </span>
                </div>
                <CityTimes start={s.start} cities={context.cities} testId="sessions.times" />
                <div className="session-list__actions">
                  <Link to={sessionPath(workspace.id, s.id)} className="button button--small button--primary">
                    {t('sessions.open')}
                  </Link>
                  <a
                    className="button button--small button--ghost"
                    href={exchangeSessionApi.icsUrl(s.id)}
                    download
                    aria-label={t('sessions.icsLabel', { title: s.title })}
                    data-testid="sessions.ics"
                  >
                    {t('sessions.ics')}
                  </a>
                  {canEdit && (
                    <>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        onClick={() => setEditing(s.id)}
                        aria-label={t('sessions.editLabel', { title: s.title })}
                        data-testid="sessions.edit"
                      >
                        {t('sessions.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        onClick={() => void remove(s)}
                        aria-label={t('sessions.deleteLabel', { title: s.title })}
                        data-testid="sessions.delete"
                      >
                        {t('sessions.delete')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
