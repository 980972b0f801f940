import { type ErrorBody, ErrorCode } from '@weft/protocol';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { DomainError, type DomainErrorKind } from '../services/errors.ts';
import { HttpError } from './HttpError.ts';

/** The status and code each domain refusal answers with; the API's public contract. */
const DOMAIN_STATUS: Record<DomainErrorKind, { status: number; code: ErrorCode }> = {
  invalid: { status: 400, code: ErrorCode.validation },
  unauthenticated: { status: 401, code: ErrorCode.unauthorized },
  forbidden: { status: 403, code: ErrorCode.forbidden },
  notFound: { status: 404, code: ErrorCode.notFound },
  conflict: { status: 409, code: ErrorCode.conflict },
  gone: { status: 410, code: ErrorCode.gone },
  unavailable: { status: 503, code: ErrorCode.unavailable },
  unsupported: { status: 415, code: ErrorCode.unsupportedMediaType },
  tooLarge: { status: 413, code: ErrorCode.payloadTooLarge },
};

export const notFoundHandler: RequestHandler = (req, res) => {
  const body: ErrorBody = {
    error: {
      code: ErrorCode.notFound,
      message: `No route for ${req.method} ${req.originalUrl.split('?')[0]}`,
    },
  };
  res.status(404).json(body);
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Renders every error as `{ error: { code, message } }`, never with a stack trace. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    let status = 500;
    let body: ErrorBody = { error: { code: ErrorCode.internal, message: 'Internal server error' } };
    const parserError = err as BodyParserError;
    if (err instanceof DomainError) {
      ({ status } = DOMAIN_STATUS[err.kind]);
      body = errorBody(DOMAIN_STATUS[err.kind].code, err.message, err.details);
    } else if (err instanceof HttpError) {
      status = err.status;
      body = errorBody(err.code, err.message, err.details);
    } else if (parserError?.type === 'entity.parse.failed') {
      status = 400;
      body = { error: { code: ErrorCode.badRequest, message: 'Request body is not valid JSON' } };
    } else if (parserError?.type === 'entity.too.large') {
      status = 413;
      body = { error: { code: ErrorCode.payloadTooLarge, message: 'Request body too large' } };
    } else if (
      typeof parserError?.status === 'number' &&
      parserError.status >= 400 &&
      parserError.status < 500
    ) {
      status = parserError.status;
      body = { error: { code: ErrorCode.badRequest, message: 'Bad request' } };
    }
    if (status >= 500) logger.error({ err, method: req.method, path: req.path }, 'request failed');
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}

function errorBody(code: ErrorCode, message: string, details: unknown): ErrorBody {
  return { error: { code, message, ...(details ? { details } : {}) } };
}
