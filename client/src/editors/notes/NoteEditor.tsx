import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { CollabSession, PresenceUser } from '../../collab/createCollabSession.ts';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { NoteToolbar } from './NoteToolbar.tsx';
import { noteExtensions } from './noteExtensions.ts';

interface NoteEditorProps {
  session: CollabSession;
  user: PresenceUser;
  editable: boolean;
}

export function NoteEditor({ session, user, editable }: NoteEditorProps) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: noteExtensions(session, user),
      editable,
      editorProps: { attributes: editorAttributes(t('notes.editorLabel'), editable) },
    },
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
    <div className="note-editor">
      {editable && <NoteToolbar editor={editor} />}
      <EditorContent editor={editor} className="note-editor__surface" />
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
