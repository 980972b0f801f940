import net from 'node:net';

export interface TcpBalancer {
  /** `127.0.0.1:<port>`; use it in place of a node's own address. */
  readonly host: string;
  readonly url: string;
  readonly wsUrl: string;
  /** Ports new connections may go to, tried in order from a rotating start (round robin). */
  setUpstreams(ports: readonly number[]): void;
  close(): Promise<void>;
}

/**
 * A tiny TCP load balancer standing in for nginx in tests: round robin, no stickiness, and a
 * refused upstream (a killed node) is skipped, as nginx's `proxy_next_upstream error` does.
 */
export async function startTcpBalancer(initial: readonly number[]): Promise<TcpBalancer> {
  let upstreams = [...initial];
  let next = 0;
  const sockets = new Set<net.Socket>();
  const connectUpstream = (candidates: number[], client: net.Socket) => {
    const port = candidates.shift();
    if (port === undefined) {
      client.destroy();
      return;
    }
    const upstream = net.connect(port, '127.0.0.1');
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    let connected = false;
    upstream.on('error', () => {
      if (!connected && candidates.length > 0 && !client.destroyed) connectUpstream(candidates, client);
      else client.destroy();
    });
    upstream.once('connect', () => {
      connected = true;
      client.on('error', () => upstream.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
      client.once('close', () => upstream.destroy());
      upstream.once('close', () => client.destroy());
      client.resume();
    });
  };
  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.on('error', () => {});
    const start = next++ % Math.max(1, upstreams.length);
    connectUpstream([...upstreams.slice(start), ...upstreams.slice(0, start)], client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    setUpstreams(ports) {
      upstreams = [...ports];
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
