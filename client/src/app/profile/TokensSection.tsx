import { type FormEvent, useState } from 'react';
import type { ApiToken } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { useSession } from '../../session/SessionContext.tsx';

/** API tokens: list, create (the secret is shown once) and revoke. */
export function TokensSection() {
  const { t, i18n } = useTranslation();
  const { timeZone } = useSession();
  const tokens = useQuery('profile.tokens', () => weftApi.listTokens());
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get('name') ?? '').trim();
    setError(null);
    try {
      const created = await weftApi.createToken(name);
      setSecret(created.secret);
      formElement.reset();
      tokens.setData((d) => ({ tokens: [...(d?.tokens ?? []), created.token] }));
    } catch (err) {
      setError(err);
    }
  };

  const revoke = async (token: ApiToken) => {
    setError(null);
    try {
      await weftApi.revokeToken(token.id);
      tokens.setData((d) => d && { tokens: d.tokens.filter((x) => x.id !== token.id) });
    } catch (err) {
      setError(err);
    }
  };

  const list = tokens.data?.tokens ?? [];
  return (
    <section className="card" aria-labelledby="profile-tokens-heading">
      <h2 id="profile-tokens-heading">{t('profile.tokens')}</h2>
      <p className="muted">{t('profile.tokensIntro')}</p>
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <label className="field field--grow">
          <span>{t('profile.tokenName')}</span>
          <input name="name" required maxLength={100} data-testid="profile.tokenName" />
        </label>
        <button type="submit" className="button" data-testid="profile.createToken">
          {t('profile.createToken')}
        </button>
      </form>
      {secret && (
        <p className="notice" role="status">
          {t('profile.tokenSecret')} <code data-testid="profile.tokenSecret">{secret}</code>
        </p>
      )}
      <ErrorNotice error={error ?? tokens.error} />
      {list.length === 0 ? (
        <p className="empty">{t('profile.noTokens')}</p>
      ) : (
        <ul className="stack" data-testid="profile.tokens">
          {list.map((token) => (
            <li key={token.id} className="invite-list__head">
              <strong>{token.name}</strong>
              <span className="muted">
                {token.lastUsedAt
                  ? t('profile.lastUsed', { date: formatDateTime(token.lastUsedAt, i18n.language, timeZone) })
                  : t('profile.neverUsed')}
              </span>
              <button
                type="button"
                className="button button--ghost button--small button--danger"
                onClick={() => void revoke(token)}
                aria-label={t('profile.revokeTokenLabel', { name: token.name })}
              >
                {t('profile.revokeToken')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
