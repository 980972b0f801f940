import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random secret with 256 bits of entropy (session cookies, API tokens, invite links). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Secrets are high-entropy, so a plain SHA-256 is enough to store them without a usable copy. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
