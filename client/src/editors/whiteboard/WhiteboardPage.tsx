import type { ShapeSnapshot } from '@weft/model';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { canEditDocuments } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { Link, useNavigate, useParams, useSearchParams } from '../../app/router.tsx';
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
import { filesApi } from '../../files/filesApi.ts';
import { HistoryButton } from '../../history/HistoryButton.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { useQuery } from '../../lib/useQuery.ts';
import { createWhiteboardFollowTarget, registerFollowTarget } from '../../live/followTargets.ts';
import { useUser } from '../../session/SessionContext.tsx';
import { useEditorDocument } from '../useEditorDocument.ts';
import { ActionItemDialog } from './ActionItemDialog.tsx';
import { type ActionItemLink, observeActionItemLinks, setActionItemLink } from './actionItemLinks.ts';
import { addStickyToPlan } from './addStickyToPlan.ts';
import { CommentableWhiteboard } from './CommentableWhiteboard.tsx';
import type { WhiteboardController, WhiteboardUser } from './createWhiteboardController.ts';
import { exposeTestHooks, testHooksRequested } from './exposeTestHooks.ts';
import { focusShapeWhenPresent } from './focusShapeWhenPresent.ts';
import type { ShapeBadge } from './ShapeBadges.tsx';
import { useWhiteboardTranslate } from './useWhiteboardTranslate.ts';
import { useBoardVoting } from './voting/BoardVoting.tsx';
import './whiteboard.css';
import { usePageTitle, useWorkspaceTitle } from '../../app/usePageTitle.ts';

/** Where an action item opens: its plan, scrolled to the item. */
export function actionItemPath(workspaceId: string, link: ActionItemLink): string {
  return `/workspaces/${encodeURIComponent(workspaceId)}/plans/${encodeURIComponent(link.planId)}#item-${encodeURIComponent(link.itemId)}`;
}

/** A picture pasted or dropped on a board becomes a file of the board's workspace. */
async function uploadBoardImage(workspaceId: string, file: File) {
  const { file: stored } = await filesApi.upload(workspaceId, file, file.name || 'image.png');
  return { fileId: stored.id, width: stored.width, height: stored.height };
}

export function WhiteboardPage() {
  const { t: appT } = useTranslation();
  const t = useWhiteboardTranslate();
  const navigate = useNavigate();
  const { workspaceId = '', documentId = '' } = useParams();
  const uploadImage = useCallback((file: File) => uploadBoardImage(workspaceId, file), [workspaceId]);
  const [search] = useSearchParams();
  // `?shape=<id>` (e.g. an action item's source link): select and centre that shape.
  const linkedShape = search.get('shape');
  const user = useUser();
  const { meta, known } = useEditorDocument('whiteboard', workspaceId, documentId);
  const workspaceTitle = useWorkspaceTitle(workspaceId);
  usePageTitle(meta.data?.document.title, workspaceTitle);
  // A new action item is led by the city I represent in this workspace (else my profile city).
  const members = useQuery(`members.${workspaceId}`, () => weftApi.listMembers(workspaceId));
  const myCity = members.data?.members.find((m) => m.userId === user.id)?.city || user.city;
  const presenceUser = useMemo<PresenceUser>(
    () => ({
      userId: user.id,
      name: user.displayName,
      city: user.city,
      color: userColor(user.city, user.id),
    }),
    [user.id, user.displayName, user.city],
  );
  const editorUser = useMemo<WhiteboardUser>(
    () => ({
      id: presenceUser.userId,
      name: presenceUser.name,
      colour: presenceUser.color,
      city: presenceUser.city,
    }),
    [presenceUser],
  );
  const [session, setSession] = useState<CollabSession | null>(null);
  const [links, setLinks] = useState<Map<string, ActionItemLink>>(() => new Map());
  const [converting, setConverting] = useState<ShapeSnapshot | null>(null);
  const controllerRef = useRef<WhiteboardController | null>(null);
  const [controller, setController] = useState<WhiteboardController | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const removeHooks = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!known) return;
    const s = createCollabSession(documentId, presenceUser);
    setSession(s);
    const stopLinks = observeActionItemLinks(s.doc, setLinks);
    return () => {
      stopLinks();
      setSession(null);
      setConverting(null);
      s.destroy();
    };
  }, [documentId, presenceUser, known]);

  useEffect(() => () => removeHooks.current?.(), []);

  // Followers of someone on this board see their camera (pan and zoom), not only the board.
  useEffect(() => {
    if (!controller) return;
    return registerFollowTarget(documentId, createWhiteboardFollowTarget(controller));
  }, [controller, documentId]);

  useEffect(() => {
    if (!controller || !linkedShape) return;
    return focusShapeWhenPresent(controller, linkedShape);
  }, [controller, linkedShape]);

  const onReady = useCallback(
    (controller: WhiteboardController) => {
      controllerRef.current = controller;
      setController(controller);
      removeHooks.current?.();
      removeHooks.current = null;
      if (session && testHooksRequested(window.location.search)) {
        removeHooks.current = exposeTestHooks(
          session.doc,
          controller,
          () => boardRef.current?.querySelector('canvas') ?? null,
        );
      }
    },
    [session],
  );

  const badges = useMemo<ShapeBadge[]>(
    () =>
      [...links].map(([shapeId, link]) => {
        const href = actionItemPath(workspaceId, link);
        return {
          shapeId,
          label: t('actionItemBadge'),
          title: t('actionItemBadgeLabel'),
          menuLabel: 'openActionItem',
          href,
          onOpen: () => navigate(href),
        };
      }),
    [links, t, workspaceId, navigate],
  );

  const voting = useBoardVoting({
    workspaceId,
    documentId,
    role: meta.data?.role ?? 'viewer',
    controller,
    boardRef,
    t,
  });

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

  const convert = async (planId: string): Promise<ActionItemLink> => {
    if (!session || !converting) throw new Error('whiteboard: no sticky note to convert');
    const latest = controllerRef.current?.store.get(converting.id) ?? converting;
    const itemId = await addStickyToPlan({
      planId,
      whiteboardId: documentId,
      shapeId: latest.id,
      text: latest.text,
      city: myCity,
      user: presenceUser,
    });
    const link = { planId, itemId };
    setActionItemLink(session.doc, latest.id, link);
    return link;
  };

  return (
    <DocumentCommentsProvider workspaceId={workspaceId} documentId={documentId} role={role}>
      <div className="wb-page">
        <header className="wb-page__header">
          <nav aria-label={appT('app.breadcrumb')}>
            <Link
              className="wb-page__back"
              to={`/workspaces/${encodeURIComponent(workspaceId)}`}
              data-testid="whiteboard.back"
            >
              ← {appT('notes.backToWorkspace')}
            </Link>
          </nav>
          <EditableTitle
            title={document?.title ?? ''}
            canEdit={editable && document !== undefined}
            onSave={rename}
            testId="whiteboard.title"
          />
          {session && <BoardStatusBar session={session} />}
          {session && (
            <HistoryButton
              documentId={documentId}
              kind="whiteboard"
              title={document?.title ?? ''}
              canEdit={editable}
              liveDoc={session.doc}
            />
          )}
          {role === 'facilitator' && document && (
            <SaveAsTemplateButton documentId={documentId} title={document.title} />
          )}
        </header>
        <div className="wb-page__board" ref={boardRef}>
          {session ? (
            <CommentableWhiteboard
              doc={session.doc}
              awareness={session.awareness}
              readOnly={!editable}
              user={editorUser}
              t={t}
              badges={badges}
              extraOverlay={voting.overlay}
              exportVoteCounts={voting.exportCounts}
              onReady={onReady}
              {...(editable ? { onCreateActionItem: setConverting, uploadImage } : {})}
            />
          ) : (
            <Loading />
          )}
          {voting.panel}
        </div>
        {converting && (
          <ActionItemDialog
            workspaceId={workspaceId}
            shape={controllerRef.current?.store.get(converting.id) ?? converting}
            city={myCity}
            existing={links.get(converting.id)}
            t={t}
            convert={convert}
            open={(link) => navigate(actionItemPath(workspaceId, link))}
            onClose={() => {
              setConverting(null);
              // The menu item that opened the dialog is gone: focus returns to the board.
              boardRef.current?.querySelector('canvas')?.focus();
            }}
          />
        )}
      </div>
    </DocumentCommentsProvider>
  );
}

function BoardStatusBar({ session }: { session: CollabSession }) {
  const people = usePresence(session.awareness);
  const snapshot = useSaveState(session);
  return (
    <div className="wb-page__status">
      <PresenceAvatars people={people} />
      <ConnectionStatus snapshot={snapshot} />
    </div>
  );
}
