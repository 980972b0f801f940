import {
  changePasswordRequestSchema,
  ErrorCode,
  loginRequestSchema,
  signupRequestSchema,
  type UserResponse,
  updateMeRequestSchema,
} from '@weft/protocol';
import { type RequestHandler, Router } from 'express';
import { passwordProblem } from '../auth/passwordRules.ts';
import type { AccountService } from '../services/AccountService.ts';
import { userView } from '../services/apiViews.ts';
import { HttpError } from './HttpError.ts';
import { parseBody } from './parseBody.ts';
import { optionalPrincipal, principalOf } from './principalOf.ts';
import { clearSessionCookie, setSessionCookie } from './sessionCookie.ts';

/** Sign-up, log-in, log-out and the caller's own profile. */
export function authRoutes(accounts: AccountService, rateLimits: readonly RequestHandler[]): Router {
  const router = Router();

  router.post('/api/auth/signup', ...rateLimits, async (req, res) => {
    const body = parseBody(signupRequestSchema, req.body);
    const problem = await passwordProblem(body.password, body);
    if (problem)
      throw new HttpError(400, ErrorCode.validation, problem, [{ path: 'password', message: problem }]);
    const session = await accounts.signup(body);
    setSessionCookie(req, res, session.secret, session.expiresAt);
    res.status(201).json({ user: userView(session.user) } satisfies UserResponse);
  });

  router.post('/api/auth/login', ...rateLimits, async (req, res) => {
    const body = parseBody(loginRequestSchema, req.body);
    const session = await accounts.login(body.email, body.password);
    setSessionCookie(req, res, session.secret, session.expiresAt);
    res.json({ user: userView(session.user) } satisfies UserResponse);
  });

  // Idempotent: without a session it still clears the cookie and answers 204.
  router.post('/api/auth/logout', async (req, res) => {
    await accounts.logout(optionalPrincipal(res));
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  router.get('/api/me', async (_req, res) => {
    const user = await accounts.getUser(principalOf(res).userId);
    res.json({ user: userView(user) } satisfies UserResponse);
  });

  router.patch('/api/me', async (req, res) => {
    const { userId } = principalOf(res);
    const patch = parseBody(updateMeRequestSchema, req.body);
    res.json({ user: userView(await accounts.updateUser(userId, patch)) } satisfies UserResponse);
  });

  // Rate-limited like log-in: it checks a password.
  router.post('/api/me/password', ...rateLimits, async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(changePasswordRequestSchema, req.body);
    const user = await accounts.getUser(userId);
    const problem = await passwordProblem(body.newPassword, user);
    if (problem)
      throw new HttpError(400, ErrorCode.validation, problem, [{ path: 'newPassword', message: problem }]);
    await accounts.changePassword(userId, body.currentPassword, body.newPassword);
    res.status(204).end();
  });

  return router;
}
