import { getNoteFragment } from '@weft/model';
import * as Y from 'yjs';

/** One block of a note, in the node names of the notes editor's schema (TipTap + y-prosemirror). */
export type NoteBlock =
  | { h: 1 | 2 | 3; text: string }
  | { p: string }
  | { bullets: readonly string[] }
  | { tasks: readonly string[] };

function text(value: string): Y.XmlText {
  const node = new Y.XmlText();
  node.insert(0, value);
  return node;
}

function element(name: string, attrs: Record<string, unknown>, children: (Y.XmlElement | Y.XmlText)[]) {
  const node = new Y.XmlElement(name);
  // y-prosemirror keeps attributes with their types (a heading's level is a number, a task's
  // checked flag a boolean); Yjs's typings only admit strings, hence the widening.
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
  node.insert(0, children);
  return node;
}

// An empty text node would be an empty paragraph's only child; ProseMirror wants none then.
const paragraph = (value: string) => element('paragraph', {}, value ? [text(value)] : []);

function block(b: NoteBlock): Y.XmlElement {
  if ('h' in b) return element('heading', { level: b.h }, [text(b.text)]);
  if ('p' in b) return paragraph(b.p);
  if ('bullets' in b)
    return element(
      'bulletList',
      {},
      b.bullets.map((item) => element('listItem', {}, [paragraph(item)])),
    );
  return element(
    'taskList',
    {},
    b.tasks.map((item) => element('taskItem', { checked: false }, [paragraph(item)])),
  );
}

/** Writes the blocks into the document's note fragment. */
export function writeNote(doc: Y.Doc, blocks: readonly NoteBlock[]): void {
  getNoteFragment(doc).insert(0, blocks.map(block));
}
