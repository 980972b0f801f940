/**
 * Why a service refused: the transport edges translate these (http/errorHandlers.ts to status
 * codes, realtime to close codes), so services never speak HTTP.
 */
export const DomainErrorKind = {
  /** The input breaks a rule; `details` lists what (e.g. `[{ path, message }]`). */
  invalid: 'invalid',
  /** No valid credential. */
  unauthenticated: 'unauthenticated',
  /** Known caller, not allowed. */
  forbidden: 'forbidden',
  notFound: 'notFound',
  /** The current state does not allow it (details may carry a `reason`). */
  conflict: 'conflict',
  /** It existed but no longer applies (an expired or revoked invite). */
  gone: 'gone',
  /** A dependency (a worker, a database) cannot serve it now. */
  unavailable: 'unavailable',
  /** The content is of a kind Weft does not accept (an upload whose bytes are no allowed type). */
  unsupported: 'unsupported',
  /** The content is larger than allowed. */
  tooLarge: 'tooLarge',
} as const;
export type DomainErrorKind = (typeof DomainErrorKind)[keyof typeof DomainErrorKind];

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function invalid(message: string, details?: unknown): DomainError {
  return new DomainError(DomainErrorKind.invalid, message, details);
}
export function unauthenticated(message: string): DomainError {
  return new DomainError(DomainErrorKind.unauthenticated, message);
}
export function forbidden(message: string, details?: unknown): DomainError {
  return new DomainError(DomainErrorKind.forbidden, message, details);
}
export function notFound(message = 'Not found'): DomainError {
  return new DomainError(DomainErrorKind.notFound, message);
}
export function conflict(message: string, details?: unknown): DomainError {
  return new DomainError(DomainErrorKind.conflict, message, details);
}
export function gone(message: string): DomainError {
  return new DomainError(DomainErrorKind.gone, message);
}
export function unavailable(message: string): DomainError {
  return new DomainError(DomainErrorKind.unavailable, message);
}
export function unsupported(message: string): DomainError {
  return new DomainError(DomainErrorKind.unsupported, message);
}
export function tooLarge(message: string): DomainError {
  return new DomainError(DomainErrorKind.tooLarge, message);
}
