/** Encodings the client build is precompressed in, best first. */
export const PRECOMPRESSED_ENCODINGS = ['br', 'gzip'] as const;
export type ContentEncoding = (typeof PRECOMPRESSED_ENCODINGS)[number];

/** File suffix of each precompressed copy (written by client/build/compressAssetsPlugin.ts). */
export const ENCODING_SUFFIX: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

/**
 * Picks the precompressed copy to send for an `Accept-Encoding` header, or null for the file as
 * it is. Highest q wins; on a tie brotli, since browsers list gzip first but brotli is smaller.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly ContentEncoding[],
): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const weights = parseAcceptEncoding(acceptEncoding);
  const weightOf = (token: string) => weights.get(token) ?? weights.get('*') ?? 0;
  let best: ContentEncoding | null = null;
  let bestWeight = 0;
  for (const encoding of PRECOMPRESSED_ENCODINGS) {
    if (!available.includes(encoding)) continue;
    const weight = weightOf(encoding);
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  // Identity is always acceptable (RFC 9110 12.5.3) but wins only when the client ranks it higher.
  const identityWeight = weights.get('identity') ?? 0;
  return best && bestWeight >= identityWeight ? best : null;
}

function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q' && value !== undefined) q = Number.isFinite(Number(value)) ? Number(value) : 0;
    }
    weights.set(token === 'x-gzip' ? 'gzip' : token, Math.max(0, Math.min(1, q)));
  }
  return weights;
}
