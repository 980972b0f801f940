import type { Duplex } from 'node:stream';
import { ErrorCode } from '@weft/protocol';

const STATUS: Record<number, [text: string, code: ErrorCode]> = {
  400: ['Bad Request', ErrorCode.badRequest],
  401: ['Unauthorized', ErrorCode.unauthorized],
  403: ['Forbidden', ErrorCode.forbidden],
  404: ['Not Found', ErrorCode.notFound],
  429: ['Too Many Requests', ErrorCode.rateLimited],
  503: ['Service Unavailable', ErrorCode.unavailable],
};

// A peer that never reads its answer must not keep the descriptor: destroy after this long at most.
const ANSWER_GRACE_MS = 2_000;

/**
 * Answers an upgrade request with a plain HTTP error and then destroys the socket, so no
 * WebSocket (and no document byte) is sent and no descriptor is left behind.
 */
export function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  // A reset by the peer while answering is expected under attack; it must not become an uncaught error.
  socket.on('error', () => socket.destroy());
  if (socket.destroyed) return;
  const [text, code] = STATUS[status] ?? ['Error', ErrorCode.internal];
  const body = JSON.stringify({ error: { code, message } });
  const timer = setTimeout(() => socket.destroy(), ANSWER_GRACE_MS);
  timer.unref();
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    () => {
      clearTimeout(timer);
      socket.destroy();
    },
  );
}

/** Upgrade target path, or null when the request line cannot be parsed (bad URL or percent-encoding). */
export function upgradePath(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}
