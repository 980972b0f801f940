import * as Y from 'yjs';

/**
 * A comment's anchor in a note: two encoded Yjs relative positions (base64 of
 * `Y.encodeRelativePosition`). `start` sticks to the first character of the range and `end` to the
 * last, so text typed at either edge stays outside, and the range shrinks as its text is deleted.
 */
export interface TextAnchorPositions {
  start: string;
  end: string;
}

/** Any shared type that can hold comment ranges: a text, or an XML tree of texts (TipTap). */
export type AnchorableType = Y.Text | Y.XmlText | Y.XmlFragment | Y.XmlElement;

export interface AnchorPoint {
  /** The Y.Text / Y.XmlText the point lies in. */
  type: Y.Text;
  index: number;
}

export type ResolvedTextAnchor =
  | {
      collapsed: false;
      /** Offset of the range in the root's plain text (see `plainTextOf`). */
      index: number;
      length: number;
      start: AnchorPoint;
      end: AnchorPoint;
    }
  | {
      collapsed: true;
      /**
       * `deleted`: all of the text (or its paragraph) is gone; `missing`: the document does not have
       * the anchored text yet (an update still on its way); `invalid`: not a readable anchor.
       */
      reason: 'deleted' | 'missing' | 'invalid';
    };

/** Texts and XML trees of texts; Y.XmlText extends Y.Text and Y.XmlElement extends Y.XmlFragment. */
type TreeType = Y.Text | Y.XmlFragment;

/** Stands in for embeds so plain-text offsets match Yjs indexes. */
export const EMBED_CHARACTER = '\uFFFC';

const isText = (t: unknown): t is Y.Text => t instanceof Y.Text; // Y.XmlText extends Y.Text

/**
 * Anchors `length` characters from `index`. In a Y.Text or Y.XmlText the offsets are that text's
 * own; in a Y.XmlFragment / Y.XmlElement they count the characters of its texts in document order
 * (`plainTextOf`), so a range may span paragraphs.
 */
export function createTextAnchor(type: AnchorableType, index: number, length: number): TextAnchorPositions {
  const total = plainTextOf(type).length;
  if (!Number.isInteger(index) || !Number.isInteger(length) || index < 0 || length < 1) {
    throw new RangeError(`a text anchor needs an index >= 0 and a length >= 1 (got ${index}, ${length})`);
  }
  if (index + length > total) {
    throw new RangeError(`range ${index}+${length} lies outside the text (length ${total})`);
  }
  const first = locate(type, index);
  const last = locate(type, index + length - 1);
  return {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(first.type, first.index, 0)),
    // assoc -1 ties the end to the last character of the range rather than the one after it.
    end: encodePosition(Y.createRelativePositionFromTypeIndex(last.type, last.index + 1, -1)),
  };
}

/** Where the anchor is now in `doc`, or why it no longer marks any text. */
export function resolveTextAnchor(doc: Y.Doc, anchor: TextAnchorPositions): ResolvedTextAnchor {
  const startRel = decodeTextAnchorPosition(anchor.start);
  const endRel = decodeTextAnchorPosition(anchor.end);
  if (!startRel || !endRel) return { collapsed: true, reason: 'invalid' };
  if (!isKnown(doc, startRel) || !isKnown(doc, endRel)) return { collapsed: true, reason: 'missing' };
  const start = Y.createAbsolutePositionFromRelativePosition(startRel, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(endRel, doc);
  // Known but unresolvable: garbage-collected with its deleted paragraph.
  if (!start || !end) return { collapsed: true, reason: 'deleted' };
  if (!isText(start.type) || !isText(end.type)) return { collapsed: true, reason: 'invalid' };
  if (isDeleted(start.type) || isDeleted(end.type)) return { collapsed: true, reason: 'deleted' };
  const root = rootOf(start.type);
  if (root !== rootOf(end.type)) return { collapsed: true, reason: 'invalid' };
  const from = offsetIn(root, start.type, start.index);
  const to = offsetIn(root, end.type, end.index);
  if (from === null || to === null) return { collapsed: true, reason: 'invalid' };
  if (to <= from) return { collapsed: true, reason: 'deleted' };
  return {
    collapsed: false,
    index: from,
    length: to - from,
    start: { type: start.type, index: start.index },
    end: { type: end.type, index: end.index },
  };
}

/** The text the anchor marks now, or null when it collapsed. */
export function readTextAnchor(doc: Y.Doc, anchor: TextAnchorPositions): string | null {
  const resolved = resolveTextAnchor(doc, anchor);
  if (resolved.collapsed) return null;
  const root = rootOf(resolved.start.type);
  return plainTextOf(root).slice(resolved.index, resolved.index + resolved.length);
}

/** Decodes one base64 position; null when it is not a Yjs relative position. */
export function decodeTextAnchorPosition(encoded: string): Y.RelativePosition | null {
  try {
    const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    if (bytes.length === 0) return null;
    const rel = Y.decodeRelativePosition(bytes);
    // A position names either an item, or a type (by id or root name).
    return rel.item !== null || rel.type !== null || rel.tname !== null ? rel : null;
  } catch {
    return null;
  }
}

/**
 * The characters of a text, or of an XML tree's texts in document order with no separators; embeds
 * count as `EMBED_CHARACTER`. Anchor offsets on XML types are offsets into this string.
 */
export function plainTextOf(type: TreeType): string {
  if (isText(type)) {
    const delta = type.toDelta() as { insert: unknown }[];
    return delta.map((op) => (typeof op.insert === 'string' ? op.insert : EMBED_CHARACTER)).join('');
  }
  return childrenOf(type).map(plainTextOf).join('');
}

function encodePosition(rel: Y.RelativePosition): string {
  return btoa(String.fromCharCode(...Y.encodeRelativePosition(rel)));
}

/** The text node holding the character at `offset` of `type`'s plain text. */
function locate(type: TreeType, offset: number): { type: Y.Text; index: number } {
  if (isText(type)) return { type, index: offset };
  let remaining = offset;
  const walk = (node: TreeType): { type: Y.Text; index: number } | null => {
    if (isText(node)) {
      const length = plainTextOf(node).length;
      if (remaining < length) return { type: node, index: remaining };
      remaining -= length;
      return null;
    }
    for (const child of childrenOf(node)) {
      const found = walk(child);
      if (found) return found;
    }
    return null;
  };
  const found = walk(type);
  if (!found) throw new RangeError(`offset ${offset} lies outside the text`);
  return found;
}

/** `index` in `target` as an offset into `root`'s plain text; null if `target` is not inside `root`. */
function offsetIn(root: TreeType, target: Y.Text, index: number): number | null {
  let before = 0;
  const walk = (node: TreeType): boolean => {
    if (node === target) {
      before += index;
      return true;
    }
    if (isText(node)) {
      before += plainTextOf(node).length;
      return false;
    }
    return childrenOf(node).some(walk);
  };
  return walk(root) ? before : null;
}

const isTree = (value: unknown): value is TreeType =>
  value instanceof Y.Text || value instanceof Y.XmlFragment;

// XML hooks hold no text, so they add nothing to offsets.
const childrenOf = (node: Y.XmlFragment): TreeType[] =>
  node.toArray().filter((c): c is Y.XmlElement | Y.XmlText => !(c instanceof Y.XmlHook));

/** The outermost text or XML tree holding `type`; a text inside a map (a plan field) is its own root. */
function rootOf(type: Y.Text): TreeType {
  let current: TreeType = type;
  for (let parent = current._item?.parent; isTree(parent); parent = parent._item?.parent) current = parent;
  return current;
}

/** False while the item or type the position names has not reached this document yet. */
function isKnown(doc: Y.Doc, rel: Y.RelativePosition): boolean {
  const id = rel.item ?? rel.type;
  return id === null || Y.getState(doc.store, id.client) > id.clock;
}

// A paragraph removed as a whole leaves its text type in place but marked deleted.
function isDeleted(type: Y.Text): boolean {
  for (let item = type._item; item !== null; ) {
    if (item.deleted) return true;
    const parent = item.parent;
    item = parent instanceof Y.AbstractType ? parent._item : null;
  }
  return false;
}
