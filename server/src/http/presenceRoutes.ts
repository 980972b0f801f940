import { ErrorCode, isDocumentId, type PresenceListResponse } from '@weft/protocol';
import { type Request, Router } from 'express';
import { foldPresence } from '../presence/foldPresence.ts';
import type { PresenceStore } from '../presence/PresenceStore.ts';
import { HttpError } from './HttpError.ts';

/** Whether the request's principal may read this workspace; the accounts work provides it. */
export type AuthorizeWorkspace = (
  req: Request,
  workspaceId: string,
) => Promise<{ ok: true } | { ok: false; status: 401 | 403 | 404; message: string }>;

export interface PresenceRoutesOptions {
  presenceStore: PresenceStore;
  authorizeWorkspace: AuthorizeWorkspace;
}

const codeOf = { 401: ErrorCode.unauthorized, 403: ErrorCode.forbidden, 404: ErrorCode.notFound } as const;

/** `GET /api/workspaces/:id/presence` → `{ users }` for members of the workspace. */
export function presenceRoutes(opts: PresenceRoutesOptions): Router {
  const router = Router();
  router.get('/api/workspaces/:id/presence', async (req, res) => {
    const workspaceId = req.params.id;
    if (!isDocumentId(workspaceId)) {
      throw new HttpError(400, ErrorCode.validation, 'workspace id must match [A-Za-z0-9_-]{1,128}');
    }
    const decision = await opts.authorizeWorkspace(req, workspaceId);
    if (!decision.ok) throw new HttpError(decision.status, codeOf[decision.status], decision.message);
    let records: Awaited<ReturnType<PresenceStore['list']>>;
    try {
      records = await opts.presenceStore.list(workspaceId);
    } catch {
      throw new HttpError(503, ErrorCode.unavailable, 'presence is temporarily unavailable');
    }
    const body: PresenceListResponse = { users: foldPresence(records) };
    res.json(body);
  });
  return router;
}
