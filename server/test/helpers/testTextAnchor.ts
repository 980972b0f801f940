import { createTextAnchor, getNoteFragment } from '@weft/model';
import type { CommentAnchor } from '@weft/protocol';
import * as Y from 'yjs';

/** A real text anchor, made the way the client makes one, over a note of its own. */
export function testTextAnchor(text = 'Gent and Huế share a textile recycling pilot.'): CommentAnchor {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  getNoteFragment(doc).insert(0, [paragraph]);
  return { kind: 'text', ...createTextAnchor(getNoteFragment(doc), 0, Math.min(5, text.length)) };
}
