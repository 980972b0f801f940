import { useState } from 'react';
import { type Member, ROLES, type Role, type Workspace } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { userColor } from '../../collab/userColor.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { initials } from '../../components/PresenceAvatars.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { useSession, useUser } from '../../session/SessionContext.tsx';
import { useNavigate } from '../router.tsx';

export function MembersSection({ workspace }: { workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const me = useUser();
  const { timeZone } = useSession();
  const navigate = useNavigate();
  const members = useQuery(`members.${workspace.id}`, () => weftApi.listMembers(workspace.id));
  const [error, setError] = useState<unknown>(null);
  const isFacilitator = workspace.role === 'facilitator';

  const replace = (member: Member) =>
    members.setData((d) => d && { members: d.members.map((m) => (m.userId === member.userId ? member : m)) });

  const changeRole = async (member: Member, role: Role) => {
    setError(null);
    try {
      replace((await weftApi.setMemberRole(workspace.id, member.userId, role)).member);
    } catch (err) {
      setError(err);
      await members.reload();
    }
  };

  const changeCity = async (member: Member, cityId: string) => {
    setError(null);
    try {
      replace((await weftApi.setMemberCity(workspace.id, member.userId, cityId || null)).member);
    } catch (err) {
      setError(err);
      await members.reload();
    }
  };

  const remove = async (member: Member) => {
    setError(null);
    try {
      await weftApi.removeMember(workspace.id, member.userId);
      if (member.userId === me.id) {
        navigate('/workspaces');
        return;
      }
      members.setData((d) => d && { members: d.members.filter((m) => m.userId !== member.userId) });
    } catch (err) {
      setError(err);
    }
  };

  const list = members.data?.members ?? [];
  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.title')}</h2>
      <ErrorNotice error={error ?? members.error} />
      {members.loading && !members.data ? (
        <Loading />
      ) : (
        <ul className="member-list" data-testid="members.list">
          {list.map((m) => (
            <li
              key={m.userId}
              className="member"
              data-testid="members.item"
              data-email={m.email}
              data-city={m.city}
            >
              <span
                className="avatar"
                style={{ backgroundColor: userColor(m.city, m.userId) }}
                aria-hidden="true"
              >
                {initials(m.displayName)}
              </span>
              <div className="member__body">
                <span className="member__name">
                  {m.displayName}
                  {m.userId === me.id && <span className="muted"> ({t('members.you')})</span>}
                </span>
                <span className="member__meta" title={formatDateTime(m.joinedAt, i18n.language, timeZone)}>
                  {[m.city, m.email].filter(Boolean).join(' · ')}
                </span>
                {(isFacilitator || m.userId === me.id) &&
                  workspace.cities.length > 0 &&
                  !workspace.archived && (
                    <span className="member__city">
                      <label className="visually-hidden" htmlFor={`city-${m.userId}`}>
                        {t('cities.cityOf', { name: m.displayName })}
                      </label>
                      <select
                        id={`city-${m.userId}`}
                        value={m.cityId ?? ''}
                        onChange={(e) => void changeCity(m, e.target.value)}
                        data-testid="members.city"
                      >
                        <option value="">{t('cities.noCity')}</option>
                        {workspace.cities.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                      </select>
                    </span>
                  )}
              </div>
              <div className="member__controls">
                {isFacilitator ? (
                  <>
                    <label className="visually-hidden" htmlFor={`role-${m.userId}`}>
                      {t('members.roleOf', { name: m.displayName })}
                    </label>
                    <select
                      id={`role-${m.userId}`}
                      value={m.role}
                      onChange={(e) => void changeRole(m, e.target.value as Role)}
                      data-testid="members.role"
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`roles.${r}`)}
                        </option>
                      ))}
                    </select>
                  </>
                ) : (
                  <span className="badge" data-testid="members.role">
                    {t(`roles.${m.role}`)}
                  </span>
                )}
                {(isFacilitator || m.userId === me.id) && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => void remove(m)}
                    aria-label={
                      m.userId === me.id
                        ? t('members.leave')
                        : t('members.removeLabel', { name: m.displayName })
                    }
                    data-testid="members.remove"
                  >
                    {m.userId === me.id ? t('members.leave') : t('members.remove')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
