import { createHash } from 'node:crypto';
import type { SocketAuth } from './SocketAuth.ts';

/**
 * TEMPORARY until accounts are wired: trusts the name a client sends in `auth: { name, city? }`
 * and lets everyone into every workspace, like the sync endpoint's open access today.
 * The lead replaces it with session/token authentication and workspace membership.
 */
export function createAnonymousSocketAuth(): SocketAuth {
  return {
    async authenticate(handshake) {
      const auth: unknown = handshake.auth;
      if (typeof auth !== 'object' || auth === null) return null;
      const { name, city } = auth as { name?: unknown; city?: unknown };
      if (typeof name !== 'string') return null;
      const trimmed = name.trim();
      if (trimmed.length === 0 || trimmed.length > 80) return null;
      const id = createHash('sha256').update(trimmed).digest('hex').slice(0, 16);
      return {
        userId: `anonymous-${id}`,
        name: trimmed,
        city: typeof city === 'string' && city.length <= 80 ? city : null,
      };
    },
    async canAccessWorkspace() {
      return 'editor';
    },
  };
}
