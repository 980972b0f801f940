import type { ConnectionState } from '../collab/SaveTracker.ts';

/** How long "saved" must hold before it is said: a burst of typing flips the state many times. */
export const SAVED_QUIET_MS = 1500;

// Worth saying at once: edits are not reaching the server. Connecting/connected are never said.
const URGENT: ReadonlySet<ConnectionState> = new Set<ConnectionState>(['offline', 'reconnecting', 'denied']);

export interface SaveAnnouncer {
  update(state: ConnectionState): void;
  destroy(): void;
}

/**
 * Decides what the save status says in its live region: trouble at once, "saved" once after a
 * burst of edits (or a reconnection) has settled, nothing for the flicker in between or on load.
 */
export function createSaveAnnouncer(say: (state: ConnectionState) => void): SaveAnnouncer {
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    update(state) {
      cancel();
      if (URGENT.has(state)) {
        dirty = true;
        say(state);
      } else if (state === 'connected') {
        dirty = true;
      } else if (state === 'saved' && dirty) {
        timer = setTimeout(() => {
          timer = null;
          dirty = false;
          say('saved');
        }, SAVED_QUIET_MS);
      }
    },
    destroy: cancel,
  };
}
