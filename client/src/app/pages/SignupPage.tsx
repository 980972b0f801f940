import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/ApiError.ts';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { toUiLanguage } from '../../i18n/languages.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { Link, Navigate, useNavigate, useSearchParams } from '../router.tsx';
import { safeNext } from '../safeNext.ts';
import { usePageTitle } from '../usePageTitle.ts';

const MIN_PASSWORD = 10;

export function SignupPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('auth.signupTitle'));
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
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      const { user } = await weftApi.signup({
        displayName: text('displayName'),
        email: text('email'),
        password: String(form.get('password') ?? ''),
        city: text('city'),
        organisation: text('organisation'),
        language: toUiLanguage(i18n.language) ?? 'en',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
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
      <h1>{t('auth.signupTitle')}</h1>
      <p className="muted">{t('auth.signupIntro')}</p>
      <form onSubmit={submit} className="form" data-testid="auth.signup.form">
        <label className="field">
          <span>{t('auth.displayName')}</span>
          <input
            name="displayName"
            autoComplete="name"
            required
            maxLength={100}
            data-testid="auth.displayName"
          />
        </label>
        <label className="field">
          <span>{t('auth.email')}</span>
          <input name="email" type="email" autoComplete="email" required data-testid="auth.email" />
        </label>
        <label className="field">
          <span>{t('auth.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            aria-describedby="password-hint"
            data-testid="auth.password"
          />
          <small id="password-hint" className="muted">
            {t('auth.passwordHint', { count: MIN_PASSWORD })}
          </small>
        </label>
        <div className="form__row">
          <label className="field">
            <span>{t('auth.city')}</span>
            <input name="city" autoComplete="address-level2" maxLength={100} data-testid="auth.city" />
          </label>
          <label className="field">
            <span>{t('auth.organisation')}</span>
            <input
              name="organisation"
              autoComplete="organization"
              maxLength={200}
              data-testid="auth.organisation"
            />
          </label>
        </div>
        {error instanceof ApiError && error.status === 409 ? (
          // The only conflict at sign-up is an email that already has an account.
          <p role="alert" className="form-error" data-testid="auth.error">
            {t('errors.emailTaken')}{' '}
            <Link to={`/login?next=${encodeURIComponent(next)}`}>{t('auth.login')}</Link>
          </p>
        ) : (
          <ErrorNotice error={error} testId="auth.error" />
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="auth.submit">
          {t('auth.signup')}
        </button>
      </form>
      <p className="muted">
        {t('auth.haveAccount')}{' '}
        <Link to={`/login?next=${encodeURIComponent(next)}`} data-testid="auth.toLogin">
          {t('auth.login')}
        </Link>
      </p>
    </section>
  );
}
