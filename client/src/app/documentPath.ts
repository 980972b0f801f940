import type { DocumentKind } from '../api/types.ts';

const SEGMENT: Record<DocumentKind, string> = {
  note: 'notes',
  actionPlan: 'plans',
  whiteboard: 'whiteboards',
};

/** The route of a document; each document type has its own lazily loaded editor route. */
export function documentPath(workspaceId: string, type: DocumentKind, documentId: string): string {
  return `/workspaces/${encodeURIComponent(workspaceId)}/${SEGMENT[type]}/${encodeURIComponent(documentId)}`;
}
