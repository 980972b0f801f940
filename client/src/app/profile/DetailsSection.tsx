import { type FormEvent, useMemo, useState } from 'react';
import type { Language } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../../i18n/languages.ts';
import { useSession, useUser } from '../../session/SessionContext.tsx';

/** All IANA zones this browser knows, offered while typing. */
function knownZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** Name, organisation, default city, language and time zone (`PATCH /api/me`). */
export function DetailsSection() {
  const { t } = useTranslation();
  const user = useUser();
  const { signedIn } = useSession();
  const zones = useMemo(knownZones, []);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const { user: updated } = await weftApi.updateMe({
        displayName: text('displayName'),
        organisation: text('organisation'),
        city: text('city'),
        language: text('language') as Language,
        timeZone: text('timeZone'),
      });
      signedIn(updated);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="profile-details-heading">
      <h2 id="profile-details-heading">{t('profile.details')}</h2>
      <form className="stack" onSubmit={(e) => void save(e)}>
        <label className="field">
          <span>{t('profile.displayName')}</span>
          <input
            name="displayName"
            defaultValue={user.displayName}
            required
            maxLength={100}
            data-testid="profile.displayName"
          />
        </label>
        <label className="field">
          <span>{t('profile.organisation')}</span>
          <input name="organisation" defaultValue={user.organisation} maxLength={200} />
        </label>
        <label className="field">
          <span>{t('profile.defaultCity')}</span>
          <input name="city" defaultValue={user.city} maxLength={100} data-testid="profile.city" />
        </label>
        <label className="field">
          <span>{t('profile.language')}</span>
          <select name="language" defaultValue={user.language}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('profile.timeZone')}</span>
          <input name="timeZone" defaultValue={user.timeZone} list="profile-zones" required />
          <datalist id="profile-zones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </label>
        <ErrorNotice error={error} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="profile.save">
            {t('profile.save')}
          </button>
          {saved && (
            <span role="status" data-testid="profile.saved">
              {t('profile.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
