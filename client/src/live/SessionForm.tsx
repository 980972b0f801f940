import type { DocumentMeta, ExchangeSession } from '@weft/protocol';
import { type FormEvent, useMemo, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { CityTimes } from './CityTimes.tsx';
import { exchangeSessionApi } from './exchangeSessionApi.ts';
import { OverlapHint } from './OverlapHint.tsx';
import { useLiveTranslation } from './useLiveTranslation.ts';
import { fromWallClock, toWallClock, type WallClock } from './wallClock.ts';

interface AgendaRow {
  key: number;
  id?: string;
  title: string;
  owner: string;
  minutes: string;
}

interface SessionFormProps {
  workspaceId: string;
  /** City name → zone of the workspace's member cities. */
  cities: Readonly<Record<string, string>>;
  documents: readonly DocumentMeta[];
  /** The session being edited; a new one when absent. */
  session?: ExchangeSession;
  onSaved(session: ExchangeSession): void;
  onCancel(): void;
}

let rowKey = 0;
const DAY_MS = 86_400_000;

/** Create or edit a session: start in any member city's zone, agenda, linked documents. */
export function SessionForm({
  workspaceId,
  cities,
  documents,
  session,
  onSaved,
  onCancel,
}: SessionFormProps) {
  const { t } = useLiveTranslation();
  const { timeZone } = useSession();
  const [zone, setZone] = useState(timeZone);
  const [title, setTitle] = useState(session?.title ?? '');
  const [wall, setWall] = useState<WallClock>(() =>
    session
      ? toWallClock(session.start, timeZone)
      : { date: toWallClock(Date.now() + DAY_MS, timeZone).date, time: '10:00' },
  );
  const [duration, setDuration] = useState(String(session?.durationMinutes ?? 60));
  const [agenda, setAgenda] = useState<AgendaRow[]>(
    () =>
      session?.agenda.map((a) => ({
        key: ++rowKey,
        id: a.id,
        title: a.title,
        owner: a.owner,
        minutes: String(a.minutes),
      })) ?? [],
  );
  const [linked, setLinked] = useState<readonly string[]>(session?.documentIds ?? []);
  const [videoUrl, setVideoUrl] = useState(session?.videoUrl ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const zones = useMemo(() => {
    const all = new Map<string, string>([[timeZone, t('form.myZone', { zone: timeZone })]]);
    for (const [city, z] of Object.entries(cities))
      if (!all.has(z)) all.set(z, t('form.cityZone', { city, zone: z }));
    return [...all];
  }, [cities, timeZone, t]);

  const start = fromWallClock(wall, zone);
  const minutes = Number(duration);
  const total = agenda.reduce((sum, a) => sum + (Number(a.minutes) || 0), 0);
  const tooLong = Number.isFinite(minutes) && total > minutes;

  const changeZone = (next: string) => {
    // The instant stays; the fields show it in the newly chosen zone.
    if (start) setWall(toWallClock(start, next));
    setZone(next);
  };
  const updateRow = (key: number, patch: Partial<AgendaRow>) =>
    setAgenda((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!start || tooLong) return;
    const body = {
      title: title.trim(),
      start: start.toISOString(),
      durationMinutes: minutes,
      agenda: agenda
        .filter((a) => a.title.trim())
        .map((a) => ({
          ...(a.id ? { id: a.id } : {}),
          title: a.title.trim(),
          owner: a.owner.trim(),
          minutes: Number(a.minutes),
        })),
      documentIds: [...linked],
      videoUrl: videoUrl.trim() || null,
    };
    setBusy(true);
    setError(null);
    try {
      const saved = session
        ? await exchangeSessionApi.update(session.id, body)
        : await exchangeSessionApi.create(workspaceId, body);
      onSaved(saved.session);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="session-form" onSubmit={(e) => void submit(e)} data-testid="session.form">
      <h3>{session ? t('form.editTitle') : t('form.createTitle')}</h3>
      <label className="field">
        <span>{t('form.title')}</span>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          data-testid="session.form.title"
        />
      </label>
      <label className="field">
        <span>{t('video.label')}</span>
        <input
          type="url"
          value={videoUrl}
          onChange={(e) => setVideoUrl(e.target.value)}
          pattern="https?://.+"
          maxLength={2000}
          placeholder="https://"
          aria-describedby="session-video-hint"
          data-testid="session.form.videoUrl"
        />
        <small id="session-video-hint" className="muted">
          {t('video.hint')}
        </small>
      </label>
      <div className="session-form__when">
        <label className="field">
          <span>{t('form.date')}</span>
          <input
            type="date"
            value={wall.date}
            onChange={(e) => setWall((w) => ({ ...w, date: e.target.value }))}
            required
            data-testid="session.form.date"
          />
        </label>
        <label className="field">
          <span>{t('form.time')}</span>
          <input
            type="time"
            value={wall.time}
            onChange={(e) => setWall((w) => ({ ...w, time: e.target.value }))}
            required
            data-testid="session.form.time"
          />
        </label>
        <label className="field field--grow">
          <span>{t('form.zone')}</span>
          <select value={zone} onChange={(e) => changeZone(e.target.value)} data-testid="session.form.zone">
            {zones.map(([z, label]) => (
              <option key={z} value={z}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('form.duration')}</span>
          <input
            type="number"
            min={5}
            max={1440}
            step={5}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            required
            data-testid="session.form.duration"
          />
        </label>
      </div>
      <OverlapHint
        date={wall.date}
        cities={cities}
        onPick={(instant) => setWall(toWallClock(instant, zone))}
      />
      {start && (
        <div className="session-form__preview">
          <p className="eyebrow">{t('form.preview')}</p>
          <CityTimes start={start.toISOString()} cities={cities} testId="session.form.times" />
        </div>
      )}
      <fieldset className="session-form__agenda">
        <legend>{t('form.agenda')}</legend>
        {agenda.map((row, i) => (
          <div className="agenda-row" key={row.key} data-testid="session.form.agenda.item">
            <label className="field field--grow">
              <span>{t('form.item')}</span>
              <input
                value={row.title}
                maxLength={200}
                onChange={(e) => updateRow(row.key, { title: e.target.value })}
                data-testid="session.form.agenda.title"
              />
            </label>
            <label className="field">
              <span>{t('form.owner')}</span>
              <input
                value={row.owner}
                maxLength={200}
                onChange={(e) => updateRow(row.key, { owner: e.target.value })}
                data-testid="session.form.agenda.owner"
              />
            </label>
            <label className="field agenda-row__minutes">
              <span>{t('form.itemMinutes')}</span>
              <input
                type="number"
                min={1}
                max={1440}
                value={row.minutes}
                onChange={(e) => updateRow(row.key, { minutes: e.target.value })}
                required={row.title.trim() !== ''}
                data-testid="session.form.agenda.minutes"
              />
            </label>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={t('form.removeItem', { number: i + 1 })}
              onClick={() => setAgenda((rows) => rows.filter((r) => r.key !== row.key))}
              data-testid="session.form.agenda.remove"
            >
              ×
            </button>
          </div>
        ))}
        <div className="session-form__agenda-foot">
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              setAgenda((rows) => [...rows, { key: ++rowKey, title: '', owner: '', minutes: '15' }])
            }
            data-testid="session.form.agenda.add"
          >
            {t('form.addItem')}
          </button>
          <span className={tooLong ? 'form-error' : 'muted'} data-testid="session.form.agenda.total">
            {tooLong ? t('form.agendaTooLong') : t('form.agendaTotal', { total, duration: minutes || 0 })}
          </span>
        </div>
      </fieldset>
      <fieldset className="session-form__documents">
        <legend>{t('form.documents')}</legend>
        {documents.length === 0 ? (
          <p className="muted">{t('form.noDocuments')}</p>
        ) : (
          documents.map((d) => (
            <label className="toggle" key={d.id}>
              <input
                type="checkbox"
                checked={linked.includes(d.id)}
                onChange={(e) =>
                  setLinked((ids) => (e.target.checked ? [...ids, d.id] : ids.filter((id) => id !== d.id)))
                }
                data-testid="session.form.document"
                data-document-title={d.title}
              />
              <span className={`doc-icon doc-icon--${d.type}`} aria-hidden="true" />
              {d.title}
            </label>
          ))
        )}
      </fieldset>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || !start || tooLong}
          data-testid="session.form.submit"
        >
          {session ? t('form.save') : t('form.create')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={onCancel}
          data-testid="session.form.cancel"
        >
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
