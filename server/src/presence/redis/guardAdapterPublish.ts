import type { PresenceRedisClient } from './createPresenceRedisClient.ts';

/**
 * The socket.io Redis adapter never handles the promise of `publish`; while Redis is away each
 * broadcast would become an unhandled rejection. This view of the client drops those failures
 * (a broadcast that cannot cross nodes during an outage is lost anyway) and forwards the rest.
 */
export function guardAdapterPublish(client: PresenceRedisClient): PresenceRedisClient {
  return new Proxy(client, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (prop === 'publish' || prop === 'PUBLISH') {
        return (...args: unknown[]) => Promise.resolve(Reflect.apply(value, target, args)).catch(() => 0);
      }
      return value.bind(target);
    },
  });
}
