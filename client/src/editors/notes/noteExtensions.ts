import type { Extensions } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import Bold from '@tiptap/extension-bold';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Heading from '@tiptap/extension-heading';
import HorizontalRule from '@tiptap/extension-horizontal-rule';
import Italic from '@tiptap/extension-italic';
import { BulletList, ListItem, ListKeymap, OrderedList, TaskItem, TaskList } from '@tiptap/extension-list';
import Paragraph from '@tiptap/extension-paragraph';
import Strike from '@tiptap/extension-strike';
import Text from '@tiptap/extension-text';
import Underline from '@tiptap/extension-underline';
import { getNoteFragment } from '@weft/model';
import type { CollabSession, PresenceUser } from '../../collab/createCollabSession.ts';
import { CursorPlugins } from './cursorPlugins.ts';
import { NoteImage, type NoteImageOptions } from './NoteImage.ts';
import { renderCaret, renderSelection } from './renderCaret.ts';
import { SafeLink } from './SafeLink.ts';
import { NoteTables } from './tableNodes.ts';

/**
 * The notes schema: StarterKit's nodes and marks (without code and code blocks, which exchange
 * notes do not need), listed one by one so that TipTap's Link (with its URL parser) and
 * ProseMirror's history stay out of the notes route (250 kB budget); plus task lists and tables,
 * bound to Yjs; and images of the workspace's files. Undo is Yjs's (per user): ProseMirror's would undo others' edits.
 */
export function noteExtensions(
  session: CollabSession,
  user: PresenceUser,
  images?: Partial<NoteImageOptions>,
): Extensions {
  return [
    Document,
    Paragraph,
    Text,
    Heading.configure({ levels: [1, 2, 3, 4] }),
    Bold,
    Italic,
    Strike,
    Underline,
    Blockquote,
    HardBreak,
    HorizontalRule,
    BulletList,
    OrderedList,
    ListItem,
    ListKeymap,
    TaskList,
    TaskItem.configure({ nested: true }),
    NoteTables,
    SafeLink,
    NoteImage.configure(images ?? {}),
    CursorPlugins,
    Collaboration.configure({ fragment: getNoteFragment(session.doc) }),
    CollaborationCaret.configure({
      provider: session.provider,
      user,
      render: renderCaret,
      selectionRender: renderSelection,
    }),
  ];
}
