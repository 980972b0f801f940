import { ErrorCode } from '@weft/protocol';
import { type NextFunction, type Request, type Response, Router } from 'express';
import { hasBearerHeader, readCredential } from '../auth/readCredential.ts';
import type { AccountService } from '../services/AccountService.ts';
import { HttpError } from './HttpError.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'weft';

/**
 * CSRF check and authentication for every `/api` request. A custom header cannot be sent
 * cross-site without a CORS preflight (which Weft never allows), so cookie-authenticated writes
 * must carry `X-Requested-With: weft`; Bearer requests carry no ambient credential and are exempt.
 */
export function apiGuards(accounts: AccountService): Router {
  const router = Router();
  router.use('/api', (req: Request, _res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || hasBearerHeader(req.headers)) return next();
    if (req.get(CSRF_HEADER) !== CSRF_VALUE) {
      return next(new HttpError(403, ErrorCode.forbidden, `Missing header X-Requested-With: ${CSRF_VALUE}`));
    }
    next();
  });
  router.use('/api', async (req: Request, res: Response, next: NextFunction) => {
    const credential = readCredential(req.headers);
    if (credential?.kind === 'bearer')
      res.locals.principal = await accounts.authenticateToken(credential.secret);
    else if (credential?.kind === 'session') {
      res.locals.principal = await accounts.authenticateSession(credential.secret);
    } else res.locals.principal = null;
    next();
  });
  return router;
}
