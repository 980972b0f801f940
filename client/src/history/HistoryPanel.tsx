import type { Version } from '@weft/protocol';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { focusFirstIn } from '../components/useReturnFocus.ts';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { useSession } from '../session/SessionContext.tsx';
import type { HistoryButtonProps } from './HistoryButton.tsx';
import { historyApi } from './historyApi.ts';
import { useHistoryTranslation } from './useHistoryTranslation.ts';
import './history.css';

const NoteVersionPreview = lazy(() =>
  import('./NoteVersionPreview.tsx').then((m) => ({ default: m.NoteVersionPreview })),
);
const PlanVersionPreview = lazy(() =>
  import('./PlanVersionPreview.tsx').then((m) => ({ default: m.PlanVersionPreview })),
);
const BoardVersionPreview = lazy(() =>
  import('./BoardVersionPreview.tsx').then((m) => ({ default: m.BoardVersionPreview })),
);

/** Server-side export formats of a version, per document type (boards add SVG/PNG in the preview). */
const EXPORTS: Record<HistoryButtonProps['kind'], readonly string[]> = {
  note: ['md', 'json'],
  actionPlan: ['pdf', 'docx', 'md', 'csv', 'json'],
  whiteboard: ['json'],
};

interface Preview {
  version: Version;
  state: Uint8Array;
}

/** The version list of a document: name one, preview and compare, export, restore. */
export function HistoryPanel({
  documentId,
  kind,
  title,
  canEdit,
  liveDoc,
  onClose,
}: HistoryButtonProps & { onClose(): void }) {
  const { t, language } = useHistoryTranslation();
  const { timeZone } = useSession();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Version | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const panel = useRef<HTMLElement>(null);

  // The strings change identity with each render; the list is fetched per document only.
  const tRef = useRef(t);
  tRef.current = t;
  const reload = useCallback(async () => {
    try {
      setVersions((await historyApi.list(documentId)).versions);
    } catch (err) {
      setStatus(tRef.current('failed', { message: (err as Error).message }));
    }
  }, [documentId]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => focusFirstIn(panel.current), []);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await work());
      await reload();
    } catch (err) {
      setStatus(t('failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    void run(async () => {
      const { version } = await historyApi.create(documentId, trimmed);
      setName('');
      return t('saved', { name: version.name });
    });
  };

  const restore = (version: Version) =>
    void run(async () => {
      const { kept } = await historyApi.restore(documentId, version.id);
      setConfirming(null);
      setPreview(null);
      return t('restored', { name: version.name, kept: kept.name });
    });

  const open = async (version: Version) => {
    try {
      setPreview({ version, state: await historyApi.state(documentId, version) });
    } catch (err) {
      setStatus(t('failed', { message: (err as Error).message }));
    }
  };

  return (
    <aside
      ref={panel}
      className="history-panel"
      aria-labelledby="history-title"
      data-testid="history.panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="history-panel__header">
        <h2 id="history-title">{t('title')}</h2>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={onClose}
          aria-label={t('close')}
          data-testid="history.close"
        >
          ×
        </button>
      </header>
      <p className="history-panel__status" role="status" data-testid="history.status">
        {status}
      </p>
      {canEdit && (
        <form className="history-panel__name" onSubmit={save}>
          <label htmlFor="history-name">{t('nameLabel')}</label>
          <div className="history-panel__name-row">
            <input
              id="history-name"
              value={name}
              maxLength={200}
              placeholder={t('namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
              data-testid="history.name"
            />
            <button
              type="submit"
              className="button button--primary button--small"
              disabled={busy || !name.trim()}
              data-testid="history.save"
            >
              {t('save')}
            </button>
          </div>
        </form>
      )}
      {preview && (
        <section className="history-preview" aria-label={t('previewTitle', { name: preview.version.name })}>
          <div className="history-preview__bar">
            <h3>{t('previewTitle', { name: preview.version.name })}</h3>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setPreview(null)}
              data-testid="history.closePreview"
            >
              {t('closePreview')}
            </button>
          </div>
          <Suspense fallback={<p>{t('loading')}</p>}>
            {kind === 'note' && <NoteVersionPreview state={preview.state} liveDoc={liveDoc} t={t} />}
            {kind === 'actionPlan' && (
              <PlanVersionPreview
                state={preview.state}
                liveDoc={liveDoc}
                versionName={preview.version.name}
              />
            )}
            {kind === 'whiteboard' && (
              <BoardVersionPreview state={preview.state} fileName={`${title} — ${preview.version.name}`} />
            )}
          </Suspense>
        </section>
      )}
      {versions === null ? (
        <p>{t('loading')}</p>
      ) : versions.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ol className="history-list" data-testid="history.list">
          {versions.map((v) => (
            <li key={v.id} className="history-item" data-testid="history.item" data-kind={v.kind}>
              <div className="history-item__head">
                <span className={`history-kind history-kind--${v.kind}`}>{t(`kind.${v.kind}`)}</span>
                <strong className="history-item__name">{v.name}</strong>
              </div>
              <div className="muted history-item__meta">
                <time dateTime={v.createdAt}>{formatDateTime(v.createdAt, language, timeZone)}</time>
                {' · '}
                {v.createdByName ? t('by', { name: v.createdByName }) : t('byServer')}
              </div>
              <div className="history-item__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void open(v)}
                  aria-label={`${t('preview')}: ${v.name}`}
                  data-testid="history.preview"
                >
                  {t('preview')}
                </button>
                <details className="history-export">
                  <summary className="button button--small">{t('export')}</summary>
                  <ul>
                    {EXPORTS[kind].map((format) => (
                      <li key={format}>
                        <a
                          href={historyApi.exportUrl(documentId, v.id, format)}
                          download
                          aria-label={t('exportAs', { name: v.name, format: format.toUpperCase() })}
                        >
                          {format.toUpperCase()}
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
                {canEdit && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    onClick={() => setConfirming(v)}
                    aria-label={`${t('restore')}: ${v.name}`}
                    data-testid="history.restore"
                  >
                    {t('restore')}
                  </button>
                )}
              </div>
              {confirming?.id === v.id && (
                <div className="history-confirm" role="alertdialog" aria-labelledby={`confirm-${v.id}`}>
                  <p id={`confirm-${v.id}`}>{t('confirmRestore', { name: v.name })}</p>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--danger button--small"
                      disabled={busy}
                      onClick={() => restore(v)}
                      // biome-ignore lint/a11y/noAutofocus: the confirmation takes focus so the keyboard lands on it
                      autoFocus
                      data-testid="history.confirmRestore"
                    >
                      {t('confirm')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setConfirming(null)}
                    >
                      {t('cancel')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
