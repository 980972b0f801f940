import { type CreateTokenResponse, createTokenRequestSchema, type ListTokensResponse } from '@weft/protocol';
import { Router } from 'express';
import type { AccountService } from '../services/AccountService.ts';
import { tokenView } from '../services/apiViews.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** The caller's API tokens; the secret is in the create response only. */
export function tokenRoutes(accounts: AccountService): Router {
  const router = Router();

  router.post('/api/tokens', async (req, res) => {
    const { userId } = principalOf(res);
    const { name } = parseBody(createTokenRequestSchema, req.body);
    const { token, secret } = await accounts.createToken(userId, name);
    res.status(201).json({ token: tokenView(token), secret } satisfies CreateTokenResponse);
  });

  router.get('/api/tokens', async (_req, res) => {
    const tokens = await accounts.listTokens(principalOf(res).userId);
    res.json({ tokens: tokens.map(tokenView) } satisfies ListTokensResponse);
  });

  router.delete('/api/tokens/:id', async (req, res) => {
    await accounts.revokeToken(principalOf(res).userId, req.params.id);
    res.status(204).end();
  });

  return router;
}
