import type { IncomingHttpHeaders } from 'node:http';

/** Why a request may not read a workspace; the HTTP edge turns it into a status code. */
export const WorkspaceRefusal = {
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  notFound: 'notFound',
} as const;
export type WorkspaceRefusal = (typeof WorkspaceRefusal)[keyof typeof WorkspaceRefusal];

/** Whether the request's principal may read this workspace; the accounts work provides it. */
export type AuthorizeWorkspace = (
  req: { headers: IncomingHttpHeaders },
  workspaceId: string,
) => Promise<{ ok: true } | { ok: false; refusal: WorkspaceRefusal; message: string }>;
