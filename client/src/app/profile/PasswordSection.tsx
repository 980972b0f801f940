import { type FormEvent, useState } from 'react';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';

/** Change the password (`POST /api/me/password`), knowing the current one. */
export function PasswordSection() {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await weftApi.changePassword(String(form.get('current') ?? ''), String(form.get('next') ?? ''));
      formElement.reset();
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="profile-password-heading">
      <h2 id="profile-password-heading">{t('profile.password')}</h2>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('profile.currentPassword')}</span>
          <input name="current" type="password" autoComplete="current-password" required />
        </label>
        <label className="field">
          <span>{t('profile.newPassword')}</span>
          <input name="next" type="password" autoComplete="new-password" minLength={10} required />
        </label>
        <ErrorNotice error={error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy} data-testid="profile.changePassword">
            {t('profile.changePassword')}
          </button>
          {done && <span role="status">{t('profile.passwordChanged')}</span>}
        </div>
      </form>
    </section>
  );
}
