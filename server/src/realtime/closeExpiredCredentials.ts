import { CloseCode } from '@weft/protocol';
import type { Server } from 'socket.io';
import type { Connection } from '../collab/Connection.ts';
import type { SocketPrincipal } from './SocketAuth.ts';

export interface ExpirySweepOptions {
  now: () => number;
  intervalMs: number;
  syncConnections: () => Iterable<Connection>;
  io: Server;
}

/**
 * A session that expires while its sockets are open ends them too: sync connections close with
 * 4401, socket.io sockets are disconnected. Checked by a sweep (not one timer per socket) so the
 * injected clock decides, as it does for every other expiry. Returns the stop function.
 */
export function closeExpiredCredentials(opts: ExpirySweepOptions): () => void {
  const sweep = () => {
    const now = opts.now();
    for (const conn of opts.syncConnections()) {
      if (conn.expiresAt !== null && conn.expiresAt <= now)
        conn.close(CloseCode.unauthorized, 'session expired');
    }
    for (const socket of opts.io.of('/').sockets.values()) {
      const expiresAt = (socket.data as { principal?: SocketPrincipal }).principal?.expiresAt;
      if (expiresAt !== undefined && expiresAt <= now) socket.disconnect(true);
    }
  };
  const timer = setInterval(sweep, opts.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
