import type { SignOffResponse } from '@weft/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listenOnSocket } from '../../live/socket.ts';
import { PlanApiError, planApi } from './planApi.ts';

// Changes arrive through socket.io `signoff:changed`; the slow poll only covers a missed push.
const POLL_MS = 15_000;
// After an edit, ask again once typing pauses (the server voids stale signatures on read).
const AFTER_EDIT_MS = 800;

export interface SignOffControl {
  data: SignOffResponse | null;
  /** The refusal of the last action or load, if any. */
  error: PlanApiError | null;
  busy: boolean;
  /** Bumps whenever fresh sign-off data arrived (diffs and version lists follow it). */
  revision: number;
  run(action: (documentId: string) => Promise<SignOffResponse>): Promise<void>;
  reload(): Promise<void>;
}

/** Sign-off state of a plan from the server, refreshed after edits, actions and periodically. */
export function useSignOff(documentId: string, contentHash: string): SignOffControl {
  const [data, setData] = useState<SignOffResponse | null>(null);
  const [error, setError] = useState<PlanApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const accept = useCallback((next: SignOffResponse) => {
    if (!alive.current) return;
    setData(next);
    setRevision((r) => r + 1);
  }, []);

  const reload = useCallback(async () => {
    try {
      accept(await planApi.signOff(documentId));
    } catch (err) {
      // Offline: keep what is shown; the next poll tries again.
      if (alive.current && err instanceof PlanApiError && !err.isOffline) setError(err);
    }
  }, [documentId, accept]);

  useEffect(() => {
    void reload();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);

  // Someone proposed, signed or withdrew: the server pushes it to everyone present in the workspace.
  useEffect(
    () =>
      listenOnSocket('signoff:changed', (change) => {
        if (change.documentId === documentId) void reload();
      }),
    [documentId, reload],
  );

  // Content changed (mine or a peer's): ask the server once things settle.
  const firstHash = useRef(contentHash);
  useEffect(() => {
    if (contentHash === firstHash.current) return;
    const timer = setTimeout(() => void reload(), AFTER_EDIT_MS);
    return () => clearTimeout(timer);
  }, [contentHash, reload]);

  const run = useCallback(
    async (action: (documentId: string) => Promise<SignOffResponse>) => {
      setBusy(true);
      setError(null);
      try {
        accept(await action(documentId));
      } catch (err) {
        if (!alive.current) return;
        setError(err instanceof PlanApiError ? err : new PlanApiError(0, 'offline', String(err), null));
        await reload();
      } finally {
        if (alive.current) setBusy(false);
      }
    },
    [documentId, accept, reload],
  );

  return { data, error, busy, revision, run, reload };
}
