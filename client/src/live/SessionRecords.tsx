import type { DocumentMeta, SessionRecordsResponse } from '@weft/protocol';
import { useState } from 'react';
import { canEditDocuments, type Role } from '../api/types.ts';
import { documentPath } from '../app/documentPath.ts';
import { Link } from '../app/router.tsx';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { useQuery } from '../lib/useQuery.ts';
import { useSession } from '../session/SessionContext.tsx';
import { exchangeSessionApi } from './exchangeSessionApi.ts';
import { useLiveTranslation } from './useLiveTranslation.ts';

interface SessionRecordsProps {
  sessionId: string;
  workspaceId: string;
  role: Role;
  documents: readonly DocumentMeta[];
}

/** "End session" for editors, then the versions recorded at the end and the minutes. */
export function SessionRecords({ sessionId, workspaceId, role, documents }: SessionRecordsProps) {
  const { t, language } = useLiveTranslation();
  const { timeZone } = useSession();
  const records = useQuery(`session.${sessionId}.records`, () => exchangeSessionApi.records(sessionId));
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const data: SessionRecordsResponse | undefined = records.data;

  const end = async () => {
    setBusy(true);
    try {
      const ended = await exchangeSessionApi.end(sessionId);
      records.setData(() => ended);
      setConfirming(false);
    } catch (err) {
      setError(t('records.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  if (!data) return null;
  return (
    <section className="card" aria-labelledby="records-heading" data-testid="session.records">
      <h2 id="records-heading">{t('records.title')}</h2>
      {data.endedAt === null ? (
        <>
          <p className="muted">{t('records.notEnded')}</p>
          {canEditDocuments(role) &&
            (confirming ? (
              <div role="alertdialog" aria-labelledby="end-confirm">
                <p id="end-confirm">{t('records.confirmEnd')}</p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy}
                    onClick={() => void end()}
                    // biome-ignore lint/a11y/noAutofocus: the confirmation takes focus so the keyboard lands on it
                    autoFocus
                    data-testid="session.end.confirm"
                  >
                    {t('records.confirm')}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(false)}>
                    {t('records.cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => setConfirming(true)}
                data-testid="session.end"
              >
                {t('records.end')}
              </button>
            ))}
        </>
      ) : (
        <>
          <p data-testid="session.ended">
            {t('records.ended', { when: formatDateTime(data.endedAt, language, timeZone) })}
          </p>
          <p className="session-minutes">
            {t('records.minutes')}:{' '}
            {(['pdf', 'docx', 'md'] as const).map((format) => (
              <a
                key={format}
                className="button button--small"
                href={exchangeSessionApi.minutesUrl(sessionId, format, language)}
                download
                data-testid={`session.minutes.${format}`}
              >
                {format.toUpperCase()}
              </a>
            ))}
          </p>
          {data.records.length === 0 ? (
            <p className="empty">{t('records.none')}</p>
          ) : (
            <ul className="quick-links" data-testid="session.records.list">
              {data.records.map((r) => {
                const doc = documents.find((d) => d.id === r.documentId);
                return (
                  <li key={r.id} data-testid="session.record">
                    {doc ? (
                      <Link to={documentPath(workspaceId, doc.type, doc.id)} className="quick-links__link">
                        <span className={`doc-icon doc-icon--${doc.type}`} aria-hidden="true" />
                        {doc.title} — {r.name}
                      </Link>
                    ) : (
                      r.name
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </section>
  );
}
