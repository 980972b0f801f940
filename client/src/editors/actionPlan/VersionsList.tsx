import type { PlanVersionView } from '@weft/protocol';
import { useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import { planApi } from './planApi.ts';

interface VersionsListProps {
  documentId: string;
  revision: number;
  timeZone: string;
}

/** Every agreed version, newest first, each openable read-only and exportable. */
export function VersionsList({ documentId, revision, timeZone }: VersionsListProps) {
  const t = usePlanT();
  const { i18n } = useTranslation();
  const [versions, setVersions] = useState<PlanVersionView[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void revision;
    planApi.versions(documentId).then(
      ({ versions: list }) => {
        if (!cancelled) setVersions(list);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [documentId, revision]);

  if (!versions) return null;
  return (
    <details className="plan-versions" data-testid="plan.versions">
      <summary>
        {t('versions.title')} ({versions.length})
      </summary>
      {versions.length === 0 ? (
        <p className="muted">{t('versions.none')}</p>
      ) : (
        <ul className="plan-versions__list">
          {[...versions].reverse().map((version) => (
            <li
              key={version.id}
              className="plan-version"
              data-testid="plan.version"
              data-version-id={version.id}
            >
              <div>
                <strong>{version.name}</strong>
                <div className="muted plan-version__meta">
                  {t('versions.agreedAt', {
                    date: `${formatDateTime(version.agreedAt, i18n.language, timeZone)} (${formatDateTime(version.agreedAt, i18n.language, 'UTC')} UTC)`,
                  })}
                  {' · '}
                  {t('versions.signers', {
                    names: version.signatures
                      .map((s) => `${s.displayName || s.userId} (${s.city})`)
                      .join(', '),
                  })}
                </div>
              </div>
              <div className="plan-version__actions">
                <Link
                  className="button button--small"
                  to={`?version=${encodeURIComponent(version.id)}`}
                  data-testid="plan.version.open"
                >
                  {t('versions.open')}
                </Link>
                <ExportMenu
                  documentId={documentId}
                  versionId={version.id}
                  versionName={version.name}
                  testId="plan.version.export"
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
