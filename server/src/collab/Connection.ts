import { CloseCode } from '@weft/protocol';
import type { Logger } from 'pino';
import { SharedFrame } from './SharedFrame.ts';
import type { SocketLike } from './SocketLike.ts';

export interface ConnectionOptions {
  socket: SocketLike;
  /** False for viewers and commenters: their document updates are dropped. */
  canWrite: boolean;
  maxBufferedBytes: number;
  logger: Logger;
  /** Who is connected, for access checks and logs (user id or "anonymous"). */
  principalId?: string;
  /** The workspace whose membership grants this connection, so membership changes can close it. */
  workspaceId?: string;
  /** The session or API token used, so ending it can close this connection. */
  credentialId?: string;
  /** When that credential expires (epoch ms); absent for API tokens. */
  expiresAt?: number;
  /** Who others see in this connection's awareness states; the client cannot choose it. */
  identity?: AwarenessIdentity;
}

/** The account behind a connection, as shown to others in awareness `user` fields. */
export interface AwarenessIdentity {
  userId: string;
  name: string;
  city: string;
}

// One options object each, not one per send: a broadcast calls send once per socket.
const COMPRESS = Object.freeze({ compress: true });
const PLAIN = Object.freeze({ compress: false });

/** One client's connection to one document. */
export class Connection {
  readonly socket: SocketLike;
  readonly canWrite: boolean;
  readonly principalId: string;
  readonly workspaceId: string | null;
  readonly credentialId: string | null;
  readonly expiresAt: number | null;
  readonly identity: AwarenessIdentity | null;
  readonly logger: Logger;
  private readonly maxBufferedBytes: number;
  private closed = false;
  private lastSent = Date.now();

  constructor(options: ConnectionOptions) {
    this.socket = options.socket;
    this.canWrite = options.canWrite;
    this.principalId = options.principalId ?? 'anonymous';
    this.workspaceId = options.workspaceId ?? null;
    this.credentialId = options.credentialId ?? null;
    this.expiresAt = options.expiresAt ?? null;
    this.identity = options.identity ?? null;
    this.maxBufferedBytes = options.maxBufferedBytes;
    this.logger = options.logger;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Epoch ms of the last frame sent to this client (or of the connection, before any). */
  get lastSentAt(): number {
    return this.lastSent;
  }

  /**
   * Sends one frame; `compress` asks for permessage-deflate, which the socket applies only if the
   * client negotiated it (the room decides per frame, see `shouldDeflate`).
   */
  send(message: Uint8Array, compress = false): void {
    this.sendShared(new SharedFrame(message), compress);
  }

  /** Sends a frame that other connections get too; uncompressed ones reuse its framed bytes. */
  sendShared(frame: SharedFrame, compress: boolean): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.close(CloseCode.slowConsumer, 'send buffer overflow');
      return;
    }
    try {
      if (compress || this.socket.sendShared?.(frame) !== true) {
        this.socket.send(frame.payload, compress ? COMPRESS : PLAIN);
      }
      this.lastSent = Date.now();
    } catch (err) {
      this.logger.warn({ err }, 'send failed; closing connection');
      this.close(CloseCode.internalError, 'send failed');
    }
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.socket.close(code, reason);
    } catch (err) {
      this.logger.debug({ err }, 'socket close failed');
    }
  }

  /** Marks the connection closed when the peer closed it first. */
  markClosed(): void {
    this.closed = true;
  }
}
