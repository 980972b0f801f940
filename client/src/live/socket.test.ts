import { afterEach, describe, expect, it, vi } from 'vitest';

type Handler = (...args: unknown[]) => void;

const opened = vi.hoisted(() => [] as { handlers: Map<string, Handler[]>; disconnect: () => void }[]);

// A socket.io client stand-in: one entry in `opened` per `io()` call.
vi.mock('socket.io-client', () => ({
  io: () => {
    const handlers = new Map<string, Handler[]>();
    const socket = {
      handlers,
      connected: true,
      on(event: string, handler: Handler) {
        handlers.set(event, [...(handlers.get(event) ?? []), handler]);
        return socket;
      },
      off(event: string, handler: Handler) {
        handlers.set(
          event,
          (handlers.get(event) ?? []).filter((h) => h !== handler),
        );
        return socket;
      },
      disconnect: vi.fn(),
    };
    opened.push(socket);
    return socket;
  },
}));

const { acquireSocket, listenOnSocket } = await import('./socket.ts');

const push = (event: string, ...args: unknown[]) => {
  for (const h of opened.at(-1)?.handlers.get(event) ?? []) h(...args);
};

afterEach(() => {
  opened.length = 0;
});

describe('the shared socket', () => {
  it('opens one connection for every holder and closes it when the last lease is released', async () => {
    const [a, b] = await Promise.all([acquireSocket(), acquireSocket()]);
    expect(a.socket).toBe(b.socket);
    expect(opened).toHaveLength(1);
    a.release();
    a.release();
    expect(opened[0]?.disconnect).not.toHaveBeenCalled();
    b.release();
    expect(opened[0]?.disconnect).toHaveBeenCalledTimes(1);
  });

  it('gives inbox counts pushed on connect to a listener that starts later', async () => {
    const lease = await acquireSocket();
    push('inbox:counts', { unreadThreads: 2, mentions: 1 });
    const heard: unknown[] = [];
    const stop = listenOnSocket('inbox:counts', (counts) => heard.push(counts));
    await vi.waitFor(() => expect(heard).toEqual([{ unreadThreads: 2, mentions: 1 }]));
    push('inbox:counts', { unreadThreads: 0, mentions: 0 });
    expect(heard).toHaveLength(2);
    stop();
    lease.release();
    expect(opened[0]?.disconnect).toHaveBeenCalledTimes(1);
  });
});
