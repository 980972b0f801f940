import { useEffect, useMemo, useState } from 'react';
import { canEditDocuments } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { Link, useParams } from '../../app/router.tsx';
import {
  type CollabSession,
  createCollabSession,
  type PresenceUser,
} from '../../collab/createCollabSession.ts';
import { usePresence } from '../../collab/usePresence.ts';
import { userColor } from '../../collab/userColor.ts';
import { useSaveState } from '../../collab/useSaveState.ts';
import { ConnectionStatus } from '../../components/ConnectionStatus.tsx';
import { EditableTitle } from '../../components/EditableTitle.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PresenceAvatars } from '../../components/PresenceAvatars.tsx';
import { SaveAsTemplateButton } from '../../components/SaveAsTemplateButton.tsx';
import { Unavailable } from '../../components/Unavailable.tsx';
import { HistoryButton } from '../../history/HistoryButton.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { useUser } from '../../session/SessionContext.tsx';
import { useEditorDocument } from '../useEditorDocument.ts';
import { NoteEditor } from './NoteEditor.tsx';
import './notes.css';
import { usePageTitle, useWorkspaceTitle } from '../../app/usePageTitle.ts';

export function NotePage() {
  const { t } = useTranslation();
  const { workspaceId = '', documentId = '' } = useParams();
  const user = useUser();
  const { meta, known } = useEditorDocument('note', workspaceId, documentId);
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
  // Offline without any cached details, edit optimistically: the server refuses what the role forbids.
  const role = meta.data?.role ?? 'editor';
  const editable = canEditDocuments(role);

  const rename = async (title: string) => {
    const { document: updated } = await weftApi.renameDocument(documentId, title);
    meta.setData((d) => d && { ...d, document: updated });
  };

  return (
    <div className="note-page">
      <header className="note-page__header">
        <nav aria-label={t('app.breadcrumb')}>
          <Link
            className="note-page__back"
            to={`/workspaces/${encodeURIComponent(workspaceId)}`}
            data-testid="notes.back"
          >
            ← {t('notes.backToWorkspace')}
          </Link>
        </nav>
        <div className="note-page__titlebar">
          <EditableTitle
            title={document?.title ?? ''}
            canEdit={editable && document !== undefined}
            onSave={rename}
            testId="notes.title"
          />
          {session && <NoteStatusBar session={session} />}
          {session && (
            <HistoryButton
              documentId={documentId}
              kind="note"
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
          <p className="notice notice--info" data-testid="notes.readOnly">
            {t('notes.readOnly', { role: t(`roles.${role}`) })}
          </p>
        )}
      </header>
      {session ? (
        <NoteEditor
          session={session}
          user={presenceUser}
          editable={editable}
          comments={{ workspaceId, documentId, role }}
        />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function NoteStatusBar({ session }: { session: CollabSession }) {
  const people = usePresence(session.awareness);
  const snapshot = useSaveState(session);
  return (
    <div className="note-page__status">
      <PresenceAvatars people={people} />
      <ConnectionStatus snapshot={snapshot} />
    </div>
  );
}
