import { type FormEvent, useMemo, useState } from 'react';
import { ApiError } from '../../api/ApiError.ts';
import type { Workspace } from '../../api/types.ts';
import { type CityInput, weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';

interface Row extends CityInput {
  key: number;
}

let rowKey = 0;
const rowsOf = (workspace: Workspace): Row[] => workspace.cities.map((c) => ({ key: ++rowKey, ...c }));

/** All IANA zones this browser knows, offered while typing a city's zone. */
function knownZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

interface CitiesSectionProps {
  workspace: Workspace;
  onSaved(workspace: Workspace): void;
}

/** Facilitators add, rename and remove the workspace's cities and set each one's time zone. */
export function CitiesSection({ workspace, onSaved }: CitiesSectionProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(workspace));
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(knownZones, []);

  const update = (key: number, patch: Partial<CityInput>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage(null);
    const cities = rows
      .filter((r) => r.name.trim())
      .map(({ key: _, ...c }) => ({ ...c, name: c.name.trim(), timeZone: c.timeZone.trim() || 'UTC' }));
    try {
      const { workspace: saved } = await weftApi.updateWorkspace(workspace.id, { cities });
      setRows(rowsOf(saved));
      setMessage(t('cities.saved'));
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const kept = new Set(cities.map((c) => c.id));
        const removed = workspace.cities.filter((c) => !kept.has(c.id)).map((c) => c.name);
        setMessage(t('cities.inUse', { city: removed.join(', ') }));
        setRows(rowsOf(workspace));
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="cities-heading" data-testid="workspace.cities.section">
      <h2 id="cities-heading">{t('cities.title')}</h2>
      <p className="muted">{t('cities.intro')}</p>
      <form onSubmit={(e) => void save(e)}>
        {rows.length === 0 && <p className="empty">{t('cities.none')}</p>}
        <ul className="city-rows">
          {rows.map((row, i) => (
            <li key={row.key} className="city-row" data-testid="workspace.cities.row">
              <label className="field">
                <span className="visually-hidden">{t('cities.nameOf', { n: String(i + 1) })}</span>
                <input
                  value={row.name}
                  onChange={(e) => update(row.key, { name: e.target.value })}
                  placeholder={t('cities.name')}
                  maxLength={100}
                  data-testid="workspace.cities.name"
                />
              </label>
              <label className="field">
                <span className="visually-hidden">
                  {t('cities.zoneOf', { city: row.name || String(i + 1) })}
                </span>
                <input
                  value={row.timeZone}
                  onChange={(e) => update(row.key, { timeZone: e.target.value })}
                  placeholder="Europe/Brussels"
                  list="city-zones"
                  data-testid="workspace.cities.zone"
                />
              </label>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                aria-label={t('cities.remove', { city: row.name || String(i + 1) })}
                data-testid="workspace.cities.remove"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <datalist id="city-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            onClick={() => setRows((rs) => [...rs, { key: ++rowKey, name: '', timeZone: '' }])}
            data-testid="workspace.cities.add"
          >
            {t('cities.add')}
          </button>
          <button
            type="submit"
            className="button button--primary button--small"
            disabled={busy}
            data-testid="workspace.cities.save"
          >
            {t('cities.save')}
          </button>
        </div>
        {message && (
          <p role="status" data-testid="workspace.cities.message">
            {message}
          </p>
        )}
        <ErrorNotice error={error} />
      </form>
    </section>
  );
}
