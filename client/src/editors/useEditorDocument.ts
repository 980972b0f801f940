import { useEffect } from 'react';
import type { DocumentKind } from '../api/types.ts';
import { weftApi } from '../api/weftApi.ts';
import { documentPath } from '../app/documentPath.ts';
import { useNavigate } from '../app/router.tsx';
import { useQuery } from '../lib/useQuery.ts';

/**
 * The details of the document an editor route shows. A document opened under another type's
 * route (a note under /plans/) or another workspace's path is sent to its own route before any
 * editor connects, so no editor ever writes its structure into another type's document.
 */
export function useEditorDocument(kind: DocumentKind, workspaceId: string, documentId: string) {
  const meta = useQuery(`document.${documentId}`, () => weftApi.getDocument(documentId));
  const navigate = useNavigate();
  const doc = meta.data?.document;
  const home =
    doc && (doc.type !== kind || doc.workspaceId !== workspaceId)
      ? documentPath(doc.workspaceId, doc.type, doc.id)
      : null;
  useEffect(() => {
    if (home) navigate(home, { replace: true });
  }, [home, navigate]);
  // The editor opens from the local copy even when the document's details cannot be fetched (offline).
  const known = home === null && (meta.data !== undefined || meta.error?.isOffline === true);
  return { meta, known };
}
