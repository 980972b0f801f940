import type * as Y from 'yjs';

/** Top-level Y.Map of a whiteboard: sticky id -> the action item made from it. */
export const WHITEBOARD_ACTION_ITEMS = 'actionItems';

/** Where a sticky note's action item lives (a plan of the same workspace). */
export interface ActionItemLink {
  planId: string;
  itemId: string;
}

const ID = /^[\w-]{1,128}$/;

/** Values written by other clients are checked, never trusted. */
export function parseActionItemLink(value: unknown): ActionItemLink | null {
  if (typeof value !== 'object' || value === null) return null;
  const { planId, itemId } = value as Record<string, unknown>;
  if (typeof planId !== 'string' || typeof itemId !== 'string') return null;
  return ID.test(planId) && ID.test(itemId) ? { planId, itemId } : null;
}

export function getActionItemLinks(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(WHITEBOARD_ACTION_ITEMS);
}

/** Every valid link, by sticky id. */
export function readActionItemLinks(doc: Y.Doc): Map<string, ActionItemLink> {
  const out = new Map<string, ActionItemLink>();
  getActionItemLinks(doc).forEach((value, shapeId) => {
    const link = parseActionItemLink(value);
    if (link) out.set(shapeId, link);
  });
  return out;
}

/** Records that `shapeId` became an action item; a later conversion of the same sticky replaces it. */
export function setActionItemLink(doc: Y.Doc, shapeId: string, link: ActionItemLink, origin?: unknown): void {
  if (shapeId.length === 0) throw new TypeError('shapeId must not be empty');
  if (!parseActionItemLink(link)) throw new TypeError('link needs a planId and an itemId');
  doc.transact(() => {
    // A plain object: the link is set and replaced as a whole, never edited field by field.
    getActionItemLinks(doc).set(shapeId, { planId: link.planId, itemId: link.itemId });
  }, origin);
}

/** Calls `listener` with the links now and after every change; returns the unsubscribe function. */
export function observeActionItemLinks(
  doc: Y.Doc,
  listener: (links: Map<string, ActionItemLink>) => void,
): () => void {
  const map = getActionItemLinks(doc);
  const changed = () => listener(readActionItemLinks(doc));
  map.observe(changed);
  changed();
  return () => map.unobserve(changed);
}

/** `sourceRef` of an item made from a sticky: `whiteboard:<documentId>#<shapeId>`. */
export function stickySourceRef(whiteboardId: string, shapeId: string): string {
  return `whiteboard:${whiteboardId}#${shapeId}`;
}
