import { ErrorCode } from '@weft/protocol';
import type { Response } from 'express';
import type { Principal } from '../services/Principal.ts';
import { HttpError } from './HttpError.ts';

/** The caller authenticated by `authenticate`, or null. */
export function optionalPrincipal(res: Response): Principal | null {
  return (res.locals.principal as Principal | undefined) ?? null;
}

/** The caller, or a 401 when the request carried no valid session or token. */
export function principalOf(res: Response): Principal {
  const principal = optionalPrincipal(res);
  if (!principal) throw new HttpError(401, ErrorCode.unauthorized, 'Log in or send a valid API token');
  return principal;
}
