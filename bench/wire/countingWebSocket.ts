import type { ClientRequestArgs } from 'node:http';
import net from 'node:net';
import WebSocket from 'ws';

/** Bytes one client exchanged with its server over TCP (frames, headers, handshakes). */
export interface ByteCounter {
  received(): number;
  sent(): number;
}

/**
 * A `ws` WebSocket class for a provider's `WebSocketPolyfill` option that counts what crosses the
 * TCP socket, reconnects included: the bytes a phone would pay for, framing and all.
 */
export function countingWebSocket(): {
  WebSocketClass: new (url: string | URL, protocols?: string | string[]) => WebSocket;
  counter: ByteCounter;
} {
  const sockets: net.Socket[] = [];
  class CountingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, {
        // ws passes http.request's options, which name host and port as net.connect expects.
        createConnection: (options: ClientRequestArgs) => {
          const socket = net.connect(options as net.NetConnectOpts);
          sockets.push(socket);
          return socket;
        },
      });
    }
  }
  return {
    WebSocketClass: CountingWebSocket,
    counter: {
      received: () => sockets.reduce((n, s) => n + s.bytesRead, 0),
      sent: () => sockets.reduce((n, s) => n + s.bytesWritten, 0),
    },
  };
}
