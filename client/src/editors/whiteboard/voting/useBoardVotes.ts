import type { Vote } from '@weft/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listenOnSocket, onPresent } from '../../../live/socket.ts';
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
 * the workspace) refetches them, since what a vote shows is personal before reveal; so does every
 * (re)join of the workspace, after which no push can be missed (a refetch on socket `connect`
 * could run before the re-join and miss a change made in between).
 */
export function useBoardVotes(workspaceId: string, documentId: string): BoardVotes {
  const [votes, setVotes] = useState<Vote[]>([]);
  const alive = useRef(true);
  const refresh = useCallback(async () => {
    try {
      const { votes: next } = await votesApi.list(documentId);
      if (alive.current) setVotes(next);
    } catch {
      // Offline or gone: keep what is shown; the next push or re-join tries again.
    }
  }, [documentId]);

  useEffect(() => {
    alive.current = true;
    void refresh();
    const offChanged = listenOnSocket('votes:changed', (change) => {
      if (change.documentId === documentId) void refresh();
    });
    const offPresent = onPresent(workspaceId, () => void refresh());
    return () => {
      alive.current = false;
      offChanged();
      offPresent();
    };
  }, [workspaceId, documentId, refresh]);

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
