import type * as Y from 'yjs';

/** The Y.XmlFragment TipTap's Collaboration extension binds to (its default `field`). */
export const NOTE_FRAGMENT = 'default';

export function getNoteFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(NOTE_FRAGMENT);
}
