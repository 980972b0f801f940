import { ActionPlanError, hashActionPlan } from '@weft/model';
import { useEffect, useMemo, useState } from 'react';
import { canEditDocuments } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { Link, useParams, useSearchParams } from '../../app/router.tsx';
import {
  type CollabSession,
  createCollabSession,
  type PresenceUser,
} from '../../collab/createCollabSession.ts';
import { usePresence } from '../../collab/usePresence.ts';
import { userColor } from '../../collab/userColor.ts';
import { useSaveState } from '../../collab/useSaveState.ts';
import { DocumentCommentsProvider } from '../../comments/DocumentComments.tsx';
import { ConnectionStatus } from '../../components/ConnectionStatus.tsx';
import { EditableTitle } from '../../components/EditableTitle.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PresenceAvatars } from '../../components/PresenceAvatars.tsx';
import { SaveAsTemplateButton } from '../../components/SaveAsTemplateButton.tsx';
import { Unavailable } from '../../components/Unavailable.tsx';
import { HistoryButton } from '../../history/HistoryButton.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { useSession, useUser } from '../../session/SessionContext.tsx';
import { useEditorDocument } from '../useEditorDocument.ts';
import { CsvImport } from './CsvImport.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { PlanFocusProvider } from './PlanFocusContext.tsx';
import type { ChangeMark } from './PlanRow.tsx';
import { PlanStringsProvider, usePlanT } from './PlanStringsProvider.tsx';
import { PlanView } from './PlanView.tsx';
import { createPlanCommands } from './planCommands.ts';
import { todayIn } from './planDates.ts';
import { SignOffPanel } from './SignOffPanel.tsx';
import { useAgreedDiff } from './useAgreedDiff.ts';
import { usePlanSnapshot } from './usePlanSnapshot.ts';
import { useSignOff } from './useSignOff.ts';
import { VersionView } from './VersionView.tsx';
import './actionPlan.css';
import { usePageTitle, useWorkspaceTitle } from '../../app/usePageTitle.ts';

export function ActionPlanPage() {
  return (
    <PlanStringsProvider fallback={<Loading />}>
      <ActionPlanScreen />
    </PlanStringsProvider>
  );
}

function ActionPlanScreen() {
  const { t } = useTranslation();
  const pt = usePlanT();
  const { workspaceId = '', documentId = '' } = useParams();
  const [search] = useSearchParams();
  const versionId = search.get('version');
  const user = useUser();
  const { meta, known } = useEditorDocument('actionPlan', workspaceId, documentId);
  const workspaceTitle = useWorkspaceTitle(workspaceId);
  usePageTitle(meta.data?.document.title, workspaceTitle);
  const presenceUser = useMemo<PresenceUser>(
    () => ({
      userId: user.id,
      name: user.displayName,
      city: user.city,
      color: userColor(user.city, user.id),
    }),
    [user.id, user.displayName, user.city],
  );
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    if (!known) return;
    const s = createCollabSession(documentId, presenceUser);
    setSession(s);
    return () => {
      setSession(null);
      s.destroy();
    };
  }, [documentId, presenceUser, known]);

  if (meta.loading && !meta.data) return <Loading />;
  if (!known) return <Unavailable what="document" error={meta.error} workspaceId={workspaceId} />;

  const document = meta.data?.document;
  // Offline without cached details, edit optimistically: the server refuses what the role forbids.
  const role = meta.data?.role ?? 'editor';
  const editable = canEditDocuments(role) && document?.archived !== true;

  const rename = async (title: string) => {
    const { document: updated } = await weftApi.renameDocument(documentId, title);
    meta.setData((d) => d && { ...d, document: updated });
  };

  return (
    <div className="plan-page" data-testid="plan.page">
      <header className="plan-page__header">
        <nav aria-label={t('app.breadcrumb')}>
          <Link
            className="plan-page__back"
            to={`/workspaces/${encodeURIComponent(workspaceId)}`}
            data-testid="plan.back"
          >
            ← {t('notes.backToWorkspace')}
          </Link>
        </nav>
        <div className="plan-page__titlebar">
          <div>
            <p className="eyebrow">{t('documents.kind.actionPlan')}</p>
            <EditableTitle
              title={document?.title ?? ''}
              canEdit={editable && document !== undefined}
              onSave={rename}
              testId="plan.title"
            />
          </div>
          {session && <PlanStatusBar session={session} />}
          {session && (
            <HistoryButton
              documentId={documentId}
              kind="actionPlan"
              title={document?.title ?? ''}
              canEdit={editable}
              liveDoc={session.doc}
            />
          )}
          {role === 'facilitator' && document && (
            <SaveAsTemplateButton documentId={documentId} title={document.title} />
          )}
        </div>
        {!editable && (
          <p className="notice notice--info" data-testid="plan.readOnly">
            {pt('page.readOnly', { role: t(`roles.${role}`) })}
          </p>
        )}
      </header>
      {session && versionId ? (
        <VersionView documentId={documentId} versionId={versionId} workspaceId={workspaceId} />
      ) : session ? (
        <DocumentCommentsProvider workspaceId={workspaceId} documentId={documentId} role={role}>
          <PlanFocusProvider awareness={session.awareness}>
            <LivePlan
              session={session}
              editable={editable}
              workspaceId={workspaceId}
              documentId={documentId}
              title={document?.title ?? ''}
            />
          </PlanFocusProvider>
        </DocumentCommentsProvider>
      ) : (
        <Loading />
      )}
    </div>
  );
}

function PlanStatusBar({ session }: { session: CollabSession }) {
  const people = usePresence(session.awareness);
  const snapshot = useSaveState(session);
  return (
    <div className="plan-page__status">
      <PresenceAvatars people={people} />
      <ConnectionStatus snapshot={snapshot} />
    </div>
  );
}

interface LivePlanProps {
  session: CollabSession;
  editable: boolean;
  workspaceId: string;
  documentId: string;
  title: string;
}

/** The live draft, bound to the shared Y.Doc. */
function LivePlan({ session, editable: mayEdit, workspaceId, documentId, title }: LivePlanProps) {
  const pt = usePlanT();
  const { t, i18n } = useTranslation();
  const { timeZone } = useSession();
  const user = useUser();
  const plan = usePlanSnapshot(session.doc);
  const [writeError, setWriteError] = useState<string | null>(null);
  const localHash = useMemo(() => hashActionPlan(plan), [plan]);
  const signOff = useSignOff(documentId, localHash);
  // A proposed or agreed plan is read-only until "Edit anyway": an edit voids every signature,
  // so it never happens by accident (sticky → item and CSV import ask the same way).
  const status = signOff.data?.status ?? 'draft';
  const [unlockedAt, setUnlockedAt] = useState<string | null>(null);
  const lockKey = `${status}:${signOff.data?.state.contentHash ?? ''}`;
  const locked = status !== 'draft' && unlockedAt !== lockKey;
  const editable = mayEdit && !locked;
  const commands = useMemo(
    () =>
      editable
        ? createPlanCommands(session.doc, (error) =>
            setWriteError(
              error instanceof ActionPlanError && error.code === 'unknown_item'
                ? pt('detail.gone')
                : t('errors.validation'),
            ),
          )
        : null,
    [session.doc, editable, pt, t],
  );
  const today = todayIn(timeZone);
  const latest = signOff.data?.latestVersion ?? null;
  const changed =
    latest !== null && (signOff.data?.changedSinceAgreed === true || latest.contentHash !== localHash);
  const diff = useAgreedDiff(documentId, changed ? latest.id : null, signOff.revision);
  // An agreed, unchanged plan exports its stored agreed version (named, with its signers).
  const agreedVersion = signOff.data?.status === 'agreed' && latest !== null && !changed ? latest : null;
  const changeMarks = useMemo(() => {
    const marks = new Map<string, ChangeMark>();
    if (!changed || !diff) return marks;
    for (const item of diff.diff.added) marks.set(item.id, 'added');
    for (const item of diff.diff.changed) marks.set(item.id, 'changed');
    return marks;
  }, [changed, diff]);
  const save = useSaveState(session);
  const parties = plan.meta.parties.length > 0 ? plan.meta.parties : (signOff.data?.parties ?? []);
  return (
    <>
      <SignOffPanel
        documentId={documentId}
        control={signOff}
        localHash={localHash}
        unsynced={save.unsaved}
        diff={diff}
        timeZone={timeZone}
        planTitle={plan.meta.title || title}
      />
      {mayEdit && locked && (
        <div className="notice plan-warning" data-testid="plan.locked">
          <p>{pt(status === 'agreed' ? 'parties.lockedAgreed' : 'parties.lockedProposed')}</p>
          <button
            type="button"
            className="button"
            onClick={() => setUnlockedAt(lockKey)}
            data-testid="plan.editAnyway"
          >
            {pt('parties.editAnyway')}
          </button>
        </div>
      )}
      {writeError && (
        <p className="form-error" role="alert" data-testid="plan.writeError">
          {writeError}
        </p>
      )}
      <PlanView
        plan={plan}
        doc={editable ? session.doc : null}
        commands={commands}
        parties={parties}
        myCity={signOff.data?.you.city || user.city}
        workspaceId={workspaceId}
        language={i18n.language}
        today={today}
        changeMarks={changeMarks}
        tools={
          <div className="plan-tools">
            <ExportMenu
              documentId={documentId}
              versionId={agreedVersion?.id ?? null}
              versionName={agreedVersion?.name}
              agreed={agreedVersion !== null}
              testId="plan.export"
            />
            {editable && <CsvImport documentId={documentId} />}
          </div>
        }
        onError={() => setWriteError(t('errors.validation'))}
      />
    </>
  );
}
