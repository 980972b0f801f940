import { type FormEvent, useState } from 'react';
import { type City, type Invite, ROLES, type Role } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { useSession } from '../../session/SessionContext.tsx';

interface CreatedLink {
  inviteId: string;
  url: string;
}

/** Facilitators create, copy and revoke invite links. The token is only shown right after creation. */
export function InvitesSection({ workspaceId, cities }: { workspaceId: string; cities: readonly City[] }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useSession();
  const invites = useQuery(`invites.${workspaceId}`, () => weftApi.listInvites(workspaceId));
  const [created, setCreated] = useState<CreatedLink[]>([]);
  const [copied, setCopied] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const role = String(form.get('role')) as Role;
    const city = String(form.get('city') ?? '');
    setBusy(true);
    setError(null);
    try {
      const result = await weftApi.createInvite(workspaceId, role, city || undefined);
      setCreated((c) => [{ inviteId: result.invite.id, url: result.url }, ...c]);
      invites.setData((d) => ({ invites: [result.invite, ...(d?.invites ?? [])] }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (invite: Invite) => {
    setError(null);
    try {
      await weftApi.revokeInvite(workspaceId, invite.id);
      invites.setData(
        (d) => d && { invites: d.invites.map((i) => (i.id === invite.id ? { ...i, revoked: true } : i)) },
      );
      setCreated((c) => c.filter((l) => l.inviteId !== invite.id));
    } catch (err) {
      setError(err);
    }
  };

  const copy = async (link: CreatedLink) => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(link.inviteId);
    } catch {
      // Clipboard access can be refused; the link stays selectable in its field.
      setCopied(null);
    }
  };

  const now = Date.now();
  const active = (invites.data?.invites ?? []).filter((i) => !i.revoked && Date.parse(i.expiresAt) > now);
  const linkFor = (id: string) => created.find((l) => l.inviteId === id);

  return (
    <section className="card" aria-labelledby="invites-heading">
      <h2 id="invites-heading">{t('invites.title')}</h2>
      <p className="muted">{t('invites.intro')}</p>
      <form className="inline-form" onSubmit={create}>
        <label className="field field--grow">
          <span>{t('invites.role')}</span>
          <select name="role" defaultValue="editor" data-testid="workspace.invite.role">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {cities.length > 0 && (
          <label className="field field--grow">
            <span>{t('cities.inviteCity')}</span>
            <select name="city" defaultValue="" data-testid="workspace.invite.city">
              <option value="">{t('cities.chooseOnJoining')}</option>
              {cities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="workspace.invite.create"
        >
          {t('invites.create')}
        </button>
      </form>
      <ErrorNotice error={error ?? invites.error} />
      {active.length === 0 ? (
        <p className="empty">{t('invites.none')}</p>
      ) : (
        <ul className="invite-list" data-testid="workspace.invite.list">
          {active.map((invite) => {
            const link = linkFor(invite.id);
            return (
              <li key={invite.id} className="invite-list__item" data-testid="workspace.invite.item">
                <div className="invite-list__head">
                  <span className="badge">{t(`roles.${invite.role}`)}</span>
                  {invite.cityId && (
                    <span className="badge badge--muted">
                      {cities.find((c) => c.id === invite.cityId)?.name ?? ''}
                    </span>
                  )}
                  <span className="muted">
                    {t('invite.expires', { date: formatDateTime(invite.expiresAt, i18n.language, timeZone) })}
                  </span>
                  <button
                    type="button"
                    className="button button--ghost button--small button--danger"
                    onClick={() => void revoke(invite)}
                    data-testid="workspace.invite.revoke"
                  >
                    {t('invites.revoke')}
                  </button>
                </div>
                {link && (
                  <div className="invite-list__link">
                    <label className="visually-hidden" htmlFor={`invite-url-${invite.id}`}>
                      {t('invites.link')}
                    </label>
                    <input
                      id={`invite-url-${invite.id}`}
                      readOnly
                      value={link.url}
                      onFocus={(e) => e.currentTarget.select()}
                      data-testid="workspace.invite.url"
                    />
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => void copy(link)}
                      data-testid="workspace.invite.copy"
                    >
                      {copied === invite.id ? t('invites.copied') : t('invites.copy')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
