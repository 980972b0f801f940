/** Bumped on any incompatible change of Weft's own wire formats (REST bodies, socket.io events). */
export const PROTOCOL_VERSION = 1;

export * from './api/index.ts';
export { CloseCode } from './closeCodes.ts';
export { DOCUMENT_ID_PATTERN, documentIdSchema, isDocumentId } from './documentId.ts';
export { type ErrorBody, ErrorCode, errorBodySchema } from './errors.ts';
export { YjsMessageType } from './yjsMessages.ts';
