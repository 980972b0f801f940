import { z } from 'zod';

/** Document ids are URL-safe so they can stand in `/yjs/<documentId>` without escaping. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

export const documentIdSchema = z
  .string()
  .regex(DOCUMENT_ID_PATTERN, 'documentId must match [A-Za-z0-9_-]{1,128}');

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID_PATTERN.test(value);
}
