import { runPresenceStoreContract } from '../presenceStoreContract.ts';
import { createMemoryPresenceStore } from './createMemoryPresenceStore.ts';

// One process holds one memory store, so the "other node" is the same instance.
runPresenceStoreContract('memory', async (opts) => {
  const store = createMemoryPresenceStore(opts);
  return { store, peer: store, dispose: () => store.close() };
});
