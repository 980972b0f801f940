import { useEffect, useState } from 'react';
import { type PlanVersionDiff, planApi } from './planApi.ts';

/** What changed from an agreed version to the live plan, re-asked whenever `revision` moves. */
export function useAgreedDiff(
  documentId: string,
  versionId: string | null,
  revision: number,
): PlanVersionDiff | null {
  const [diff, setDiff] = useState<PlanVersionDiff | null>(null);
  useEffect(() => {
    if (!versionId) {
      setDiff(null);
      return;
    }
    let cancelled = false;
    // revision is read so each fresh sign-off answer asks again.
    void revision;
    planApi.diff(documentId, versionId).then(
      (next) => {
        if (!cancelled) setDiff(next);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [documentId, versionId, revision]);
  return diff;
}
