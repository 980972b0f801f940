import { useState } from 'react';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StaleNotice } from '../../components/StaleNotice.tsx';
import { AgendaGoTo, AgendaNowBadge } from '../../facilitation/AgendaGoTo.tsx';
import { HandsPanel } from '../../facilitation/HandsPanel.tsx';
import { ReactionBar } from '../../facilitation/ReactionBar.tsx';
import { SessionTimerPanel } from '../../facilitation/SessionTimerPanel.tsx';
import { useFacilitation } from '../../facilitation/useFacilitation.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { CityTimes } from '../../live/CityTimes.tsx';
import { exchangeSessionApi } from '../../live/exchangeSessionApi.ts';
import { OverlapHint } from '../../live/OverlapHint.tsx';
import { PresenceList } from '../../live/PresenceList.tsx';
import { SessionRecords } from '../../live/SessionRecords.tsx';
import { useLiveTranslation } from '../../live/useLiveTranslation.ts';
import { useWorkspaceContext } from '../../live/useWorkspaceContext.ts';
import { toWallClock } from '../../live/wallClock.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { documentPath } from '../documentPath.ts';
import { Link, useParams } from '../router.tsx';
import '../../live/live.css';
import '../../facilitation/facilitation.css';
import { usePageTitle } from '../usePageTitle.ts';

/** Only http(s) links become "Join call" (the server refuses others too). */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
const dateIn = (iso: string, zone: string) => toWallClock(iso, zone).date;

/**
 * The live session: the shared timer, agenda, raised hands and reactions, who is present (with
 * Follow buttons), quick links to its documents.
 */
export function SessionPage() {
  const { t } = useLiveTranslation();
  const { timeZone, state: signIn } = useSession();
  const { workspaceId = '', sessionId = '' } = useParams();
  const session = useQuery(`session.${sessionId}`, () => exchangeSessionApi.get(sessionId));
  const ws = useQuery(`workspace.${workspaceId}`, () => weftApi.getWorkspace(workspaceId));
  const context = useWorkspaceContext(ws.data?.workspace ?? null);
  usePageTitle(session.data?.session.title, ws.data?.workspace.title);
  const facilitation = useFacilitation(workspaceId, sessionId);
  const [currentItem, setCurrentItem] = useState<number | null>(null);

  if (session.loading && !session.data) return <Loading />;
  if (!session.data) return <ErrorNotice error={session.error} />;
  const s = session.data.session;
  const linked = s.documentIds.flatMap((id) => {
    const doc = context.documents.find((d) => d.id === id);
    return doc ? [doc] : [];
  });
  const here = new Set(s.documentIds);
  // Facilitators run the meeting (timer, answering hands); editors plan it. Same rule as the server.
  const isFacilitator = session.data.role === 'facilitator';

  return (
    <div className="page session-page">
      <nav aria-label={t('session.back')}>
        <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`} data-testid="session.back">
          ← {t('session.back')}
        </Link>
      </nav>
      <header className="page__header">
        <p className="eyebrow">
          {t('session.eyebrow')}
          {ws.data && ` · ${ws.data.workspace.title}`}
        </p>
        <h1 data-testid="session.title">{s.title}</h1>
        <CityTimes start={s.start} cities={context.cities} />
        <p className="muted">{t('sessions.minutes', { count: s.durationMinutes })}</p>
        {s.videoUrl && isWebUrl(s.videoUrl) && (
          <p>
            <a
              className="button button--primary"
              href={s.videoUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="session.joinCall"
            >
              {t('video.join')}
            </a>
          </p>
        )}
        <OverlapHint date={dateIn(s.start, timeZone)} cities={context.cities} />
      </header>
      {(session.stale || ws.stale) && <StaleNotice />}
      <div className="columns">
        <div className="columns__main">
          {facilitation.state && (
            <SessionTimerPanel
              sessionId={s.id}
              agenda={s.agenda}
              state={facilitation.state}
              offset={facilitation.offset}
              canControl={isFacilitator}
              apply={facilitation.apply}
              onCurrentItem={setCurrentItem}
            />
          )}
          <section className="card" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{t('session.agenda')}</h2>
            {s.agenda.length === 0 ? (
              <p className="empty">{t('session.noAgenda')}</p>
            ) : (
              <ol className="agenda" data-testid="session.agenda">
                {s.agenda.map((item, index) => (
                  <li
                    key={item.id}
                    className={`agenda__item${index === currentItem ? ' agenda__item--current' : ''}`}
                    aria-current={index === currentItem ? 'step' : undefined}
                    data-testid="session.agenda.item"
                  >
                    <span className="agenda__title">{item.title}</span>
                    <span className="agenda__meta">
                      {index === currentItem && <AgendaNowBadge />}
                      <span className="badge badge--muted">
                        {t('sessions.minutes', { count: item.minutes })}
                      </span>
                      {item.owner && (
                        <span data-testid="session.agenda.owner">
                          {t('session.owner', { owner: item.owner })}
                        </span>
                      )}
                      {isFacilitator && index !== currentItem && facilitation.state && (
                        <AgendaGoTo
                          sessionId={s.id}
                          index={index}
                          title={item.title}
                          apply={facilitation.apply}
                        />
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section className="card" aria-labelledby="session-docs-heading">
            <h2 id="session-docs-heading">{t('session.documents')}</h2>
            {linked.length === 0 ? (
              <p className="empty">{t('session.noDocuments')}</p>
            ) : (
              <ul className="quick-links" data-testid="session.documents">
                {linked.map((d) => (
                  <li key={d.id}>
                    <Link
                      to={documentPath(workspaceId, d.type, d.id)}
                      className="quick-links__link"
                      data-testid="session.document.link"
                    >
                      <span className={`doc-icon doc-icon--${d.type}`} aria-hidden="true" />
                      {d.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="columns__side">
          {facilitation.state && signIn.user && (
            <HandsPanel
              sessionId={s.id}
              state={facilitation.state}
              myUserId={signIn.user.id}
              isFacilitator={isFacilitator}
              apply={facilitation.apply}
            />
          )}
          <ReactionBar sessionId={s.id} reactions={facilitation.reactions} />
          <SessionRecords
            sessionId={s.id}
            workspaceId={workspaceId}
            role={session.data.role}
            documents={context.documents}
          />
          <section className="card" aria-labelledby="present-heading" data-testid="session.present">
            <h2 id="present-heading">{t('session.present')}</h2>
            <p className="muted follow-hint">{t('follow.hint')}</p>
            <PresenceList
              documentTitles={context.documentTitles}
              filter={(u) => u.sessionId === s.id || (u.documentId !== null && here.has(u.documentId))}
              testIdPrefix="session.present"
              followTestId="session.follow"
              emptyText={t('session.nobody')}
            />
          </section>
        </div>
      </div>
    </div>
  );
}
