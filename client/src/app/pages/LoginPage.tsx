import { type FormEvent, useState } from 'react';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { Link, Navigate, useNavigate, useSearchParams } from '../router.tsx';
import { safeNext } from '../safeNext.ts';
import { usePageTitle } from '../usePageTitle.ts';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.loginTitle'));
  const { state, signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (state.status === 'signedIn') return <Navigate to={next} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { user } = await weftApi.login(String(form.get('email')), String(form.get('password')));
      signedIn(user);
      navigate(next, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card narrow auth">
      <h1>{t('auth.loginTitle')}</h1>
      <p className="muted">{t('auth.loginIntro')}</p>
      <form onSubmit={submit} className="form" data-testid="auth.login.form">
        <label className="field">
          <span>{t('auth.email')}</span>
          <input name="email" type="email" autoComplete="email" required data-testid="auth.email" />
        </label>
        <label className="field">
          <span>{t('auth.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            data-testid="auth.password"
          />
        </label>
        <ErrorNotice error={error} testId="auth.error" />
        <button type="submit" className="button button--primary" disabled={busy} data-testid="auth.submit">
          {t('auth.login')}
        </button>
      </form>
      <p className="muted">
        {t('auth.noAccount')}{' '}
        <Link to={`/signup?next=${encodeURIComponent(next)}`} data-testid="auth.toSignup">
          {t('auth.signup')}
        </Link>
      </p>
    </section>
  );
}
