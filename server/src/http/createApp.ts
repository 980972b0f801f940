import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import { compressApiResponses } from './compressApiResponses.ts';
import { createErrorHandler, notFoundHandler } from './errorHandlers.ts';
import { serveClientDist } from './serveClientDist.ts';

export interface AppOptions {
  logger: Logger;
  routers: readonly Router[];
  /** Run first for every request (request logging, metrics). */
  before?: readonly RequestHandler[];
  /** Built client to serve (index.html for every non-API GET), if it exists. */
  clientDist?: string | undefined;
}

export function createApp(opts: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  for (const handler of opts.before ?? []) app.use(handler);
  app.use(express.json({ limit: '1mb' }));
  app.use('/api', compressApiResponses());
  for (const router of opts.routers) app.use(router);
  app.use(['/api', '/yjs', '/healthz', '/readyz'], notFoundHandler);

  const dist = opts.clientDist;
  const indexHtml = dist ? path.join(dist, 'index.html') : null;
  if (dist && indexHtml && fs.existsSync(indexHtml)) {
    app.use(serveClientDist(dist));
  } else if (dist) {
    opts.logger.warn({ clientDist: dist }, 'client build not found; serving the API only');
  }
  app.use(notFoundHandler);
  app.use(createErrorHandler(opts.logger));
  return app;
}
