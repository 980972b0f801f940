import { type ErrorBody, ErrorCode } from '@weft/protocol';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpError } from './HttpError.ts';

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
    if (err instanceof HttpError) {
      status = err.status;
      body = {
        error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
      };
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
