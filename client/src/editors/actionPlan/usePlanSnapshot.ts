import { type ActionPlanSnapshot, readActionPlan } from '@weft/model';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The plan as plain data, re-read after every change of the Y.Doc (local or remote). */
export function usePlanSnapshot(doc: Y.Doc): ActionPlanSnapshot {
  const store = useMemo(() => {
    let snapshot = readActionPlan(doc);
    let dirty = false;
    return {
      subscribe(listener: () => void) {
        // An update can land between the first read (render) and this subscription (commit), e.g.
        // the initial sync while a lazy chunk loads: read again, or the plan stays empty.
        dirty = true;
        const onUpdate = () => {
          dirty = true;
          listener();
        };
        doc.on('update', onUpdate);
        return () => doc.off('update', onUpdate);
      },
      // Re-read lazily: many updates in one frame cost one read.
      get(): ActionPlanSnapshot {
        if (dirty) {
          dirty = false;
          snapshot = readActionPlan(doc);
        }
        return snapshot;
      },
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
