import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import type { PresenceHub } from '../presence/PresenceHub.ts';
import type { AccessEvents } from '../services/AccessEvents.ts';
import type { SocketPrincipal } from './SocketAuth.ts';

export interface SocketIoAccessOptions {
  io: Server;
  hub: PresenceHub;
  events: AccessEvents | undefined;
  roomOf: (workspaceId: string) => string;
  logger: Logger;
}

const principalOf = (socket: Socket) => (socket.data as { principal?: SocketPrincipal }).principal;

/**
 * The sync endpoint's access rules for socket.io, driven by the same access events (which cross
 * nodes through Redis, so each node acts on its own sockets): a removed member leaves the
 * workspace's room and presence at once; a revoked session or token disconnects its sockets.
 * Returns the unsubscribe function.
 */
export function enforceSocketIoAccess(opts: SocketIoAccessOptions): () => void {
  const localSockets = () => opts.io.of('/').sockets.values();
  return (
    opts.events?.subscribe((event) => {
      // Archiving changes what members may write, not who may listen.
      if (event.type === 'workspaceArchived') return;
      for (const socket of localSockets()) {
        const principal = principalOf(socket);
        if (!principal || principal.userId !== event.userId) continue;
        if (event.type === 'credentialRevoked') {
          if (principal.credentialId === event.credentialId) socket.disconnect(true);
          continue;
        }
        if (event.role !== null) continue;
        removeFromWorkspace(socket, event.workspaceId, opts);
      }
    }) ?? (() => {})
  );
}

/** Takes one socket out of a workspace: it hears nothing more of it and is gone from its presence. */
export function removeFromWorkspace(
  socket: Socket,
  workspaceId: string,
  opts: Pick<SocketIoAccessOptions, 'hub' | 'roomOf' | 'logger'>,
): void {
  // Leaving the room is synchronous with the in-memory adapter and queued with Redis; either way
  // no later broadcast to the room reaches this socket.
  void socket.leave(opts.roomOf(workspaceId));
  opts.hub
    .leave(workspaceId, socket.id)
    .catch((err: unknown) => opts.logger.warn({ err, workspaceId }, 'presence removal failed'));
}
