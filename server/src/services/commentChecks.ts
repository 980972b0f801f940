import { decodeTextAnchorPosition } from '@weft/model';
import { ANCHOR_KIND_OF_DOCUMENT, type CommentAnchor } from '@weft/protocol';
import type { DocumentMetaRecord } from '../storage/DocumentMetaStore.ts';
import { conflict, invalid } from './errors.ts';

// The rules every comment write passes, as functions that throw the domain error to answer with.

/** Archived documents are read-only for comments as for edits. */
export function writable(document: DocumentMetaRecord): void {
  if (document.archived) throw conflict('This document is archived');
}

/** Each mentioned user must be a workspace member; returns the ids unchanged. */
export function checkMentions(ids: string[], members: ReadonlySet<string>): string[] {
  const strangers = ids.filter((id) => !members.has(id));
  if (strangers.length > 0) {
    throw invalid(
      'Only members of the workspace can be mentioned',
      strangers.map((id) => ({ path: 'mentions', message: `${id} is not a member of this workspace` })),
    );
  }
  return ids;
}

/** The anchor kind must fit the document type, and text positions must decode as Yjs positions. */
export function checkAnchor(anchor: CommentAnchor, document: DocumentMetaRecord): void {
  const expected = ANCHOR_KIND_OF_DOCUMENT[document.type];
  let problem: string | null = null;
  if (anchor.kind !== expected) problem = `a ${document.type} takes anchors of kind '${expected}'`;
  else if (
    anchor.kind === 'text' &&
    (decodeTextAnchorPosition(anchor.start) === null || decodeTextAnchorPosition(anchor.end) === null)
  ) {
    problem = 'start and end must be base64 of encoded Yjs relative positions';
  }
  if (problem) {
    throw invalid('Request body is invalid', [{ path: 'anchor', message: problem }]);
  }
}
