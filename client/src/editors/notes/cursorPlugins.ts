import { Extension } from '@tiptap/core';
import { dropCursor } from '@tiptap/pm/dropcursor';
import { gapCursor } from '@tiptap/pm/gapcursor';

/**
 * ProseMirror's drop cursor (where a dragged block lands) and gap cursor (a caret beside tables).
 * Wrapped here rather than imported from @tiptap/extensions, which would bring every extension
 * of that package (history included) into the notes route.
 */
export const CursorPlugins = Extension.create({
  name: 'weftCursorPlugins',
  addProseMirrorPlugins() {
    return [dropCursor({ color: '#1f5fa8', width: 2 }), gapCursor()];
  },
});
