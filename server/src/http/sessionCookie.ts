import type { CookieOptions, Request, Response } from 'express';
import { SESSION_COOKIE } from '../auth/readCredential.ts';

function cookieOptions(req: Request): CookieOptions {
  // Secure only over https (directly or through a trusted proxy), so plain-http development works.
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure };
}

export function setSessionCookie(req: Request, res: Response, secret: string, expiresAt: number): void {
  res.cookie(SESSION_COOKIE, secret, { ...cookieOptions(req), expires: new Date(expiresAt) });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
