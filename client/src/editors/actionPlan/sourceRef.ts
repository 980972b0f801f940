/** Where an item came from, parsed from its `sourceRef` (e.g. `whiteboard:<documentId>#<shapeId>`). */
export interface ParsedSourceRef {
  kind: 'whiteboard' | 'note' | 'other';
  /** The source document, when the reference names one. */
  documentId: string | null;
  /** The shape (sticky) on a whiteboard, when named. */
  shapeId: string | null;
}

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * `whiteboard:<documentId>#<shapeId>` (or `/` instead of `#`) links to the sticky on that board;
 * `whiteboard:<shapeId>` names a sticky without its board (shown, not linked); anything else is
 * shown as text.
 */
export function parseSourceRef(ref: string): ParsedSourceRef {
  const match = /^(whiteboard|note):(.*)$/.exec(ref.trim());
  if (!match) return { kind: 'other', documentId: null, shapeId: null };
  const kind = match[1] as 'whiteboard' | 'note';
  const rest = match[2] ?? '';
  const split = rest.search(/[#/]/);
  if (split >= 0) {
    const documentId = rest.slice(0, split);
    const shapeId = rest.slice(split + 1) || null;
    return DOCUMENT_ID.test(documentId)
      ? { kind, documentId, shapeId }
      : { kind: 'other', documentId: null, shapeId: null };
  }
  if (kind === 'note')
    return DOCUMENT_ID.test(rest)
      ? { kind, documentId: rest, shapeId: null }
      : { kind: 'other', documentId: null, shapeId: null };
  return { kind, documentId: null, shapeId: rest || null };
}
