import type { LiveLocation } from './LiveClient.ts';

const DOCUMENT_SEGMENTS = new Set(['notes', 'plans', 'whiteboards']);

/** The workspace, document and session a route path points at (all null outside workspaces). */
export function parseLiveLocation(pathname: string): LiveLocation {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  const none: LiveLocation = { workspaceId: null, documentId: null, sessionId: null };
  if (parts[0] !== 'workspaces' || !parts[1]) return none;
  const workspaceId = parts[1];
  const [segment, id] = [parts[2], parts[3]];
  if (segment && id && DOCUMENT_SEGMENTS.has(segment))
    return { workspaceId, documentId: id, sessionId: null };
  if (segment === 'sessions' && id) return { workspaceId, documentId: null, sessionId: id };
  return { workspaceId, documentId: null, sessionId: null };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
