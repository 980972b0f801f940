import { ErrorCode } from '@weft/protocol';
import type { z } from 'zod';
import { HttpError } from './HttpError.ts';

/** Validates a request body; 400 `validation_failed` lists each problem by path in `details`. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(
      400,
      ErrorCode.validation,
      'Request body must be a JSON object (Content-Type: application/json)',
    );
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'body'))].join(', ');
  throw new HttpError(
    400,
    ErrorCode.validation,
    `Request body is invalid: ${fields}`,
    parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}
