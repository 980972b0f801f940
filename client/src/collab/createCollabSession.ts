import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { documentSynced } from '../lib/pageReady.ts';
import { type SaveSnapshot, SaveTracker } from './SaveTracker.ts';
import { isTerminalClose } from './terminalCloseCodes.ts';
import { throttleAwareness } from './throttleAwareness.ts';

/** What others see of me in awareness (carets, avatars). */
export interface PresenceUser {
  userId: string;
  name: string;
  city: string;
  color: string;
}

export interface CollabSession {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  /** Resolves once the copy kept on this device is loaded (it may be empty). */
  readonly whenLocalLoaded: Promise<void>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): SaveSnapshot;
  destroy(): void;
}

// Batches acknowledgement probes while someone types.
const PROBE_DELAY_MS = 300;

/** yjs URL on the same host as the page; the session cookie authenticates the upgrade. */
export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/yjs`;
}

/**
 * One open document: a Y.Doc kept in IndexedDB (offline edits survive reloads) and synced through
 * the stock y-websocket provider, plus a live "is everything saved" state for the UI.
 */
export function createCollabSession(documentId: string, user: PresenceUser): CollabSession {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`weft-doc-${documentId}`, doc);
  const provider = new WebsocketProvider(syncServerUrl(window.location), documentId, doc, {
    connect: false,
    maxBackoffTime: 5000,
    shouldReconnect: (event) => !isTerminalClose(event.code),
  });
  const stopThrottle = throttleAwareness(provider);
  provider.awareness.setLocalStateField('user', user);

  const tracker = new SaveTracker();
  tracker.setOnline(navigator.onLine);
  const listeners = new Set<() => void>();
  let snapshot = tracker.snapshot();
  const changed = () => {
    const next = tracker.snapshot();
    if (
      next.state === snapshot.state &&
      next.unsaved === snapshot.unsaved &&
      next.storedOnDevice === snapshot.storedOnDevice
    ) {
      return;
    }
    snapshot = next;
    for (const l of listeners) l();
  };

  let probeTimer: ReturnType<typeof setTimeout> | null = null;
  const scheduleProbe = (delay: number) => {
    if (probeTimer !== null || !tracker.wantsProbe()) return;
    probeTimer = setTimeout(() => {
      probeTimer = null;
      const ws = provider.ws;
      if (!tracker.wantsProbe() || !ws || ws.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.writeSyncStep1(encoder, doc);
      ws.send(encoding.toUint8Array(encoder));
      tracker.probeSent();
    }, delay);
  };

  // The provider copies its handler table per instance, so wrapping the sync handler is local.
  const syncHandler = provider.messageHandlers[messageSync];
  if (syncHandler) {
    provider.messageHandlers[messageSync] = (encoder, decoder, prov, emitSynced, messageType) => {
      const syncType = decoding.peekVarUint(decoder);
      syncHandler(encoder, decoder, prov, emitSynced, messageType);
      // emitSynced is false for messages from other tabs (BroadcastChannel), which prove nothing.
      if (emitSynced && syncType === syncProtocol.messageYjsSyncStep2) {
        tracker.step2Received();
        changed();
        scheduleProbe(0);
      }
    };
  }

  provider.on('status', ({ status }) => {
    if (status === 'connected') tracker.opened();
    else if (status === 'disconnected') tracker.closed();
    changed();
  });
  provider.on('sync', (isSynced) => {
    if (isSynced) {
      tracker.syncedWithServer();
      documentSynced();
    }
    changed();
    scheduleProbe(0);
  });
  provider.on('closed', () => {
    tracker.deny();
    changed();
  });
  // y-indexeddb writes each update in its own transaction as it happens; a later read-only
  // transaction on the same store completes only after those writes, so it confirms them.
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const scheduleDeviceCheck = () => {
    if (flushTimer !== null) return;
    flushTimer = setTimeout(() => {
      flushTimer = null;
      const db = persistence.db;
      if (!db) {
        // Not open yet: the first load stores the whole state, so check again after it.
        void persistence.whenSynced.then(scheduleDeviceCheck, () => undefined);
        return;
      }
      const edits = tracker.edits;
      try {
        const tx = db.transaction(['updates'], 'readonly');
        tx.oncomplete = () => {
          tracker.storedOnDevice(edits);
          changed();
        };
      } catch {
        // The database closed (session destroyed); nothing left to confirm.
      }
    }, 50);
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === persistence) return;
    tracker.localUpdate();
    changed();
    scheduleProbe(PROBE_DELAY_MS);
    scheduleDeviceCheck();
  };
  doc.on('update', onUpdate);

  // The browser knows first when the network is gone; say so at once and stop retrying until back.
  const onOffline = () => {
    tracker.setOnline(false);
    provider.disconnect();
    changed();
  };
  const onOnline = () => {
    tracker.setOnline(true);
    provider.connect();
    changed();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  // Connect after the local copy is loaded, so the first sync step already carries offline edits.
  let destroyed = false;
  const whenLocalLoaded = persistence.whenSynced.then(
    () => undefined,
    () => undefined,
  );
  void whenLocalLoaded.then(() => {
    if (!destroyed && navigator.onLine) provider.connect();
  });

  return {
    doc,
    provider,
    awareness: provider.awareness,
    whenLocalLoaded,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    destroy() {
      destroyed = true;
      if (probeTimer !== null) clearTimeout(probeTimer);
      if (flushTimer !== null) clearTimeout(flushTimer);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      doc.off('update', onUpdate);
      provider.destroy();
      // After the provider's destroy, so the removal of this tab's state still goes out.
      stopThrottle();
      void persistence.destroy();
      doc.destroy();
      listeners.clear();
    },
  };
}
