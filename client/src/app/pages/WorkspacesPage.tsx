import { type FormEvent, useState } from 'react';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StaleNotice } from '../../components/StaleNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { Link, useNavigate } from '../router.tsx';
import { usePageTitle } from '../usePageTitle.ts';

export function WorkspacesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('workspaces.title'));
  const { timeZone } = useSession();
  const navigate = useNavigate();
  const list = useQuery('workspaces', () => weftApi.listWorkspaces());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const cities = String(form.get('cities') ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    setBusy(true);
    setError(null);
    try {
      const { workspace } = await weftApi.createWorkspace({
        title: String(form.get('title') ?? '').trim(),
        description: String(form.get('description') ?? '').trim(),
        cities,
      });
      navigate(`/workspaces/${encodeURIComponent(workspace.id)}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const workspaces = list.data?.workspaces ?? [];
  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('workspaces.title')}</h1>
        <p className="muted">{t('workspaces.intro')}</p>
      </header>
      <div className="columns">
        <section aria-labelledby="ws-list-heading" className="columns__main">
          <h2 id="ws-list-heading" className="visually-hidden">
            {t('workspaces.yours')}
          </h2>
          {list.stale && <StaleNotice />}
          {list.loading && !list.data ? (
            <Loading />
          ) : list.error ? (
            <ErrorNotice error={list.error} />
          ) : workspaces.length === 0 ? (
            <p className="empty" data-testid="workspaces.empty">
              {t('workspaces.empty')}
            </p>
          ) : (
            <ul className="card-list" data-testid="workspaces.list">
              {workspaces.map((w) => (
                <li key={w.id} className={`card card--link${w.archived ? ' card--archived' : ''}`}>
                  <Link to={`/workspaces/${encodeURIComponent(w.id)}`} data-testid="workspaces.item">
                    <span className="card__title">{w.title}</span>
                  </Link>
                  {w.description && <p className="card__text">{w.description}</p>}
                  <p className="card__meta">
                    {w.cities.length > 0 && <span>{w.cities.map((c) => c.name).join(' · ')}</span>}
                    <span className="badge">{t(`roles.${w.role}`)}</span>
                    {w.archived && <span className="badge badge--muted">{t('common.archived')}</span>}
                    <span>
                      {t('common.createdOn', {
                        date: formatDateTime(w.createdAt, i18n.language, timeZone, 'date'),
                      })}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside className="columns__side">
          <form className="card form" onSubmit={create} aria-labelledby="ws-create-heading">
            <h2 id="ws-create-heading">{t('workspaces.createTitle')}</h2>
            <label className="field">
              <span>{t('workspaces.name')}</span>
              <input name="title" required maxLength={200} data-testid="workspaces.create.title" />
            </label>
            <label className="field">
              <span>{t('workspaces.description')}</span>
              <textarea
                name="description"
                rows={3}
                maxLength={2000}
                data-testid="workspaces.create.description"
              />
            </label>
            <label className="field">
              <span>{t('workspaces.cities')}</span>
              <input name="cities" placeholder="Ghent, Huế" data-testid="workspaces.create.cities" />
              <small className="muted">{t('workspaces.citiesHint')}</small>
            </label>
            <ErrorNotice error={error} />
            <button
              type="submit"
              className="button button--primary"
              disabled={busy}
              data-testid="workspaces.create.submit"
            >
              {t('workspaces.create')}
            </button>
          </form>
        </aside>
      </div>
    </div>
  );
}
