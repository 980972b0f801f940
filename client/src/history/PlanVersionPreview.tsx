import { diffPlans, readActionPlan } from '@weft/model';
import { useMemo } from 'react';
import * as Y from 'yjs';
import { DiffView } from '../editors/actionPlan/DiffView.tsx';

/** A version of an action plan compared with the live plan, item by item (the sign-off's diff). */
export function PlanVersionPreview({
  state,
  liveDoc,
  versionName,
}: {
  state: Uint8Array;
  liveDoc: Y.Doc;
  versionName: string;
}) {
  const diff = useMemo(() => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const before = readActionPlan(doc);
    doc.destroy();
    return diffPlans(before, readActionPlan(liveDoc));
  }, [state, liveDoc]);
  return (
    <div data-testid="history.previewContent">
      <DiffView diff={diff} versionName={versionName} />
    </div>
  );
}
