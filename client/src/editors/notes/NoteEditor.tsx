import { EditorContent } from '@tiptap/react';
import { getNoteFragment } from '@weft/model';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Role } from '../../api/types.ts';
import type { CollabSession, PresenceUser } from '../../collab/createCollabSession.ts';
import type { NoteCommentsHandle } from '../../comments/NoteComments.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { CommentTool, NoteToolbar } from './NoteToolbar.tsx';
import { noteExtensions } from './noteExtensions.ts';
import { useNoteEditor } from './useNoteEditor.ts';

// Comments (panel, mentions, socket.io) load after the editor is up: the notes route's initial
// JavaScript is at its 250 kB budget. Only the highlight plugin is in this chunk.
const NoteComments = lazy(() =>
  import('../../comments/NoteComments.tsx').then((m) => ({ default: m.NoteComments })),
);

interface NoteEditorProps {
  session: CollabSession;
  user: PresenceUser;
  editable: boolean;
  /** Where the note is and the reader's role, for its comment threads. */
  comments?: { workspaceId: string; documentId: string; role: Role };
}

export function NoteEditor({ session, user, editable, comments }: NoteEditorProps) {
  const { t } = useTranslation();
  const [commentsHandle, setCommentsHandle] = useState<NoteCommentsHandle | null>(null);
  const canComment = comments !== undefined && comments.role !== 'viewer';
  const startComment = commentsHandle ? () => commentsHandle.startComment() : undefined;
  const editor = useNoteEditor(
    () => ({
      extensions: noteExtensions(session, user),
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

  if (!editor) return null;
  return (
    <div className="note-layout">
      <div className="note-editor">
        {editable && <NoteToolbar editor={editor} canComment={canComment} onComment={startComment} />}
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
      {comments && (
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
