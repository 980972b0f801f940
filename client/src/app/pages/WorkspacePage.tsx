import { weftApi } from '../../api/weftApi.ts';
import { SinceLastVisit } from '../../comments/SinceLastVisit.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StaleNotice } from '../../components/StaleNotice.tsx';
import { Unavailable } from '../../components/Unavailable.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { useQuery } from '../../lib/useQuery.ts';
import { OnlineSection } from '../../live/OnlineSection.tsx';
import { SessionsSection } from '../../live/SessionsSection.tsx';
import { useWorkspaceContext } from '../../live/useWorkspaceContext.ts';
import { useParams } from '../router.tsx';
import { usePageTitle } from '../usePageTitle.ts';
import { CitiesSection } from '../workspace/CitiesSection.tsx';
import { DocumentsSection } from '../workspace/DocumentsSection.tsx';
import { FilesSection } from '../workspace/FilesSection.tsx';
import { InvitesSection } from '../workspace/InvitesSection.tsx';
import { MembersSection } from '../workspace/MembersSection.tsx';

export function WorkspacePage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const ws = useQuery(`workspace.${workspaceId}`, () => weftApi.getWorkspace(workspaceId));
  const context = useWorkspaceContext(ws.data?.workspace ?? null);
  usePageTitle(ws.data?.workspace.title ?? t('workspaces.workspace'));

  if (ws.loading && !ws.data) return <Loading />;
  if (!ws.data) return <Unavailable what="workspace" error={ws.error} />;
  const { workspace } = ws.data;
  const isFacilitator = workspace.role === 'facilitator';

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow" data-testid="workspace.cities">
          {workspace.cities.map((c) => c.name).join(' · ') || t('workspaces.workspace')}
        </p>
        <h1 data-testid="workspace.title">{workspace.title}</h1>
        {workspace.description && <p className="muted">{workspace.description}</p>}
        <p>
          <span className="badge" data-testid="workspace.role">
            {t('workspace.yourRole', { role: t(`roles.${workspace.role}`) })}
          </span>
        </p>
      </header>
      {ws.stale && <StaleNotice />}
      <div className="columns">
        <div className="columns__main">
          <SinceLastVisit workspaceId={workspace.id} />
          <DocumentsSection workspace={workspace} />
          <SessionsSection workspace={workspace} context={context} />
          <FilesSection workspace={workspace} />
        </div>
        <div className="columns__side">
          <OnlineSection documentTitles={context.documentTitles} />
          <MembersSection workspace={workspace} />
          {isFacilitator && !workspace.archived && (
            <CitiesSection
              workspace={workspace}
              onSaved={(next) => ws.setData((d) => d && { workspace: next })}
            />
          )}
          {isFacilitator && <InvitesSection workspaceId={workspace.id} cities={workspace.cities} />}
        </div>
      </div>
    </div>
  );
}
