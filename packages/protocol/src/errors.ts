import { z } from 'zod';

/** Error codes of the REST API: `{ "error": { "code", "message" } }`. */
export const ErrorCode = {
  badRequest: 'bad_request',
  validation: 'validation_failed',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  /** The thing existed but no longer applies (expired or revoked invite). */
  gone: 'gone',
  payloadTooLarge: 'payload_too_large',
  /** The request body's Content-Type is not one the endpoint reads. */
  unsupportedMediaType: 'unsupported_media_type',
  rateLimited: 'rate_limited',
  internal: 'internal_error',
  unavailable: 'unavailable',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
