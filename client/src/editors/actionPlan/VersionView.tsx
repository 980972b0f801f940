import { useEffect, useMemo, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { useSession, useUser } from '../../session/SessionContext.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import { PlanView } from './PlanView.tsx';
import { type PlanVersionWithContent, planApi } from './planApi.ts';
import { todayIn } from './planDates.ts';
import { SignatureLine } from './SignatureLine.tsx';

interface VersionViewProps {
  documentId: string;
  versionId: string;
  workspaceId: string;
}

/** An agreed version exactly as signed: read-only, with its signatures and its own export. */
export function VersionView({ documentId, versionId, workspaceId }: VersionViewProps) {
  const t = usePlanT();
  const { i18n } = useTranslation();
  const { timeZone } = useSession();
  const user = useUser();
  const [loaded, setLoaded] = useState<PlanVersionWithContent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setLoaded(null);
    setFailed(false);
    planApi.version(documentId, versionId).then(
      (v) => {
        if (!cancelled) setLoaded(v);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [documentId, versionId]);
  const noMarks = useMemo(() => new Map(), []);

  const back = (
    <Link className="button button--small" to="?" data-testid="plan.version.back">
      ← {t('versions.backToDraft')}
    </Link>
  );
  if (failed) {
    return (
      <div className="notice" role="alert" data-testid="plan.version.error">
        <p>{t('versions.loadFailed')}</p>
        {back}
      </div>
    );
  }
  if (!loaded) return null;
  const { version, plan } = loaded;
  return (
    <div className="plan-version-view" data-testid="plan.versionView" data-version-id={version.id}>
      <div className="notice notice--info plan-version-banner">
        <p>
          <strong data-testid="plan.versionView.name">
            {t('versions.viewing', { version: version.name })}
          </strong>
        </p>
        <div className="plan-parties">
          {version.signatures.map((signature) => (
            <SignatureLine
              key={`${signature.city}-${signature.userId}`}
              signature={signature}
              timeZone={timeZone}
              testId="plan.versionView.signature"
            />
          ))}
        </div>
        {back}
      </div>
      <PlanView
        plan={plan}
        doc={null}
        commands={null}
        parties={plan.meta.parties}
        myCity={user.city}
        workspaceId={workspaceId}
        language={i18n.language}
        today={todayIn(timeZone)}
        changeMarks={noMarks}
        tools={
          <ExportMenu
            documentId={documentId}
            versionId={version.id}
            versionName={version.name}
            testId="plan.export"
          />
        }
        onError={() => undefined}
      />
    </div>
  );
}
