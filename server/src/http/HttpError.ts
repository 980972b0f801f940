import { ErrorCode } from '@weft/protocol';

/** An error that maps to a JSON error response; services throw it, the error handler renders it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static notFound(message = 'Not found'): HttpError {
    return new HttpError(404, ErrorCode.notFound, message);
  }
}
