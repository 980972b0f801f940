import { useEffect, useState } from 'react';
import type { EmailPreferences as Preferences } from '../api/types.ts';
import { weftApi } from '../api/weftApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Loading } from '../components/Loading.tsx';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { useQuery } from '../lib/useQuery.ts';
import { useSession } from '../session/SessionContext.tsx';

const DELIVERIES = ['immediate', 'digest', 'off'] as const;

/** The email section of the profile: what is sent when, muted workspaces, undelivered mail. */
export function EmailPreferences() {
  const { t, i18n } = useTranslation();
  const { timeZone } = useSession();
  const settings = useQuery('me.email', () => weftApi.emailSettings());
  const workspaces = useQuery('workspaces', () => weftApi.listWorkspaces());
  const [draft, setDraft] = useState<Preferences | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (settings.data) setDraft(settings.data.preferences);
  }, [settings.data]);

  if (settings.loading && !settings.data) return <Loading />;
  if (!settings.data || !draft) return <ErrorNotice error={settings.error} testId="email.error" />;
  const { enabled, address, failures } = settings.data;
  const change = (patch: Partial<Preferences>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const muted = new Set(draft.mutedWorkspaces);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const next = await weftApi.updateEmailPreferences(draft);
      settings.setData(() => next);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card email-preferences" aria-labelledby="email-heading" data-testid="email.section">
      <h2 id="email-heading">{t('email.title')}</h2>
      {enabled ? (
        <p className="muted">{t('email.sentTo', { address })}</p>
      ) : (
        <p className="notice" role="note" data-testid="email.off">
          {t('email.off')}
        </p>
      )}
      <form onSubmit={(e) => void save(e)}>
        {(['mentions', 'replies'] as const).map((kind) => (
          <fieldset key={kind} className="field" data-testid={`email.${kind}`}>
            <legend>{t(`email.${kind}`)}</legend>
            {DELIVERIES.map((d) => (
              <label key={d} className="choice">
                <input
                  type="radio"
                  name={`email-${kind}`}
                  value={d}
                  checked={draft[kind] === d}
                  onChange={() => change({ [kind]: d })}
                  data-testid={`email.${kind}.${d}`}
                />{' '}
                {t(`email.delivery.${d}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.signOffRequests}
            onChange={(e) => change({ signOffRequests: e.target.checked })}
            data-testid="email.signOffRequests"
          />{' '}
          {t('email.signOffRequests')}
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.digest}
            onChange={(e) => change({ digest: e.target.checked })}
            data-testid="email.digest"
          />{' '}
          {t('email.digest')}
        </label>
        {(workspaces.data?.workspaces.length ?? 0) > 0 && (
          <fieldset className="field" data-testid="email.muted">
            <legend>{t('email.muted')}</legend>
            {workspaces.data?.workspaces.map((w) => (
              <label key={w.id} className="choice">
                <input
                  type="checkbox"
                  checked={muted.has(w.id)}
                  onChange={(e) =>
                    change({
                      mutedWorkspaces: e.target.checked
                        ? [...muted, w.id]
                        : draft.mutedWorkspaces.filter((id) => id !== w.id),
                    })
                  }
                  data-testid="email.muted.workspace"
                />{' '}
                {w.title}
              </label>
            ))}
          </fieldset>
        )}
        <ErrorNotice error={error} testId="email.saveError" />
        <button type="submit" className="button button--primary" disabled={saving} data-testid="email.save">
          {t('email.save')}
        </button>
        <span role="status" data-testid="email.status">
          {saved ? ` ${t('email.saved')}` : ''}
        </span>
      </form>
      {failures.length > 0 && (
        <div data-testid="email.failures">
          <h3>{t('email.failures')}</h3>
          <ul>
            {failures.map((f) => (
              <li key={`${f.at}-${f.error}`}>
                {formatDateTime(f.at, i18n.language, timeZone)} — {f.error}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
