import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { WebsocketProvider as WebsocketProviderV2 } from 'y-websocket-v2';
import * as Y from 'yjs';

export interface SyncedClient {
  doc: Y.Doc;
  /** v2 and v3 share this API; v2 instances are typed through v3's declarations. */
  provider: WebsocketProvider;
  text(): string;
  destroy(): void;
}

/** A stock y-websocket client (v3 by default, v2 on request), as outside scripts would use. */
export function connectClient(
  wsUrl: string,
  documentId: string,
  options: { version?: 2 | 3; params?: Record<string, string> } = {},
): SyncedClient {
  const doc = new Y.Doc();
  const common = { WebSocketPolyfill: WebSocket as never, params: options.params ?? {}, disableBc: true };
  const provider =
    options.version === 2
      ? (new WebsocketProviderV2(wsUrl, documentId, doc, common) as unknown as WebsocketProvider)
      : new WebsocketProvider(wsUrl, documentId, doc, common);
  return {
    doc,
    provider,
    text: () => doc.getText('t').toString(),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function waitForSynced(client: SyncedClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('client did not sync in time')), timeoutMs);
    client.provider.once('sync', (synced: boolean) => {
      if (synced) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}
