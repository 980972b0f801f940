import { ApiError } from '../api/ApiError.ts';
import { Link } from '../app/router.tsx';
import { useTranslation } from '../i18n/I18nProvider.tsx';

interface UnavailableProps {
  what: 'document' | 'workspace';
  error: ApiError | null;
  /** The workspace to go back to (documents only). */
  workspaceId?: string;
}

/** What a reader sees instead of a document or workspace that cannot be opened, with a way back. */
export function Unavailable({ what, error, workspaceId }: UnavailableProps) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const [heading, reason] =
    status === 404
      ? [t(`errors.${what}NotFound`), t(`errors.${what}NotFoundWhy`)]
      : status === 403
        ? [t(`errors.${what}Forbidden`), t('errors.askFacilitator')]
        : [t('errors.pageFailed'), t(error?.isOffline ? 'errors.offline' : 'errors.generic')];
  return (
    <section className="card narrow" role="alert" data-testid="app.unavailable">
      <h1>{heading}</h1>
      <p>{reason}</p>
      <p>
        {workspaceId && (
          <>
            <Link
              to={`/workspaces/${encodeURIComponent(workspaceId)}`}
              data-testid="app.unavailable.workspace"
            >
              {t('errors.backToWorkspace')}
            </Link>
            {' · '}
          </>
        )}
        <Link to="/workspaces" data-testid="app.unavailable.workspaces">
          {t('errors.allWorkspaces')}
        </Link>
      </p>
    </section>
  );
}
