import {
  ErrorCode,
  FACILITATION_LIMITS,
  type FacilitationState,
  reactionRequestSchema,
  type SessionReaction,
  timerActionRequestSchema,
} from '@weft/protocol';
import { type Request, type Response, Router } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import type { FacilitationService } from '../services/FacilitationService.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

export interface FacilitationRouteOptions {
  /** Reactions per user and window; FACILITATION_LIMITS by default. */
  reactionLimit?: { limit: number; windowMs: number };
  /** The counter store shared by every node (Redis); in memory when absent. */
  rateLimitStore?: Store;
}

/** The live session's timer, raised hands and reactions (docs/facilitation.md). */
export function facilitationRoutes(
  facilitation: FacilitationService,
  opts: FacilitationRouteOptions = {},
): Router {
  const router = Router();
  const limit = opts.reactionLimit ?? {
    limit: FACILITATION_LIMITS.reactionsPerWindow,
    windowMs: FACILITATION_LIMITS.reactionWindowMs,
  };
  // Per person, whatever tab or node they send from: a burst of emoji must not flood the room.
  const reactionLimit = rateLimit({
    windowMs: limit.windowMs,
    limit: limit.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    ...(opts.rateLimitStore ? { store: opts.rateLimitStore } : {}),
    keyGenerator: (_req: Request, res: Response) => `reaction:${principalOf(res).userId}`,
    handler: (_req: Request, res: Response) => {
      res.status(429).json({
        error: { code: ErrorCode.rateLimited, message: 'Too many reactions; wait a few seconds' },
      });
    },
  });

  router.get('/api/sessions/:id/facilitation', async (req, res) => {
    const state = await facilitation.state(principalOf(res).userId, req.params.id);
    res.json(state satisfies FacilitationState);
  });

  router.post('/api/sessions/:id/timer', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(timerActionRequestSchema, req.body);
    res.json((await facilitation.timer(userId, req.params.id, body)) satisfies FacilitationState);
  });

  router.post('/api/sessions/:id/hands', async (req, res) => {
    const state = await facilitation.raiseHand(principalOf(res).userId, req.params.id);
    res.json(state satisfies FacilitationState);
  });

  router.delete('/api/sessions/:id/hands/:userId', async (req, res) => {
    const state = await facilitation.lowerHand(principalOf(res).userId, req.params.id, req.params.userId);
    res.json(state satisfies FacilitationState);
  });

  router.post(
    '/api/sessions/:id/reactions',
    reactionLimit,
    async (req: Request<{ id: string }>, res: Response) => {
      const { userId } = principalOf(res);
      const body = parseBody(reactionRequestSchema, req.body);
      const reaction = await facilitation.react(userId, req.params.id, body.emoji);
      res.status(201).json({ reaction } satisfies { reaction: SessionReaction });
    },
  );

  return router;
}
