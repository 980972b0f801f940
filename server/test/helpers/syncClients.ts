import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

export interface UpgradeOutcome {
  /** HTTP status of the upgrade answer; 101 when a WebSocket was opened. */
  status: number;
  body: string;
  /** Frames received if a socket opened (a refused upgrade must have none). */
  frames: number;
}

/** Tries a raw upgrade and reports the HTTP answer, so tests can prove no document byte leaked. */
export function tryUpgrade(url: string, headers: Record<string, string> = {}): Promise<UpgradeOutcome> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    let frames = 0;
    let answered = false;
    ws.on('unexpected-response', (_req, res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, frames }));
    });
    ws.on('message', () => {
      frames++;
    });
    ws.on('open', () => {
      answered = true;
      // Give the server the chance to send its sync step 1, then report what arrived.
      ws.once('message', () => {
        ws.close();
        resolve({ status: 101, body: '', frames });
      });
    });
    ws.on('error', (err) => {
      if (!answered) reject(err);
    });
  });
}

/** A `ws` WebSocket class that sends the given headers (e.g. a session cookie) with its upgrade. */
function webSocketWithHeaders(headers: Record<string, string>) {
  return class WebSocketWithHeaders extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}

export interface SyncClient {
  provider: WebsocketProvider;
  /** Close codes the provider reported through its `closed` event (4400–4499 are permanent). */
  closes: number[];
  destroy(): void;
}

/** The stock y-websocket client, authenticated by `?token=` or a cookie header. */
export function connectProvider(
  wsUrl: string,
  documentId: string,
  doc: Y.Doc,
  auth: { token?: string; cookie?: string },
): SyncClient {
  const Polyfill = webSocketWithHeaders(auth.cookie ? { cookie: auth.cookie } : {});
  const provider = new WebsocketProvider(wsUrl, documentId, doc, {
    params: auth.token ? { token: auth.token } : {},
    WebSocketPolyfill: Polyfill as unknown as typeof globalThis.WebSocket,
    // Providers in one process would otherwise share updates through BroadcastChannel, not the server.
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: number[] = [];
  provider.on('closed', (event) => {
    closes.push(event.code);
  });
  return {
    provider,
    closes,
    destroy() {
      provider.destroy();
    },
  };
}

export function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}
