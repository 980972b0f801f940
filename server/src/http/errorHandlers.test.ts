import { type ErrorBody, ErrorCode } from '@weft/protocol';
import type { Request, Response } from 'express';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import {
  conflict,
  forbidden,
  gone,
  invalid,
  notFound,
  unauthenticated,
  unavailable,
} from '../services/errors.ts';
import { createErrorHandler } from './errorHandlers.ts';
import { HttpError } from './HttpError.ts';

function answer(err: unknown): { status: number; body: ErrorBody } {
  const sent = { status: 0, body: null as unknown as ErrorBody };
  const res = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: ErrorBody) {
      sent.body = body;
      return this;
    },
  };
  const req = { method: 'GET', path: '/x' } as Request;
  createErrorHandler(pino({ level: 'silent' }))(err, req, res as unknown as Response, () => {});
  return sent;
}

describe('createErrorHandler', () => {
  it('[EH1] answers each domain refusal with its public status and code, details kept', () => {
    expect(answer(invalid('bad', [{ path: 'x', message: 'y' }]))).toEqual({
      status: 400,
      body: { error: { code: ErrorCode.validation, message: 'bad', details: [{ path: 'x', message: 'y' }] } },
    });
    expect(answer(unauthenticated('who?')).status).toBe(401);
    expect(answer(forbidden('no')).body.error.code).toBe(ErrorCode.forbidden);
    expect(answer(notFound())).toEqual({
      status: 404,
      body: { error: { code: ErrorCode.notFound, message: 'Not found' } },
    });
    expect(answer(conflict('busy', { reason: 'archived' }))).toEqual({
      status: 409,
      body: { error: { code: ErrorCode.conflict, message: 'busy', details: { reason: 'archived' } } },
    });
    expect(answer(gone('expired')).status).toBe(410);
    expect(answer(unavailable('later'))).toEqual({
      status: 503,
      body: { error: { code: ErrorCode.unavailable, message: 'later' } },
    });
  });

  it('[EH2] still answers HttpErrors of the routes, and hides anything else as a 500', () => {
    expect(answer(new HttpError(413, ErrorCode.payloadTooLarge, 'big')).status).toBe(413);
    expect(answer(new Error('secret stack'))).toEqual({
      status: 500,
      body: { error: { code: ErrorCode.internal, message: 'Internal server error' } },
    });
  });
});
