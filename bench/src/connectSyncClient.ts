import WebSocket from 'ws';
import type { ServerFrame, SyncClientProtocol } from './SyncClientProtocol.ts';

export interface SyncClientOptions {
  url: string;
  docId: string;
  protocol: SyncClientProtocol;
  /** This client's state vector and the update a server's sync step 1 asks for. */
  stateVector: () => Uint8Array;
  stateAsUpdate: (serverStateVector: Uint8Array) => Uint8Array;
  /** Every sync step 2 and update frame, with the time it was read. */
  onSyncFrame?: (frame: Buffer, receivedAt: number) => void;
  /** The socket closed while the run still needed it. */
  onUnexpectedClose: (code: number) => void;
  /** The clock of `receivedAt` (default `performance.now`). */
  now?: () => number;
}

export interface SyncClient {
  /** Resolves once the server's sync step 2 has arrived. */
  readonly synced: Promise<void>;
  send(frame: Uint8Array): void;
  close(): Promise<void>;
}

/** Opens one socket, does the sync handshake and hands every document frame to `onSyncFrame`. */
export function connectSyncClient(opts: SyncClientOptions): SyncClient {
  // Compression off on both ends: none of the compared servers enables it, and it would cost the generator CPU.
  const ws = new WebSocket(opts.url, { perMessageDeflate: false });
  let closing = false;
  let markSynced: () => void = () => {};
  let failSync: (err: Error) => void = () => {};
  const synced = new Promise<void>((resolve, reject) => {
    markSynced = resolve;
    failSync = reject;
  });
  // A failed handshake is reported through `synced`; this keeps it from also surfacing as unhandled.
  synced.catch(() => {});

  ws.on('open', () => {
    for (const frame of opts.protocol.openingFrames(opts.docId, opts.stateVector())) ws.send(frame);
  });
  const now = opts.now ?? (() => performance.now());
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    const receivedAt = now();
    if (!isBinary) return;
    let frame: ServerFrame;
    try {
      frame = opts.protocol.readFrame(data);
    } catch (err) {
      failSync(new Error(`unreadable frame from ${opts.url}: ${(err as Error).message}`));
      return;
    }
    if (frame.kind === 'syncStep1') {
      ws.send(opts.protocol.syncStep2Frame(opts.docId, opts.stateAsUpdate(frame.stateVector)));
      return;
    }
    if (frame.kind === 'other') return;
    if (frame.kind === 'syncStep2') markSynced();
    opts.onSyncFrame?.(data, receivedAt);
  });
  ws.on('error', (err) => failSync(err));
  ws.on('close', (code) => {
    failSync(new Error(`socket closed with ${code} before sync`));
    if (!closing) opts.onUnexpectedClose(code);
  });

  return {
    synced,
    send(frame) {
      if (ws.readyState === WebSocket.OPEN) ws.send(frame);
    },
    close() {
      closing = true;
      if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
      return new Promise((resolve) => {
        ws.once('close', () => resolve());
        // terminate() rather than a closing handshake: a stalled server must not hold up clean-up.
        ws.terminate();
      });
    },
  };
}
