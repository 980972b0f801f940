import {
  createVoteRequestSchema,
  dotRequestSchema,
  type ListVotesResponse,
  type VoteResponse,
} from '@weft/protocol';
import { Router } from 'express';
import type { VoteService } from '../services/votes/VoteService.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** Dot votes on a whiteboard: open, list, read, place and take back dots, reveal, close, delete. */
export function voteRoutes(votes: VoteService): Router {
  const router = Router();

  router.post('/api/documents/:id/votes', async (req, res) => {
    const body = parseBody(createVoteRequestSchema, req.body);
    const vote = await votes.create(principalOf(res).userId, req.params.id, body);
    res.status(201).json({ vote } satisfies VoteResponse);
  });

  router.get('/api/documents/:id/votes', async (req, res) => {
    res.json({ votes: await votes.list(principalOf(res).userId, req.params.id) } satisfies ListVotesResponse);
  });

  router.get('/api/votes/:id', async (req, res) => {
    res.json({ vote: await votes.get(principalOf(res).userId, req.params.id) } satisfies VoteResponse);
  });

  router.post('/api/votes/:id/dots', async (req, res) => {
    const { targetId } = parseBody(dotRequestSchema, req.body);
    const vote = await votes.castDot(principalOf(res).userId, req.params.id, targetId);
    res.status(201).json({ vote } satisfies VoteResponse);
  });

  router.delete('/api/votes/:id/dots', async (req, res) => {
    const { targetId } = parseBody(dotRequestSchema, req.body);
    const vote = await votes.removeDot(principalOf(res).userId, req.params.id, targetId);
    res.json({ vote } satisfies VoteResponse);
  });

  router.post('/api/votes/:id/reveal', async (req, res) => {
    res.json({ vote: await votes.reveal(principalOf(res).userId, req.params.id) } satisfies VoteResponse);
  });

  router.post('/api/votes/:id/close', async (req, res) => {
    res.json({ vote: await votes.close(principalOf(res).userId, req.params.id) } satisfies VoteResponse);
  });

  router.delete('/api/votes/:id', async (req, res) => {
    await votes.delete(principalOf(res).userId, req.params.id);
    res.status(204).end();
  });

  return router;
}
