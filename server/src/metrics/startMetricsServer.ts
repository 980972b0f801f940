import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` on its own listener, apart from the public port, so the balancer never
 * exposes it. Failing to bind is logged, not fatal: a busy metrics port must not stop editing.
 */
export function startMetricsServer(
  registry: Registry,
  where: { host: string; port: number },
  logger: Logger,
): Promise<MetricsServer | undefined> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      return;
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { 'Content-Type': registry.contentType }).end(body),
      (err: unknown) => {
        logger.error({ err }, 'collecting metrics failed');
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end('metrics failed\n');
      },
    );
  });
  return new Promise((resolve) => {
    server.once('error', (err) => {
      logger.warn({ err, ...where }, 'metrics listener could not start; running without /metrics');
      resolve(undefined);
    });
    server.listen(where.port, where.host, () => {
      const port = (server.address() as AddressInfo).port;
      logger.info({ port, host: where.host }, 'metrics listening');
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
