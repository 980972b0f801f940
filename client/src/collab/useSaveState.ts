import { useSyncExternalStore } from 'react';
import type { CollabSession } from './createCollabSession.ts';
import type { SaveSnapshot } from './SaveTracker.ts';

export function useSaveState(session: CollabSession): SaveSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
