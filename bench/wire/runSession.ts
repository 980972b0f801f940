import { setTimeout as delay } from 'node:timers/promises';
import * as Y from 'yjs';
import { connectSessionClient, type SessionClient, type SessionTarget } from './sessionClients.ts';

export interface SessionLoad {
  clients: number;
  /** Characters each person types per second. */
  typingPerSecond: number;
  /** Cursor/selection (awareness) changes each person makes per second. */
  cursorPerSecond: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface SessionResult {
  /** Bytes per client over the measured window, received and sent (TCP, framing included). */
  receivedPerClient: number[];
  sentPerClient: number[];
  windowSeconds: number;
  /** Every client ended with the same text containing every character typed. */
  converged: boolean;
  typed: number;
}

const SYNC_TIMEOUT_MS = 30_000;
const CONVERGE_TIMEOUT_MS = 15_000;

/** A note session: each person types into the shared text and moves their cursor, as in TipTap. */
export async function runSession(target: SessionTarget, load: SessionLoad): Promise<SessionResult> {
  const clients = Array.from({ length: load.clients }, (_, i) =>
    connectSessionClient(target, `Person ${i + 1}`),
  );
  const timers: NodeJS.Timeout[] = [];
  let typed = 0;
  try {
    await waitFor(() => clients.every((c) => c.synced()), SYNC_TIMEOUT_MS, 'clients did not sync');
    clients.forEach((client, i) => {
      const text = client.doc.getText('wire');
      let cursor = text.length;
      const moveCursor = () => {
        cursor = Math.min(cursor, text.length);
        const anchor = Y.createRelativePositionFromTypeIndex(text, cursor);
        // A selection now and then, a caret otherwise, like a person reading and typing.
        const head = Y.createRelativePositionFromTypeIndex(
          text,
          Math.max(0, cursor - (Math.random() < 0.3 ? 5 : 0)),
        );
        client.awareness.setLocalStateField('cursor', {
          anchor: Y.relativePositionToJSON(anchor),
          head: Y.relativePositionToJSON(head),
        });
      };
      const type = () => {
        cursor = Math.min(cursor, text.length);
        text.insert(cursor, String.fromCharCode(97 + ((typed + i) % 26)));
        cursor += 1;
        typed += 1;
      };
      // Spread the people over the interval so they do not all act in the same tick.
      const phase = (i / load.clients) * 1000;
      timers.push(
        setTimeout(
          () => timers.push(setInterval(type, 1000 / load.typingPerSecond)),
          phase / load.typingPerSecond,
        ),
        setTimeout(
          () => timers.push(setInterval(moveCursor, 1000 / load.cursorPerSecond)),
          phase / load.cursorPerSecond,
        ),
      );
    });
    await delay(load.warmupSeconds * 1000);
    const start = snapshot(clients);
    const startedAt = performance.now();
    await delay(load.durationSeconds * 1000);
    const end = snapshot(clients);
    const windowSeconds = (performance.now() - startedAt) / 1000;
    for (const t of timers) clearTimeout(t);
    const converged = await waitFor(
      () => {
        const first = clients[0]?.doc.getText('wire').toString() ?? '';
        return first.length === typed && clients.every((c) => c.doc.getText('wire').toString() === first);
      },
      CONVERGE_TIMEOUT_MS,
      null,
    );
    return {
      receivedPerClient: end.map((e, i) => e.received - (start[i]?.received ?? 0)),
      sentPerClient: end.map((e, i) => e.sent - (start[i]?.sent ?? 0)),
      windowSeconds,
      converged,
      typed,
    };
  } finally {
    for (const t of timers) clearTimeout(t);
    for (const c of clients) c.destroy();
  }
}

function snapshot(clients: SessionClient[]) {
  return clients.map((c) => ({ received: c.bytes.received(), sent: c.bytes.sent() }));
}

/** Polls `done`; resolves true when it holds, false (or throws `error`) at the deadline. */
async function waitFor(done: () => boolean, timeoutMs: number, error: string | null): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) {
      if (error) throw new Error(error);
      return false;
    }
    await delay(50);
  }
  return true;
}
