import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, isDocumentId } from '@weft/protocol';
import type { Logger } from 'pino';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { type AwarenessIdentity, Connection } from '../collab/Connection.ts';
import type { Room } from '../collab/Room.ts';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';
import { createRateLimitedLog } from './createRateLimitedLog.ts';
import { rejectUpgrade, upgradePath } from './refuseUpgrade.ts';
import { wsSocket } from './wsSocket.ts';

export { rejectUpgrade } from './refuseUpgrade.ts';

export const YJS_PATH_PREFIX = '/yjs/';

/** Outcome of authorising an upgrade; runs before any document is loaded. */
export type UpgradeDecision =
  | {
      ok: true;
      canWrite: boolean;
      principalId: string;
      workspaceId?: string;
      credentialId?: string;
      expiresAt?: number;
      identity?: AwarenessIdentity;
    }
  | { ok: false; status: 400 | 401 | 403 | 404 | 429 | 503; message: string };

export type AuthorizeUpgrade = (req: IncomingMessage, documentId: string) => Promise<UpgradeDecision>;

export interface YjsWebsocketOptions {
  registry: RoomRegistry;
  logger: Logger;
  maxMessageBytes: number;
  maxBufferedBytes: number;
  /**
   * Negotiates permessage-deflate with this server window (log2), keeping it between frames;
   * absent = never. Which frames go compressed is each room's choice (`shouldDeflate`).
   */
  deflateWindowBits?: number;
  authorize: AuthorizeUpgrade;
  /** How often each socket is pinged; one that has not answered the previous ping is dropped. */
  pingIntervalMs: number;
}

export interface YjsWebsocketEndpoint {
  /** Live connections by principal, so access changes can close them. */
  connectionsOf(principalId: string): Connection[];
  /** Every live connection on this node. */
  all(): Iterable<Connection>;
  /** Open connections, for metrics. */
  readonly connectionCount: number;
  close(): void;
}

// Frames that arrive while the document loads are kept, up to this many.
const MAX_EARLY_FRAMES = 256;

/** Serves the standard y-websocket protocol on `/yjs/<documentId>`. */
export function attachYjsWebsocket(server: Server, opts: YjsWebsocketOptions): YjsWebsocketEndpoint {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.maxMessageBytes,
    perMessageDeflate: deflateOptions(opts.deflateWindowBits),
  });
  const live = new Set<Connection>();
  let warnedNoSharedFrames = false;
  const unanswered = new WeakSet<WebSocket>();
  // A half-open socket (peer gone without a FIN) would keep its room loaded forever otherwise.
  const keepalive = setInterval(() => {
    for (const ws of wss.clients) {
      if (unanswered.has(ws)) {
        ws.terminate();
        continue;
      }
      unanswered.add(ws);
      ws.ping();
    }
  }, opts.pingIntervalMs);
  keepalive.unref();

  // Refusals are logged one line at a time at most, so a flood cannot flood the log too.
  const logRefusal = createRateLimitedLog(opts.logger, 1_000);

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      handleUpgrade(req, socket, head);
    } catch (err) {
      // Whatever went wrong, the socket must not be left open: that is how descriptors leak.
      logRefusal({ err: String(err), url: req.url?.slice(0, 200) }, 'sync upgrade failed; socket destroyed');
      socket.destroy();
    }
  };

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = upgradePath(req.url);
    if (pathname === null) {
      // Another handler claims well-formed paths only; an unparsable target is answered here.
      logRefusal({ url: req.url?.slice(0, 200) }, 'unparsable upgrade target refused');
      rejectUpgrade(socket, 400, 'invalid request target');
      return;
    }
    if (!pathname.startsWith(YJS_PATH_PREFIX)) return;
    let documentId: string;
    try {
      documentId = decodeURIComponent(pathname.slice(YJS_PATH_PREFIX.length));
    } catch {
      documentId = '';
    }
    if (!isDocumentId(documentId)) {
      logRefusal({ url: req.url?.slice(0, 200) }, 'sync upgrade with an invalid document id refused');
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
        if (socket.destroyed) return;
        if (opts.deflateWindowBits !== undefined) dropNarrowDeflateOffers(req, opts.deflateWindowBits);
        wss.handleUpgrade(req, socket, head, (ws) => accept(ws, documentId, decision));
      })
      .catch((err: unknown) => {
        opts.logger.error({ err, documentId }, 'authorising sync upgrade failed');
        rejectUpgrade(socket, 503, 'unavailable');
      });
  };

  const accept = (ws: WebSocket, documentId: string, decision: Extract<UpgradeDecision, { ok: true }>) => {
    const logger = opts.logger.child({ documentId, principal: decision.principalId });
    const socket = wsSocket(ws);
    if (!socket.sendShared && !warnedNoSharedFrames) {
      warnedNoSharedFrames = true;
      opts.logger.warn('this ws version lacks the internals for shared broadcast frames; framing per socket');
    }
    const conn = new Connection({
      socket,
      canWrite: decision.canWrite,
      principalId: decision.principalId,
      ...(decision.workspaceId ? { workspaceId: decision.workspaceId } : {}),
      ...(decision.credentialId ? { credentialId: decision.credentialId } : {}),
      ...(decision.expiresAt !== undefined ? { expiresAt: decision.expiresAt } : {}),
      ...(decision.identity ? { identity: decision.identity } : {}),
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
    ws.on('pong', () => unanswered.delete(ws));
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
    all() {
      return live.values();
    },
    connectionsOf(principalId) {
      return [...live].filter((c) => c.principalId === principalId);
    },
    get connectionCount() {
      return live.size;
    },
    close() {
      clearInterval(keepalive);
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

// Context takeover both ways: a frame compresses against the ones before it, so the small,
// repetitive frames of a session (awareness states, typing) shrink too. zlib's deflate state is
// 2^(bits+2) + 2^(memLevel+9) bytes: 96 KiB at 13 bits and memLevel 7, kept per connection once
// it was sent a compressed frame. The threshold is unused: rooms pass `compress` per frame.
function deflateOptions(windowBits: number | undefined) {
  if (windowBits === undefined) return false;
  return {
    serverNoContextTakeover: false,
    clientNoContextTakeover: false,
    serverMaxWindowBits: windowBits,
    zlibDeflateOptions: { memLevel: 7 },
    threshold: 0,
  };
}

/**
 * A client that allows the server a smaller window than ours would have the whole upgrade refused
 * by ws (400); such a client gets no compression instead.
 */
function dropNarrowDeflateOffers(req: IncomingMessage, windowBits: number): void {
  const header = req.headers['sec-websocket-extensions'];
  if (typeof header !== 'string') return;
  for (const match of header.matchAll(/server_max_window_bits\s*=\s*"?(\d+)/gi)) {
    if (Number(match[1]) < windowBits) {
      delete req.headers['sec-websocket-extensions'];
      return;
    }
  }
}
