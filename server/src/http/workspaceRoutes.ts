import {
  createWorkspaceRequestSchema,
  type ListMembersResponse,
  type ListWorkspacesResponse,
  type MemberResponse,
  updateMemberRequestSchema,
  updateWorkspaceRequestSchema,
  type WorkspaceResponse,
} from '@weft/protocol';
import { Router } from 'express';
import { workspaceView } from '../services/apiViews.ts';
import type { WorkspaceService } from '../services/WorkspaceService.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** Workspaces and their members. */
export function workspaceRoutes(workspaces: WorkspaceService): Router {
  const router = Router();

  router.post('/api/workspaces', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(createWorkspaceRequestSchema, req.body);
    const { workspace, role } = await workspaces.create(userId, body);
    res.status(201).json({ workspace: workspaceView(workspace, role) } satisfies WorkspaceResponse);
  });

  router.get('/api/workspaces', async (_req, res) => {
    const mine = await workspaces.list(principalOf(res).userId);
    res.json({
      workspaces: mine.map(({ workspace, role }) => workspaceView(workspace, role)),
    } satisfies ListWorkspacesResponse);
  });

  router.get('/api/workspaces/:id', async (req, res) => {
    const { workspace, role } = await workspaces.requireRole(principalOf(res).userId, req.params.id);
    res.json({ workspace: workspaceView(workspace, role) } satisfies WorkspaceResponse);
  });

  router.patch('/api/workspaces/:id', async (req, res) => {
    const { userId } = principalOf(res);
    const patch = parseBody(updateWorkspaceRequestSchema, req.body);
    const { workspace, role } = await workspaces.update(userId, req.params.id, patch);
    res.json({ workspace: workspaceView(workspace, role) } satisfies WorkspaceResponse);
  });

  router.post('/api/workspaces/:id/archive', async (req, res) => {
    const { workspace, role } = await workspaces.archive(principalOf(res).userId, req.params.id);
    res.json({ workspace: workspaceView(workspace, role) } satisfies WorkspaceResponse);
  });

  router.get('/api/workspaces/:id/members', async (req, res) => {
    const members = await workspaces.listMembers(principalOf(res).userId, req.params.id);
    res.json({ members } satisfies ListMembersResponse);
  });

  router.patch('/api/workspaces/:id/members/:userId', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(updateMemberRequestSchema, req.body);
    const member = await workspaces.changeMember(userId, req.params.id, req.params.userId, body);
    res.json({ member } satisfies MemberResponse);
  });

  router.delete('/api/workspaces/:id/members/:userId', async (req, res) => {
    await workspaces.removeMember(principalOf(res).userId, req.params.id, req.params.userId);
    res.status(204).end();
  });

  return router;
}
