import { runDocStoreContract } from '../docStoreContract.ts';
import { createMemoryDocStore } from './createMemoryDocStore.ts';

runDocStoreContract('memory', async () => ({ store: createMemoryDocStore(), dispose: async () => {} }));
