import { useState } from 'react';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { Link, useNavigate, useParams } from '../router.tsx';
import { usePageTitle } from '../usePageTitle.ts';

/** `/invite/:token`: works for a new user (sign up, come back, accept) and a signed-in one. */
export function InvitePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const { state, timeZone } = useSession();
  const navigate = useNavigate();
  const preview = useQuery(`invite.${token}`, () => weftApi.previewInvite(token));
  usePageTitle(preview.data?.workspace.title, t('invite.title'));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const here = encodeURIComponent(`/invite/${token}`);

  if (preview.loading || state.status === 'loading') return <Loading />;
  if (!preview.data) {
    return (
      <section className="card narrow">
        <h1>{t('invite.title')}</h1>
        <ErrorNotice error={preview.error} testId="invite.error" />
      </section>
    );
  }
  const { workspace, role, expiresAt } = preview.data;

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await weftApi.acceptInvite(token);
      navigate(`/workspaces/${encodeURIComponent(result.workspace.id)}`, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="card narrow invite">
      <p className="eyebrow">{t('invite.title')}</p>
      <h1 data-testid="invite.workspace">{workspace.title}</h1>
      <p>
        {t('invite.asRole', { role: t(`roles.${role}`) })}{' '}
        <span className="muted">
          {t('invite.expires', { date: formatDateTime(expiresAt, i18n.language, timeZone) })}
        </span>
      </p>
      <ErrorNotice error={error} testId="invite.error" />
      {state.status === 'signedIn' ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() => void accept()}
          disabled={busy}
          data-testid="invite.accept"
        >
          {t('invite.accept')}
        </button>
      ) : (
        <div className="button-row">
          <Link className="button button--primary" to={`/signup?next=${here}`} data-testid="invite.signup">
            {t('invite.signupToAccept')}
          </Link>
          <Link className="button" to={`/login?next=${here}`} data-testid="invite.login">
            {t('invite.loginToAccept')}
          </Link>
        </div>
      )}
    </section>
  );
}
