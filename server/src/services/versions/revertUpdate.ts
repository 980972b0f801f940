import {
  ACTION_PLAN_ITEMS,
  ACTION_PLAN_META,
  type DocumentType,
  NOTE_FRAGMENT,
  WHITEBOARD_SHAPES,
} from '@weft/model';
import * as Y from 'yjs';

type RootKind = 'xml' | 'array' | 'map';

/** The shared roots of each document type (see packages/model and docs/). */
const ROOTS: Record<DocumentType, readonly (readonly [name: string, kind: RootKind])[]> = {
  note: [[NOTE_FRAGMENT, 'xml']],
  actionPlan: [
    [ACTION_PLAN_ITEMS, 'array'],
    [ACTION_PLAN_META, 'map'],
  ],
  // `actionItems` links board shapes to plan items (client/src/editors/whiteboard/actionItemLinks.ts).
  whiteboard: [
    [WHITEBOARD_SHAPES, 'map'],
    ['actionItems', 'map'],
  ],
};

/**
 * The update that turns `current` into the content of `version`, written as a new change on top
 * of `current` (nothing in its history is undone), so every client that holds `current` can apply
 * it and converge on the version's content. Map entries that already equal the version's are left
 * alone, so concurrent edits of other whiteboard shapes or plan fields are not touched.
 */
export function revertUpdate(type: DocumentType, current: Uint8Array, version: Uint8Array): Uint8Array {
  const work = new Y.Doc({ gc: false });
  Y.applyUpdate(work, current);
  const before = Y.encodeStateVector(work);
  const old = new Y.Doc();
  Y.applyUpdate(old, version);
  work.transact(() => {
    for (const [name, kind] of ROOTS[type]) {
      if (kind === 'xml') replaceXml(work.getXmlFragment(name), old.getXmlFragment(name));
      else if (kind === 'array') replaceArray(work.getArray(name), old.getArray(name));
      else replaceMap(work.getMap(name), old.getMap(name));
    }
  });
  const update = Y.encodeStateAsUpdate(work, before);
  work.destroy();
  old.destroy();
  return update;
}

function copyOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}

function replaceXml(target: Y.XmlFragment, source: Y.XmlFragment): void {
  if (sameJson(target.toJSON(), source.toJSON()) && target.toString() === source.toString()) return;
  if (target.length > 0) target.delete(0, target.length);
  const children = source.toArray().map((child) => child.clone() as Y.XmlElement | Y.XmlText);
  if (children.length > 0) target.insert(0, children);
}

function replaceArray(target: Y.Array<unknown>, source: Y.Array<unknown>): void {
  if (sameJson(target.toJSON(), source.toJSON())) return;
  if (target.length > 0) target.delete(0, target.length);
  const items = source.toArray().map(copyOf);
  if (items.length > 0) target.insert(0, items);
}

function replaceMap(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) {
    if (!source.has(key)) target.delete(key);
  }
  for (const [key, value] of source.entries()) {
    const now = target.get(key);
    const sameKind = now instanceof Y.AbstractType === value instanceof Y.AbstractType;
    if (target.has(key) && sameKind && sameJson(jsonOf(now), jsonOf(value))) continue;
    target.set(key, copyOf(value));
  }
}

function jsonOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
