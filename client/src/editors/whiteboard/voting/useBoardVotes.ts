import type { Vote } from '@weft/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { acquireSocket } from '../../../live/socket.ts';
import { votesApi } from './votesApi.ts';

export interface BoardVotes {
  votes: Vote[];
  /** The vote the board shows: the newest one still taking dots, else the newest closed one. */
  current: Vote | null;
  /** Replaces one vote with a server answer (after a cast, reveal, ...). */
  accept(vote: Vote): void;
  refresh(): Promise<void>;
}

export function currentVote(votes: readonly Vote[]): Vote | null {
  const running = votes.filter((v) => v.status !== 'closed');
  return running.at(-1) ?? votes.at(-1) ?? null;
}

/**
 * The board's votes, kept current: `votes:changed` for this document (sent to everyone present in
 * the workspace) and every reconnect refetch them, since what a vote shows is personal before reveal.
 */
export function useBoardVotes(documentId: string): BoardVotes {
  const [votes, setVotes] = useState<Vote[]>([]);
  const alive = useRef(true);
  const refresh = useCallback(async () => {
    try {
      const { votes: next } = await votesApi.list(documentId);
      if (alive.current) setVotes(next);
    } catch {
      // Offline or gone: keep what is shown; the next push or reconnect tries again.
    }
  }, [documentId]);

  useEffect(() => {
    alive.current = true;
    void refresh();
    let cancelled = false;
    let leave: (() => void) | null = null;
    void acquireSocket().then(
      ({ socket, release }) => {
        if (cancelled) {
          release();
          return;
        }
        const onChanged = (change: { documentId: string }) => {
          if (change.documentId === documentId) void refresh();
        };
        const onConnect = () => void refresh();
        socket.on('votes:changed', onChanged);
        socket.on('connect', onConnect);
        leave = () => {
          socket.off('votes:changed', onChanged);
          socket.off('connect', onConnect);
          release();
        };
      },
      () => undefined,
    );
    return () => {
      alive.current = false;
      cancelled = true;
      leave?.();
    };
  }, [documentId, refresh]);

  const accept = useCallback((vote: Vote) => {
    setVotes((list) => {
      const i = list.findIndex((v) => v.id === vote.id);
      if (i < 0) return [...list, vote];
      const next = [...list];
      next[i] = vote;
      return next;
    });
  }, []);

  return { votes, current: currentVote(votes), accept, refresh };
}
