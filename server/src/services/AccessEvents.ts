import type { Role } from '@weft/protocol';

/** A change that may take access away from open connections. */
export type AccessEvent =
  /** `role` is null when the user left or was removed from the workspace. */
  | { type: 'membershipChanged'; workspaceId: string; userId: string; role: Role | null }
  /** A session ended (logout) or an API token was revoked. */
  | { type: 'credentialRevoked'; userId: string; credentialId: string }
  /** The workspace became read-only: its documents take no more updates. */
  | { type: 'workspaceArchived'; workspaceId: string };

export type AccessEventListener = (event: AccessEvent) => void;

/**
 * Services publish access changes here; the realtime layer subscribes and closes connections.
 * In-process today; a Redis implementation can carry the same events across nodes.
 */
export interface AccessEvents {
  publish(event: AccessEvent): void;
  /** Returns a function that unsubscribes. */
  subscribe(listener: AccessEventListener): () => void;
}
