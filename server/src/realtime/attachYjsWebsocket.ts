import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, ErrorCode, isDocumentId } from '@weft/protocol';
import type { Logger } from 'pino';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { Connection } from '../collab/Connection.ts';
import type { Room } from '../collab/Room.ts';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';

export const YJS_PATH_PREFIX = '/yjs/';

/** Outcome of authorising an upgrade; runs before any document is loaded. */
export type UpgradeDecision =
  | { ok: true; canWrite: boolean; principalId: string; workspaceId?: string; credentialId?: string }
  | { ok: false; status: 400 | 401 | 403 | 404 | 429 | 503; message: string };

export type AuthorizeUpgrade = (req: IncomingMessage, documentId: string) => Promise<UpgradeDecision>;

export interface YjsWebsocketOptions {
  registry: RoomRegistry;
  logger: Logger;
  maxMessageBytes: number;
  maxBufferedBytes: number;
  /** Frames this large or larger are sent with permessage-deflate when the client offers it; 0 = off. */
  deflateThreshold?: number;
  authorize: AuthorizeUpgrade;
}

export interface YjsWebsocketEndpoint {
  /** Live connections by principal, so access changes can close them. */
  connectionsOf(principalId: string): Connection[];
  close(): void;
}

// Frames that arrive while the document loads are kept, up to this many.
const MAX_EARLY_FRAMES = 256;

/** Serves the standard y-websocket protocol on `/yjs/<documentId>`. */
export function attachYjsWebsocket(server: Server, opts: YjsWebsocketOptions): YjsWebsocketEndpoint {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.maxMessageBytes,
    perMessageDeflate: deflateOptions(opts.deflateThreshold ?? 0),
  });
  const live = new Set<Connection>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(YJS_PATH_PREFIX)) return;
    const documentId = decodeURIComponent(url.pathname.slice(YJS_PATH_PREFIX.length));
    if (!isDocumentId(documentId)) {
      rejectUpgrade(socket, 400, 'invalid document id');
      return;
    }
    opts
      .authorize(req, documentId)
      .then((decision) => {
        if (!decision.ok) {
          opts.logger.info({ documentId, status: decision.status }, 'sync upgrade refused');
          rejectUpgrade(socket, decision.status, decision.message);
          return;
        }
        wss.handleUpgrade(req, socket, head, (ws) => accept(ws, documentId, decision));
      })
      .catch((err: unknown) => {
        opts.logger.error({ err, documentId }, 'authorising sync upgrade failed');
        rejectUpgrade(socket, 503, 'unavailable');
      });
  };

  const accept = (ws: WebSocket, documentId: string, decision: Extract<UpgradeDecision, { ok: true }>) => {
    const logger = opts.logger.child({ documentId, principal: decision.principalId });
    const conn = new Connection({
      socket: ws,
      canWrite: decision.canWrite,
      principalId: decision.principalId,
      ...(decision.workspaceId ? { workspaceId: decision.workspaceId } : {}),
      ...(decision.credentialId ? { credentialId: decision.credentialId } : {}),
      maxBufferedBytes: opts.maxBufferedBytes,
      logger,
    });
    live.add(conn);
    let room: Room | null = null;
    let early: Uint8Array[] | null = [];

    ws.on('message', (data: RawData) => {
      const bytes = toBytes(data);
      if (room) room.handleMessage(conn, bytes);
      else if (early && early.length < MAX_EARLY_FRAMES) early.push(bytes);
      else conn.close(CloseCode.slowConsumer, 'too many frames before the document loaded');
    });
    ws.on('error', (err) => {
      // ws has already closed with 1009 for oversized frames; this records why.
      logger.warn({ err }, 'websocket error');
    });
    ws.on('close', () => {
      conn.markClosed();
      live.delete(conn);
      if (room) opts.registry.disconnect(room, conn);
    });

    opts.registry
      .connect(documentId, conn)
      .then((joined) => {
        room = joined;
        const queued = early ?? [];
        early = null;
        if (joined) for (const frame of queued) joined.handleMessage(conn, frame);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'loading document failed');
        conn.close(CloseCode.internalError, 'document could not be loaded');
      });
  };

  server.on('upgrade', onUpgrade);
  return {
    connectionsOf(principalId) {
      return [...live].filter((c) => c.principalId === principalId);
    },
    close() {
      server.off('upgrade', onUpgrade);
      wss.close();
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

const STATUS: Record<number, [text: string, code: ErrorCode]> = {
  400: ['Bad Request', ErrorCode.badRequest],
  401: ['Unauthorized', ErrorCode.unauthorized],
  403: ['Forbidden', ErrorCode.forbidden],
  404: ['Not Found', ErrorCode.notFound],
  429: ['Too Many Requests', ErrorCode.rateLimited],
  503: ['Service Unavailable', ErrorCode.unavailable],
};

/** Answers an upgrade request with a plain HTTP error, so no WebSocket (and no document byte) is sent. */
export function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  const [text, code] = STATUS[status] ?? ['Error', ErrorCode.internal];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

// No context takeover: each large frame is compressed on its own, so a connection keeps no
// deflate window between frames (memory stays flat with hundreds of readers).
function deflateOptions(threshold: number) {
  if (threshold <= 0) return false;
  return { threshold, serverNoContextTakeover: true, clientNoContextTakeover: true };
}
