import type { FacilitationState, SessionReaction } from '@weft/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listenOnSocket, onPresent } from '../live/socket.ts';
import { facilitationApi } from './facilitationApi.ts';
import { type ClockSample, estimateOffset } from './serverClock.ts';

/** How long a reaction stays on screen. */
export const REACTION_SHOW_MS = 4000;
const CLOCK_SAMPLES = 3;

export interface Facilitation {
  state: FacilitationState | null;
  /** Server clock minus this device's clock (ms); 0 until measured. */
  offset: number;
  /** Reactions of the last few seconds, oldest first. */
  reactions: readonly SessionReaction[];
  /** Applies a state the caller got from a request (kept only when not older than the one shown). */
  apply(state: FacilitationState): void;
  error: unknown;
}

/**
 * The session's timer and hands, kept current by `facilitation:changed` pushes and read again (with
 * a fresh clock offset) on every (re)connection, so late joiners and reconnects catch up.
 */
export function useFacilitation(workspaceId: string, sessionId: string): Facilitation {
  const [state, setState] = useState<FacilitationState | null>(null);
  const [offset, setOffset] = useState(0);
  const [reactions, setReactions] = useState<SessionReaction[]>([]);
  const [error, setError] = useState<unknown>(null);

  // Pushes and answers can cross: the newest server reading wins.
  const apply = useCallback(
    (next: FacilitationState) => {
      if (next.sessionId !== sessionId) return;
      setState((current) => (current && current.serverTime > next.serverTime ? current : next));
    },
    [sessionId],
  );

  // A few GETs in a row: the fastest round trip gives the best estimate of the server's clock.
  const refresh = useCallback(async () => {
    const samples: ClockSample[] = [];
    try {
      for (let i = 0; i < CLOCK_SAMPLES; i++) {
        const sentAt = Date.now();
        const read = await facilitationApi.get(sessionId);
        samples.push({ sentAt, receivedAt: Date.now(), serverTime: read.serverTime });
        apply(read);
      }
      setError(null);
    } catch (err) {
      setError(err);
    }
    const estimated = estimateOffset(samples);
    if (estimated !== null) setOffset(estimated);
  }, [sessionId, apply]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    const onReaction = (reaction: SessionReaction) => {
      if (reaction.sessionId !== sessionId) return;
      setReactions((list) => [...list.slice(-11), reaction]);
      const timer = setTimeout(() => {
        pending.delete(timer);
        setReactions((list) => list.filter((r) => r.id !== reaction.id));
      }, REACTION_SHOW_MS);
      pending.add(timer);
    };
    // The pushes go to sockets present in the workspace: the presence client joins this session on
    // the tab's shared socket; after each (re)join the state is read again so nothing is missed.
    const offChanged = listenOnSocket('facilitation:changed', apply);
    const offReaction = listenOnSocket('session:reaction', onReaction);
    const offPresent = onPresent(workspaceId, () => void refreshRef.current());
    return () => {
      offChanged();
      offReaction();
      offPresent();
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, [workspaceId, sessionId, apply]);

  return { state, offset, reactions, apply, error };
}
