import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';

// y-websocket's awareness message type; the provider's own constant pulls in nothing more.
const MESSAGE_AWARENESS = 1;

/** Cursor and selection updates leave at most this often; the last one always goes out. */
export const AWARENESS_SEND_INTERVAL_MS = 100;

/** The part of y-websocket's WebsocketProvider whose awareness sending is replaced. */
export interface AwarenessSender {
  awareness: awarenessProtocol.Awareness;
  ws: { readyState: number; send(data: Uint8Array<ArrayBuffer>): void } | null;
  wsconnected: boolean;
  _awarenessUpdateHandler: (change: AwarenessChange, origin: unknown) => void;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

const OPEN = 1;

/**
 * Replaces the provider's awareness sender with one that sends only this client's own state, at
 * most once per interval (leading and trailing edge), and a removal at once. The stock sender
 * also re-sends every state it receives, which costs a frame per remote cursor move for nothing.
 * Returns the function that stops the throttled sender.
 */
export function throttleAwareness(
  provider: AwarenessSender,
  intervalMs = AWARENESS_SEND_INTERVAL_MS,
): () => void {
  const { awareness } = provider;
  const ownId = awareness.clientID;
  let lastSent = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const send = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastSent = Date.now();
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [ownId]));
    ws.send(encoding.toUint8Array(encoder));
  };

  const onUpdate = (change: AwarenessChange, origin: unknown) => {
    // States that arrived from the server are news to this tab only; sending them back helps nobody.
    if (origin === provider) return;
    if (change.removed.includes(ownId)) {
      send();
      return;
    }
    if (!change.added.includes(ownId) && !change.updated.includes(ownId)) return;
    const wait = lastSent + intervalMs - Date.now();
    if (wait <= 0) send();
    else timer ??= setTimeout(send, wait);
  };

  awareness.off('update', provider._awarenessUpdateHandler);
  awareness.on('update', onUpdate);
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    awareness.off('update', onUpdate);
  };
}
