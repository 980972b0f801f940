import { decodeTextAnchorPosition } from '@weft/model';
import { ANCHOR_KIND_OF_DOCUMENT, type CommentAnchor, ErrorCode } from '@weft/protocol';
import { HttpError } from '../http/HttpError.ts';
import type { DocumentMetaRecord } from '../storage/DocumentMetaStore.ts';

// The rules every comment write passes, as functions that throw the HTTP error to answer with.

/** Archived documents are read-only for comments as for edits. */
export function writable(document: DocumentMetaRecord): void {
  if (document.archived) throw new HttpError(409, ErrorCode.conflict, 'This document is archived');
}

export function forbidden(message: string): HttpError {
  return new HttpError(403, ErrorCode.forbidden, message);
}

/** Each mentioned user must be a workspace member; returns the ids unchanged. */
export function checkMentions(ids: string[], members: ReadonlySet<string>): string[] {
  const strangers = ids.filter((id) => !members.has(id));
  if (strangers.length > 0) {
    throw new HttpError(
      400,
      ErrorCode.validation,
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
    throw new HttpError(400, ErrorCode.validation, 'Request body is invalid', [
      { path: 'anchor', message: problem },
    ]);
  }
}
