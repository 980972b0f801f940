import {
  acceptInviteRequestSchema,
  type CreateInviteResponse,
  createInviteRequestSchema,
  type InvitePreview,
  type ListInvitesResponse,
  type WorkspaceResponse,
} from '@weft/protocol';
import { type Request, Router } from 'express';
import { cityView, inviteView, workspaceView } from '../services/apiViews.ts';
import type { InviteService } from '../services/InviteService.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** Invite links: managed by facilitators, previewed by anyone holding one, accepted when logged in. */
export function inviteRoutes(invites: InviteService, publicUrl: string | undefined): Router {
  const router = Router();
  const origin = (req: Request) => publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;

  router.post('/api/workspaces/:id/invites', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(createInviteRequestSchema, req.body);
    const linkFor = (token: string) => `${origin(req)}/invite/${token}`;
    const { invite, token, emailed } = await invites.create(
      userId,
      req.params.id,
      body.role,
      body.expiresInHours,
      body.city,
      body.email ? { address: body.email, linkFor } : undefined,
    );
    res.status(201).json({
      invite: inviteView(invite),
      token,
      url: linkFor(token),
      emailed,
    } satisfies CreateInviteResponse);
  });

  router.get('/api/workspaces/:id/invites', async (req, res) => {
    const list = await invites.list(principalOf(res).userId, req.params.id);
    res.json({ invites: list.map(inviteView) } satisfies ListInvitesResponse);
  });

  router.delete('/api/workspaces/:id/invites/:inviteId', async (req, res) => {
    await invites.revoke(principalOf(res).userId, req.params.id, req.params.inviteId);
    res.status(204).end();
  });

  router.get('/api/invites/:token', async (req, res) => {
    const { invite, workspace, invitedBy, city } = await invites.preview(req.params.token);
    res.json({
      workspace: { id: workspace.id, title: workspace.title },
      role: invite.role,
      expiresAt: new Date(invite.expiresAt).toISOString(),
      invitedBy,
      city: city ? cityView(city) : null,
      cities: workspace.cities.map(cityView),
    } satisfies InvitePreview);
  });

  router.post('/api/invites/:token/accept', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(acceptInviteRequestSchema, req.body ?? {});
    const { workspace, role } = await invites.accept(userId, req.params.token, body.city);
    res.json({ workspace: workspaceView(workspace, role) } satisfies WorkspaceResponse);
  });

  return router;
}
