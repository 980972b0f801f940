import {
  type ActivityResponse,
  activityQuerySchema,
  createThreadRequestSchema,
  ErrorCode,
  editMessageRequestSchema,
  type InboxResponse,
  type ListThreadsResponse,
  type MessageResponse,
  replyRequestSchema,
  type ThreadResponse,
  type VisitResponse,
} from '@weft/protocol';
import { Router } from 'express';
import type { ActivityService } from '../services/ActivityService.ts';
import type { CommentService } from '../services/CommentService.ts';
import { HttpError } from './HttpError.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** Comment threads, the inbox, and the workspace activity feed; see docs/api.md "Comments". */
export function commentRoutes(comments: CommentService, activity: ActivityService): Router {
  const router = Router();

  router.get('/api/documents/:id/threads', async (req, res) => {
    const threads = await comments.listThreads(principalOf(res).userId, req.params.id);
    res.json({ threads } satisfies ListThreadsResponse);
  });

  // A retry with a known clientId answers 200 with the thread made the first time.
  router.post('/api/documents/:id/threads', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(createThreadRequestSchema, req.body);
    const { thread, created } = await comments.createThread(userId, req.params.id, body);
    res.status(created ? 201 : 200).json({ thread } satisfies ThreadResponse);
  });

  router.post('/api/documents/:id/threads/read', async (req, res) => {
    await comments.markDocumentRead(principalOf(res).userId, req.params.id);
    res.status(204).end();
  });

  router.get('/api/threads/:id', async (req, res) => {
    const thread = await comments.getThread(principalOf(res).userId, req.params.id);
    res.json({ thread } satisfies ThreadResponse);
  });

  router.post('/api/threads/:id/messages', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(replyRequestSchema, req.body);
    const { thread, message, created } = await comments.reply(userId, req.params.id, body);
    res.status(created ? 201 : 200).json({ thread, message } satisfies MessageResponse);
  });

  router.patch('/api/threads/:id/messages/:messageId', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(editMessageRequestSchema, req.body);
    const message = await comments.editMessage(userId, req.params.id, req.params.messageId, body);
    res.json({ message });
  });

  router.delete('/api/threads/:id/messages/:messageId', async (req, res) => {
    await comments.deleteMessage(principalOf(res).userId, req.params.id, req.params.messageId);
    res.status(204).end();
  });

  router.post('/api/threads/:id/resolve', async (req, res) => {
    const thread = await comments.setResolved(principalOf(res).userId, req.params.id, true);
    res.json({ thread } satisfies ThreadResponse);
  });

  router.post('/api/threads/:id/reopen', async (req, res) => {
    const thread = await comments.setResolved(principalOf(res).userId, req.params.id, false);
    res.json({ thread } satisfies ThreadResponse);
  });

  router.post('/api/threads/:id/read', async (req, res) => {
    await comments.markRead(principalOf(res).userId, req.params.id);
    res.status(204).end();
  });

  router.get('/api/me/inbox', async (_req, res) => {
    res.json((await comments.inbox(principalOf(res).userId)) satisfies InboxResponse);
  });

  router.get('/api/workspaces/:id/activity', async (req, res) => {
    const { userId } = principalOf(res);
    const parsed = activityQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      throw new HttpError(
        400,
        ErrorCode.validation,
        'Query is invalid: since must be an ISO-8601 UTC time, limit 1–500',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    res.json((await activity.feed(userId, req.params.id, parsed.data)) satisfies ActivityResponse);
  });

  router.post('/api/workspaces/:id/visit', async (req, res) => {
    res.json((await activity.visit(principalOf(res).userId, req.params.id)) satisfies VisitResponse);
  });

  return router;
}
