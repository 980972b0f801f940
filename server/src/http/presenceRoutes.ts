import { ErrorCode, isDocumentId, type PresenceListResponse } from '@weft/protocol';
import { Router } from 'express';
import type { AuthorizeWorkspace } from '../auth/AuthorizeWorkspace.ts';
import { foldPresence } from '../presence/foldPresence.ts';
import type { PresenceStore } from '../presence/PresenceStore.ts';
import { HttpError } from './HttpError.ts';

export type { AuthorizeWorkspace } from '../auth/AuthorizeWorkspace.ts';

export interface PresenceRoutesOptions {
  presenceStore: PresenceStore;
  authorizeWorkspace: AuthorizeWorkspace;
}

const answer = {
  unauthenticated: { status: 401, code: ErrorCode.unauthorized },
  forbidden: { status: 403, code: ErrorCode.forbidden },
  notFound: { status: 404, code: ErrorCode.notFound },
} as const;

/** `GET /api/workspaces/:id/presence` → `{ users }` for members of the workspace. */
export function presenceRoutes(opts: PresenceRoutesOptions): Router {
  const router = Router();
  router.get('/api/workspaces/:id/presence', async (req, res) => {
    const workspaceId = req.params.id;
    if (!isDocumentId(workspaceId)) {
      throw new HttpError(400, ErrorCode.validation, 'workspace id must match [A-Za-z0-9_-]{1,128}');
    }
    const decision = await opts.authorizeWorkspace(req, workspaceId);
    if (!decision.ok) {
      const { status, code } = answer[decision.refusal];
      throw new HttpError(status, code, decision.message);
    }
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
