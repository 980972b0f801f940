import compression from 'compression';
import type { RequestHandler } from 'express';

/** Below this a response fits in one packet anyway; compressing it costs CPU and saves nothing. */
export const API_COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Compresses API answers above ~1 KB (document lists, comments, versions) with brotli or gzip,
 * as the request accepts. Brotli at quality 4: close to gzip -9 in size, several times faster
 * than brotli's default 11, which suits bodies built per request.
 */
export function compressApiResponses(): RequestHandler {
  return compression({ threshold: API_COMPRESS_THRESHOLD_BYTES });
}
