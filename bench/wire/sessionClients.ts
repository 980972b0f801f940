import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type ByteCounter, countingWebSocket } from './countingWebSocket.ts';

/** Where and how a session's clients connect. */
export type SessionTarget =
  | { kind: 'y-websocket'; serverUrl: string; room: string; params?: Record<string, string> }
  | { kind: 'hocuspocus'; url: string; name: string };

/** One person in the session: a stock provider, its document and what its socket carried. */
export interface SessionClient {
  doc: Y.Doc;
  awareness: Awareness;
  bytes: ByteCounter;
  synced(): boolean;
  destroy(): void;
}

/**
 * The stock y-websocket `WebsocketProvider` (3.1.0) as a browser tab uses it, except that tabs of
 * one process must not talk over BroadcastChannel (real users are on different machines).
 * Hocuspocus speaks its own dialect, so its clients use `@hocuspocus/provider`.
 */
export function connectSessionClient(target: SessionTarget, name: string): SessionClient {
  const { WebSocketClass, counter } = countingWebSocket();
  const doc = new Y.Doc();
  if (target.kind === 'y-websocket') {
    const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
      WebSocketPolyfill: WebSocketClass as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: target.params ?? {},
    });
    provider.awareness.setLocalStateField('user', { name, color: '#1f6feb' });
    return {
      doc,
      awareness: provider.awareness,
      bytes: counter,
      synced: () => provider.synced,
      destroy: () => {
        provider.destroy();
        // Also stops the awareness' own timer.
        doc.destroy();
      },
    };
  }
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: target.url,
    WebSocketPolyfill: WebSocketClass,
  });
  const provider = new HocuspocusProvider({ name: target.name, document: doc, websocketProvider });
  // A provider given its own socket connects only once attached to it.
  provider.attach();
  const awareness = provider.awareness;
  if (!awareness) throw new Error('Hocuspocus provider has no awareness');
  awareness.setLocalStateField('user', { name, color: '#1f6feb' });
  return {
    doc,
    awareness,
    bytes: counter,
    synced: () => provider.isSynced,
    destroy: () => {
      provider.destroy();
      websocketProvider.destroy();
      doc.destroy();
    },
  };
}
