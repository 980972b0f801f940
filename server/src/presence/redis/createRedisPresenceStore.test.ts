import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { runPresenceStoreContract } from '../presenceStoreContract.ts';
import { createPresenceRedisClient } from './createPresenceRedisClient.ts';
import { createRedisPresenceStore } from './createRedisPresenceStore.ts';

// The machine's shared Redis; a unique key prefix per test keeps runs apart.
const url = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const logger = pino({ level: 'silent' });

runPresenceStoreContract('redis', async (opts) => {
  const keyPrefix = `weft-test:${randomUUID()}:`;
  const a = createPresenceRedisClient(url, logger, 'test-a');
  const b = createPresenceRedisClient(url, logger, 'test-b');
  await Promise.all([a.connect(), b.connect()]);
  return {
    store: createRedisPresenceStore(a, { ...opts, keyPrefix }),
    peer: createRedisPresenceStore(b, { ...opts, keyPrefix }),
    dispose: async () => {
      for await (const keys of a.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 100 })) {
        if (keys.length > 0) await a.del(keys);
      }
      a.destroy();
      b.destroy();
    },
  };
});
