import type { DocStore } from './DocStore.ts';

/**
 * The store with `listener` told, after each successful append, which documents it grew; every
 * other call goes straight to the store. Automatic versions use it to see editing bursts.
 */
export function withAppendListener(
  store: DocStore,
  listener: (docIds: ReadonlySet<string>) => void,
): DocStore {
  const append: DocStore['append'] = async (entries) => {
    const seqs = await store.append(entries);
    listener(new Set(entries.map((e) => e.docId)));
    return seqs;
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'append') return append;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
