import {
  createExchangeSessionRequestSchema,
  type ExchangeSessionResponse,
  type ExchangeSessionWithRoleResponse,
  type ListExchangeSessionsResponse,
  updateExchangeSessionRequestSchema,
} from '@weft/protocol';
import { type Request, Router } from 'express';
import type { ExchangeSessionService } from '../services/ExchangeSessionService.ts';
import { exchangeSessionView } from '../services/exchangeSessionView.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** Exchange sessions (meetings) of a workspace, and each one as an iCalendar file. */
export function exchangeSessionRoutes(
  sessions: ExchangeSessionService,
  publicUrl: string | undefined,
): Router {
  const router = Router();
  const origin = (req: Request) => publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;

  router.get('/api/workspaces/:id/sessions', async (req, res) => {
    const list = await sessions.list(principalOf(res).userId, req.params.id);
    res.json({ sessions: list.map(exchangeSessionView) } satisfies ListExchangeSessionsResponse);
  });

  router.post('/api/workspaces/:id/sessions', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(createExchangeSessionRequestSchema, req.body);
    const session = await sessions.create(userId, req.params.id, body);
    res.status(201).json({ session: exchangeSessionView(session) } satisfies ExchangeSessionResponse);
  });

  router.get('/api/sessions/:id', async (req, res) => {
    const { session, role } = await sessions.get(principalOf(res).userId, req.params.id);
    res.json({ session: exchangeSessionView(session), role } satisfies ExchangeSessionWithRoleResponse);
  });

  router.patch('/api/sessions/:id', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(updateExchangeSessionRequestSchema, req.body);
    const session = await sessions.update(userId, req.params.id, body);
    res.json({ session: exchangeSessionView(session) } satisfies ExchangeSessionResponse);
  });

  router.delete('/api/sessions/:id', async (req, res) => {
    await sessions.delete(principalOf(res).userId, req.params.id);
    res.status(204).end();
  });

  router.get('/api/sessions/:id/ics', async (req, res) => {
    const { session, text } = await sessions.ics(
      principalOf(res).userId,
      req.params.id,
      (s) =>
        `${origin(req)}/workspaces/${encodeURIComponent(s.workspaceId)}/sessions/${encodeURIComponent(s.id)}`,
    );
    const ascii = session.title.replace(/[^A-Za-z0-9 ._-]+/g, '').trim() || 'session';
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .set(
        'Content-Disposition',
        `attachment; filename="${ascii}.ics"; filename*=UTF-8''${encodeURIComponent(`${session.title}.ics`)}`,
      )
      .send(text);
  });

  return router;
}
