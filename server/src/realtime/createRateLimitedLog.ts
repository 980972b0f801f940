import type { Logger } from 'pino';

export type RateLimitedLog = (fields: Record<string, unknown>, message: string) => void;

/**
 * Logs at most one line per `intervalMs`, counting what it swallowed in between, so a flood of
 * bad requests cannot flood the logs (or the disk) too.
 */
export function createRateLimitedLog(
  logger: Logger,
  intervalMs: number,
  now: () => number = Date.now,
): RateLimitedLog {
  let last = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (fields, message) => {
    const t = now();
    if (t - last < intervalMs) {
      suppressed++;
      return;
    }
    last = t;
    logger.warn({ ...fields, suppressedSinceLast: suppressed }, message);
    suppressed = 0;
  };
}
