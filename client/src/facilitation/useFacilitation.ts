import type { FacilitationState, SessionReaction } from '@weft/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listenOnSocket } from '../live/socket.ts';
import { useLive } from '../live/useLive.ts';
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
export function useFacilitation(sessionId: string): Facilitation {
  const [state, setState] = useState<FacilitationState | null>(null);
  const [offset, setOffset] = useState(0);
  const [reactions, setReactions] = useState<SessionReaction[]>([]);
  const [error, setError] = useState<unknown>(null);
  const { live } = useLive();

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
  // Again after every (re)connection: pushes may have been missed while the socket was away.
  const connected = live.status === 'connected';
  useEffect(() => {
    if (connected) void refresh();
  }, [connected, refresh]);

  useEffect(() => listenOnSocket('facilitation:changed', apply), [apply]);

  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    const stop = listenOnSocket('session:reaction', (reaction) => {
      if (reaction.sessionId !== sessionId) return;
      setReactions((list) => [...list.slice(-11), reaction]);
      const timer = setTimeout(() => {
        pending.delete(timer);
        setReactions((list) => list.filter((r) => r.id !== reaction.id));
      }, REACTION_SHOW_MS);
      pending.add(timer);
    });
    return () => {
      stop();
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, [sessionId]);

  return { state, offset, reactions, apply, error };
}
