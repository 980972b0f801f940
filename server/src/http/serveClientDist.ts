import fs from 'node:fs';
import path from 'node:path';
import { type NextFunction, type Request, type Response, Router } from 'express';
import {
  type ContentEncoding,
  chooseEncoding,
  ENCODING_SUFFIX,
  PRECOMPRESSED_ENCODINGS,
} from './chooseEncoding.ts';

/** Vite puts every content-hashed file here; their content never changes under one name. */
const HASHED_PREFIX = '/assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html and sw.js keep their names across releases: the browser must ask each time.
export const REVALIDATE = 'no-cache';

/**
 * Headers from securityHeaders that only mean something on a document or a worker script. A
 * hashed JS/CSS file is neither (the CSP of the page that loads it applies), so they are dropped
 * from it: ~750 bytes on each of the ~17 files a note loads. nosniff, CORP, Referrer-Policy
 * (which module imports follow) and HSTS stay.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Cross-Origin-Opener-Policy',
  'Origin-Agent-Cluster',
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
] as const;

export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith(HASHED_PREFIX) ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built client: each file in the precompressed copy the request accepts (brotli,
 * gzip or none), hashed assets cached for a year, and index.html for every other GET so the
 * client router can take over. A missing hashed asset is a 404, never index.html as JavaScript.
 */
export function serveClientDist(dist: string): Router {
  const root = path.resolve(dist);
  const router = Router();
  router.get('/{*splat}', (req, res, next) => {
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      next();
      return;
    }
    const file = path.join(root, relative);
    if (file.startsWith(root + path.sep) && isFile(file)) {
      if (req.path.startsWith(HASHED_PREFIX)) for (const h of DOCUMENT_ONLY_HEADERS) res.removeHeader(h);
      sendNegotiated(req, res, next, file, cacheControlFor(req.path));
      return;
    }
    if (req.path.startsWith(HASHED_PREFIX)) {
      next();
      return;
    }
    sendNegotiated(req, res, next, path.join(root, 'index.html'), REVALIDATE);
  });
  return router;
}

function sendNegotiated(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string) {
  const available = PRECOMPRESSED_ENCODINGS.filter((e) => isFile(file + ENCODING_SUFFIX[e]));
  const encoding: ContentEncoding | null = chooseEncoding(req.headers['accept-encoding'], available);
  // The type of the original, not of `.br`; `send` keeps a Content-Type that is already set.
  res.type(path.extname(file));
  if (available.length > 0) res.vary('Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Cache-Control', cacheControl);
  const sent = encoding ? file + ENCODING_SUFFIX[encoding] : file;
  res.sendFile(sent, { cacheControl: false, dotfiles: 'ignore' }, (err?: Error & { status?: number }) => {
    if (!err) return;
    if (res.headersSent) return;
    res.removeHeader('Content-Encoding');
    if (err.status === 404) next();
    else next(err);
  });
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
