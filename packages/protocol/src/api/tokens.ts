import { z } from 'zod';
import { isoDateSchema, lineSchema } from './common.ts';

/** Every API token secret starts with this, so leaked secrets are easy to spot and scan for. */
export const API_TOKEN_PREFIX = 'wft_';

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: isoDateSchema,
  lastUsedAt: isoDateSchema.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createTokenRequestSchema = z.object({ name: lineSchema(100) });
export type CreateTokenRequest = z.infer<typeof createTokenRequestSchema>;

/** The secret is shown only in this response; the server keeps a hash. */
export const createTokenResponseSchema = z.object({
  token: apiTokenSchema,
  secret: z.string().startsWith(API_TOKEN_PREFIX),
});
export type CreateTokenResponse = z.infer<typeof createTokenResponseSchema>;

export const listTokensResponseSchema = z.object({ tokens: z.array(apiTokenSchema) });
export type ListTokensResponse = z.infer<typeof listTokensResponseSchema>;
