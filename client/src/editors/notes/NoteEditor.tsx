import { EditorContent } from '@tiptap/react';
import { getNoteFragment } from '@weft/model';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Role } from '../../api/types.ts';
import type { CollabSession, PresenceUser } from '../../collab/createCollabSession.ts';
import type { NoteCommentsHandle } from '../../comments/NoteComments.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { usePageReady } from '../../lib/pageReady.ts';
import { hasPendingImages } from './NoteImage.ts';
import { CommentTool, NoteToolbar } from './NoteToolbar.tsx';
import { noteExtensions } from './noteExtensions.ts';
import { useNoteEditor } from './useNoteEditor.ts';

// Comments (panel, mentions, socket.io) load once the note has synced: the notes route's initial
// JavaScript is at its 250 kB budget. Only the highlight plugin is in this chunk.
const NoteComments = lazy(() =>
  import('../../comments/NoteComments.tsx').then((m) => ({ default: m.NoteComments })),
);

// Pasting or choosing an image loads the dialog and the uploader; opening a note does not.
const NoteImageDialog = lazy(() =>
  import('./NoteImageDialog.tsx').then((m) => ({ default: m.NoteImageDialog })),
);
const loadUploader = () => import('./NoteImageDialog.tsx');

interface ImageRequest {
  files: File[];
  pos: number | null;
}

interface NoteEditorProps {
  session: CollabSession;
  user: PresenceUser;
  editable: boolean;
  /** Where the note is and the reader's role, for its comment threads. */
  comments?: { workspaceId: string; documentId: string; role: Role };
}

export function NoteEditor({ session, user, editable, comments }: NoteEditorProps) {
  const { t } = useTranslation();
  const pageReady = usePageReady();
  const [commentsHandle, setCommentsHandle] = useState<NoteCommentsHandle | null>(null);
  const canComment = comments !== undefined && comments.role !== 'viewer';
  const startComment = commentsHandle ? () => commentsHandle.startComment() : undefined;
  const [imageRequest, setImageRequest] = useState<ImageRequest | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const onFiles = useRef<(files: File[], pos: number | null) => void>(() => {});
  onFiles.current = (files, pos) => setImageRequest({ files, pos });
  const editor = useNoteEditor(
    () => ({
      extensions: noteExtensions(session, user, {
        onFiles: (files, pos) => onFiles.current(files, pos),
        pendingLabel: t('notes.image.uploading'),
      }),
      editable,
      editorProps: { attributes: editorAttributes(t('notes.editorLabel'), editable) },
    }),
    [session],
  );

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    editor?.setOptions({
      editorProps: { attributes: editorAttributes(t('notes.editorLabel'), editable) },
    });
  }, [editor, t, editable]);

  const place = comments && { workspaceId: comments.workspaceId, documentId: comments.documentId };
  const target = editor &&
    place && {
      editor,
      ...place,
      onRefused: (name: string, message: string) =>
        setImageError(t('notes.image.refused', { name, message })),
    };

  // Images pasted here while offline upload when the connection returns (or the note reopens).
  const workspaceId = comments?.workspaceId;
  const documentId = comments?.documentId;
  useEffect(() => {
    if (!editor || !editable || !workspaceId || !documentId) return;
    const flush = () => {
      if (!hasPendingImages(editor)) return;
      void loadUploader().then((m) =>
        m.flushNoteImages({
          editor,
          workspaceId,
          documentId,
          onRefused: (name, message) => setImageError(t('notes.image.refused', { name, message })),
        }),
      );
    };
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [editor, editable, workspaceId, documentId, t]);

  if (!editor) return null;
  return (
    <div className="note-layout">
      <div className="note-editor">
        {editable && (
          <NoteToolbar
            editor={editor}
            canComment={canComment}
            onComment={startComment}
            onImageFiles={target ? (files) => setImageRequest({ files, pos: null }) : undefined}
          />
        )}
        {imageError && (
          <p className="notice" role="alert" data-testid="notes.image.error">
            {imageError}
            <button type="button" className="button button--small" onClick={() => setImageError(null)}>
              {t('notes.image.dismiss')}
            </button>
          </p>
        )}
        {imageRequest && target && (
          <Suspense fallback={null}>
            <NoteImageDialog {...imageRequest} target={target} onClose={() => setImageRequest(null)} />
          </Suspense>
        )}
        {!editable && canComment && (
          <div className="toolbar-wrap">
            <div
              className="toolbar"
              role="toolbar"
              aria-label={t('notes.toolbar.label')}
              data-testid="notes.commentBar"
            >
              <CommentTool onComment={startComment} />
            </div>
          </div>
        )}
        <EditorContent editor={editor} className="note-editor__surface" />
      </div>
      {comments && pageReady && (
        <Suspense fallback={null}>
          <NoteComments
            editor={editor}
            ydoc={session.doc}
            fragment={getNoteFragment(session.doc)}
            workspaceId={comments.workspaceId}
            documentId={comments.documentId}
            role={comments.role}
            onReady={setCommentsHandle}
          />
        </Suspense>
      )}
    </div>
  );
}

function editorAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    class: 'note-content',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-readonly': editable ? 'false' : 'true',
    'data-testid': 'notes.editor',
    spellcheck: 'true',
  };
}
