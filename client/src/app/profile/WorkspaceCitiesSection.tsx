import { useState } from 'react';
import type { Member, Workspace } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { useQuery } from '../../lib/useQuery.ts';
import { useUser } from '../../session/SessionContext.tsx';

interface Row {
  workspace: Workspace;
  me: Member | undefined;
}

/** The city I represent in each of my workspaces (what sign-off uses), changeable among its cities. */
export function WorkspaceCitiesSection() {
  const { t } = useTranslation();
  const user = useUser();
  const [error, setError] = useState<unknown>(null);
  const rows = useQuery(`profile.cities.${user.id}`, async (): Promise<Row[]> => {
    const { workspaces } = await weftApi.listWorkspaces();
    const active = workspaces.filter((w) => !w.archived && w.cities.length > 0);
    return Promise.all(
      active.map(async (workspace) => {
        const { members } = await weftApi.listMembers(workspace.id);
        return { workspace, me: members.find((m) => m.userId === user.id) };
      }),
    );
  });

  const choose = async (workspace: Workspace, cityId: string) => {
    setError(null);
    try {
      const { member } = await weftApi.setMemberCity(workspace.id, user.id, cityId || null);
      rows.setData((d) => d?.map((r) => (r.workspace.id === workspace.id ? { ...r, me: member } : r)));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card" aria-labelledby="profile-cities-heading">
      <h2 id="profile-cities-heading">{t('profile.workspaceCities')}</h2>
      <p className="muted">{t('profile.workspaceCitiesIntro')}</p>
      <ErrorNotice error={error ?? rows.error} />
      {rows.loading && !rows.data ? (
        <Loading />
      ) : (
        <ul className="stack" data-testid="profile.workspaceCities">
          {(rows.data ?? []).map(({ workspace, me }) => (
            <li key={workspace.id}>
              <label className="field">
                <span>{workspace.title}</span>
                <select
                  value={me?.cityId ?? ''}
                  onChange={(e) => void choose(workspace, e.target.value)}
                  data-testid="profile.workspaceCity"
                  data-workspace-id={workspace.id}
                >
                  <option value="">{t('cities.noCity')}</option>
                  {workspace.cities.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
