import { setTimeout as delay } from 'node:timers/promises';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readCpuSeconds, readRssBytes } from '../src/procStats.ts';
import { countingWebSocket } from './countingWebSocket.ts';

export interface SyncDocument {
  serverUrl: string;
  documentId: string;
  token: string;
}

export interface FirstSync {
  bytesReceived: number;
  ms: number;
}

export interface FanoutCost {
  cpuSeconds: number;
  windowSeconds: number;
  rssMb: number;
  bytesPerReader: number;
}

// Text like a long meeting record: words repeat, numbers and names vary (compresses as prose does).
function prose(bytes: number, seed: number): string {
  const words = [
    'Gent',
    'Huế',
    'textile',
    'recycling',
    'pilot',
    'dệt may',
    'bền vững',
    'council',
    'budget',
    'action',
  ];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const word = `${words[(i * 7 + seed) % words.length]} ${(i * 2654435761) % 100000} `;
    parts.push(word);
    length += Buffer.byteLength(word);
  }
  return parts.join('');
}

function provider(doc: SyncDocument, ydoc: Y.Doc, WebSocketClass: unknown): WebsocketProvider {
  return new WebsocketProvider(doc.serverUrl, doc.documentId, ydoc, {
    WebSocketPolyfill: WebSocketClass as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: doc.token },
  });
}

async function until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(20);
  }
}

/** Writes about `sizeBytes` of text in 1 MB updates (under MAX_MESSAGE_BYTES) and waits until stored. */
export async function fillDocument(doc: SyncDocument, sizeBytes: number): Promise<number> {
  const ydoc = new Y.Doc();
  const { WebSocketClass } = countingWebSocket();
  const writer = provider(doc, ydoc, WebSocketClass);
  try {
    await until(() => writer.synced, 30_000, 'writer sync');
    const text = ydoc.getText('record');
    for (let i = 0; text.length < sizeBytes; i++) {
      text.insert(text.length, prose(1_000_000, i));
      await delay(50);
    }
    const expected = text.length;
    // A second client that sees everything proves the server stored and relays it.
    const check = await firstSync(doc, expected);
    return check.bytesReceived > 0 ? expected : 0;
  } finally {
    writer.destroy();
    ydoc.destroy();
  }
}

/** A new client (offering permessage-deflate, as browsers do) loads the whole document. */
export async function firstSync(doc: SyncDocument, expectedLength: number): Promise<FirstSync> {
  const ydoc = new Y.Doc();
  const { WebSocketClass, counter } = countingWebSocket();
  const started = performance.now();
  const reader = provider(doc, ydoc, WebSocketClass);
  try {
    await until(() => ydoc.getText('record').length >= expectedLength, 120_000, 'first sync');
    return { bytesReceived: counter.received(), ms: performance.now() - started };
  } finally {
    reader.destroy();
    ydoc.destroy();
  }
}

/** Server CPU while `readers` browsers-like clients watch `writers` people type 25 updates/s each. */
export async function fanoutCost(
  doc: SyncDocument,
  serverPid: number,
  load: { readers: number; writers: number; seconds: number },
): Promise<FanoutCost> {
  const clients = Array.from({ length: load.readers + load.writers }, () => {
    const ydoc = new Y.Doc();
    const { WebSocketClass, counter } = countingWebSocket();
    return { ydoc, counter, provider: provider(doc, ydoc, WebSocketClass) };
  });
  const timers: NodeJS.Timeout[] = [];
  try {
    await until(() => clients.every((c) => c.provider.synced), 60_000, 'fan-out clients sync');
    for (const c of clients.slice(0, load.writers)) {
      const text = c.ydoc.getText('typing');
      timers.push(setInterval(() => text.insert(text.length, 'x'), 40));
    }
    await delay(2000);
    const readers = clients.slice(load.writers);
    const bytesBefore = readers.reduce((n, c) => n + c.counter.received(), 0);
    const cpuBefore = readCpuSeconds(serverPid);
    const started = performance.now();
    await delay(load.seconds * 1000);
    const cpuSeconds = readCpuSeconds(serverPid) - cpuBefore;
    const windowSeconds = (performance.now() - started) / 1000;
    const bytes = readers.reduce((n, c) => n + c.counter.received(), 0) - bytesBefore;
    return {
      cpuSeconds,
      windowSeconds,
      rssMb: readRssBytes(serverPid) / 1_000_000,
      bytesPerReader: bytes / readers.length,
    };
  } finally {
    for (const t of timers) clearInterval(t);
    for (const c of clients) {
      c.provider.destroy();
      c.ydoc.destroy();
    }
  }
}
