import { YjsMessageType } from '@weft/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** Every awareness frame a provider's socket received, decoded, and the bytes of all of them. */
export interface AwarenessLog {
  entries: AwarenessEntry[];
  frames: number;
  bytes: number;
}

/** Starts recording the awareness frames arriving on the provider's current socket. */
export function recordAwareness(provider: WebsocketProvider): AwarenessLog {
  const log: AwarenessLog = { entries: [], frames: 0, bytes: 0 };
  const ws = provider.ws;
  if (!ws) throw new Error('provider is not connected');
  ws.addEventListener('message', (event: MessageEvent) => {
    const data = new Uint8Array(event.data as ArrayBuffer);
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== YjsMessageType.awareness) return;
    log.frames++;
    log.bytes += data.byteLength;
    log.entries.push(...decodeAwarenessUpdate(decoding.readVarUint8Array(decoder)));
  });
  return log;
}

export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(decoder)) });
  }
  return entries;
}

/** A raw awareness frame with exactly these entries, as a misbehaving client could send. */
export function awarenessFrame(entries: readonly AwarenessEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(inner, e.clientId);
    encoding.writeVarUint(inner, e.clock);
    encoding.writeVarString(inner, JSON.stringify(e.state));
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, YjsMessageType.awareness);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}
