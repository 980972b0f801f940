import type { Logger } from 'pino';
import type { AccessEventListener, AccessEvents } from './AccessEvents.ts';

/** AccessEvents for a single node: listeners run synchronously, and one failing does not stop the rest. */
export function createLocalAccessEvents(logger: Logger): AccessEvents {
  const listeners = new Set<AccessEventListener>();
  return {
    publish(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (err) {
          logger.error({ err, event }, 'access event listener failed');
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
