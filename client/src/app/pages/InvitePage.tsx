import { useEffect, useRef, useState } from 'react';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { Link, useNavigate, useParams, useSearchParams } from '../router.tsx';
import { usePageTitle } from '../usePageTitle.ts';

/** Lower-case without diacritics: the profile city "Hue" suggests the workspace city "Huế". */
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .trim()
    .toLowerCase();

/**
 * `/invite/:token`: names who invites you, to what and for which city; when the invite names no
 * city you choose one. A new user signs up from here and comes back with `?join=1`, which joins
 * straight away (no second click).
 */
export function InvitePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const { state, timeZone } = useSession();
  const navigate = useNavigate();
  const preview = useQuery(`invite.${token}`, () => weftApi.previewInvite(token));
  usePageTitle(preview.data?.workspace.title, t('invite.title'));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<string | null>(params.get('city'));
  const autoJoined = useRef(false);
  const profileCity = state.status === 'signedIn' ? state.user.city : '';
  const cities = preview.data?.cities ?? [];
  const suggested = cities.find((c) => profileCity && plain(c.name) === plain(profileCity))?.id ?? '';
  const chosen = preview.data?.city ? undefined : (picked ?? (suggested || undefined));

  const accept = async (city: string | undefined) => {
    setBusy(true);
    setError(null);
    try {
      const result = await weftApi.acceptInvite(token, city);
      navigate(`/workspaces/${encodeURIComponent(result.workspace.id)}`, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const joinNow = params.get('join') === '1' && state.status === 'signedIn' && preview.data !== undefined;
  useEffect(() => {
    if (!joinNow || autoJoined.current) return;
    autoJoined.current = true;
    void accept(chosen);
  });

  if (preview.loading || state.status === 'loading') return <Loading />;
  if (!preview.data) {
    return (
      <section className="card narrow">
        <h1>{t('invite.title')}</h1>
        <ErrorNotice error={preview.error} testId="invite.error" />
      </section>
    );
  }
  const { workspace, role, expiresAt, invitedBy, city } = preview.data;
  const back = new URLSearchParams({ join: '1', ...(chosen ? { city: chosen } : {}) });
  const here = encodeURIComponent(`/invite/${token}?${back.toString()}`);

  return (
    <section className="card narrow invite">
      <p className="eyebrow">{t('invite.title')}</p>
      <h1 data-testid="invite.workspace">{workspace.title}</h1>
      <p data-testid="invite.invitedBy">
        {invitedBy
          ? t('cities.invitedBy', { name: invitedBy, workspace: workspace.title, role: t(`roles.${role}`) })
          : t('invite.asRole', { role: t(`roles.${role}`) })}{' '}
        <span className="muted">
          {t('invite.expires', { date: formatDateTime(expiresAt, i18n.language, timeZone) })}
        </span>
      </p>
      {city ? (
        <p data-testid="invite.city">{t('cities.invitedFor', { city: city.name })}</p>
      ) : (
        cities.length > 0 && (
          <label className="field">
            <span>{t('cities.chooseCity')}</span>
            <select
              value={chosen ?? ''}
              onChange={(e) => setPicked(e.target.value)}
              data-testid="invite.cityChoice"
            >
              <option value="">{t('cities.noCity')}</option>
              {cities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )
      )}
      <ErrorNotice error={error} testId="invite.error" />
      {state.status === 'signedIn' ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() => void accept(chosen)}
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
