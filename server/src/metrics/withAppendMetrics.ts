import type { DocStore } from '../storage/DocStore.ts';
import type { WeftMetrics } from './createMetrics.ts';

/**
 * The store as the UpdateWriter sees it, with each append counted and timed; every other call
 * goes straight to the store. A wrapper keeps metrics out of the storage code.
 */
export function withAppendMetrics(
  store: DocStore,
  metrics: Pick<WeftMetrics, 'appendDuration' | 'updatesAppended'>,
): DocStore {
  const append: DocStore['append'] = async (entries) => {
    const end = metrics.appendDuration.startTimer();
    try {
      const seqs = await store.append(entries);
      metrics.updatesAppended.inc(entries.length);
      return seqs;
    } finally {
      end();
    }
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'append') return append;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
