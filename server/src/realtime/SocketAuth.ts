import type { Socket } from 'socket.io';

export type Handshake = Socket['handshake'];

/** Who is on the other end of a socket.io connection. */
export interface SocketPrincipal {
  userId: string;
  name: string;
  city: string | null;
  /** The session or API token used, so revoking it disconnects the socket. */
  credentialId?: string;
  /** When that credential stops being valid (epoch ms); absent for tokens. */
  expiresAt?: number;
}

export type WorkspaceRole = 'facilitator' | 'editor' | 'commenter' | 'viewer';

/** Reads the session cookie (`handshake.headers.cookie`) or `handshake.auth.token`; null refuses. */
export type AuthenticateHandshake = (handshake: Handshake) => Promise<SocketPrincipal | null>;

/** The principal's role in the workspace, or null when they are not a member. */
export type CanAccessWorkspace = (
  principal: SocketPrincipal,
  workspaceId: string,
) => Promise<WorkspaceRole | null>;

export interface SocketAuth {
  authenticate: AuthenticateHandshake;
  canAccessWorkspace: CanAccessWorkspace;
}
