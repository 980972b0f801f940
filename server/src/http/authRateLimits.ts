import { ErrorCode } from '@weft/protocol';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';

export interface AuthRateLimitOptions {
  windowMs: number;
  /** Attempts per window for one IP address and one email. */
  perEmail: number;
  /** Attempts per window for one IP address, whatever the email. */
  perIp: number;
}

function emailOf(req: Request): string {
  const email: unknown = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '';
}

/**
 * Limits for login and sign-up: 429 `rate_limited` with a Retry-After header once exceeded.
 * `store` gives each limit its counter store (shared between nodes); in memory by default.
 */
export function authRateLimits(
  opts: AuthRateLimitOptions,
  store?: (limit: 'ip' | 'ip-email') => Store,
): RequestHandler[] {
  const shared = {
    windowMs: opts.windowMs,
    standardHeaders: 'draft-8' as const,
    legacyHeaders: false,
    handler: (_req: Request, res: Parameters<RequestHandler>[1]) => {
      res.status(429).json({
        error: { code: ErrorCode.rateLimited, message: 'Too many attempts; wait a while and try again' },
      });
    },
  };
  const ip = (req: Request) => ipKeyGenerator(req.ip ?? 'unknown');
  return [
    rateLimit({
      ...shared,
      ...(store ? { store: store('ip') } : {}),
      limit: opts.perIp,
      keyGenerator: (req) => `ip:${ip(req)}`,
    }),
    rateLimit({
      ...shared,
      ...(store ? { store: store('ip-email') } : {}),
      limit: opts.perEmail,
      keyGenerator: (req) => `ip-email:${ip(req)}|${emailOf(req)}`,
    }),
  ];
}
