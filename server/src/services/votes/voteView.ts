import { type Vote, type VoteResult, VoteStatus } from '@weft/protocol';
import type { DotRecord, VoteRecord } from '../../storage/VoteStore.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/**
 * The vote as `viewerId` may see it: their own dots always; per-target counts only once revealed
 * (or closed); who placed them only on named votes.
 */
export function voteView(
  vote: VoteRecord,
  dots: readonly DotRecord[],
  viewerId: string,
  nameOf: (userId: string) => string,
): Vote {
  const myDots = dots
    .filter((d) => d.userId === viewerId)
    .sort((a, b) => a.index - b.index)
    .map((d) => d.targetId);
  return {
    id: vote.id,
    workspaceId: vote.workspaceId,
    documentId: vote.documentId,
    sessionId: vote.sessionId,
    title: vote.title,
    dotsPerPerson: vote.dotsPerPerson,
    anonymous: vote.anonymous,
    area: vote.area,
    status: vote.status,
    createdAt: iso(vote.createdAt),
    createdBy: vote.createdBy,
    revealedAt: isoOrNull(vote.revealedAt),
    closedAt: isoOrNull(vote.closedAt),
    myDots,
    voters: new Set(dots.map((d) => d.userId)).size,
    dotsCast: dots.length,
    results: vote.status === VoteStatus.open ? null : tally(dots, vote.anonymous ? null : nameOf),
  };
}

/** Most dots first, ties by target id, so every reader gets the same order. */
function tally(dots: readonly DotRecord[], nameOf: ((userId: string) => string) | null): VoteResult[] {
  const byTarget = new Map<string, DotRecord[]>();
  for (const d of dots) byTarget.set(d.targetId, [...(byTarget.get(d.targetId) ?? []), d]);
  return [...byTarget.entries()]
    .map(
      ([targetId, list]): VoteResult => ({
        targetId,
        count: list.length,
        ...(nameOf ? { voters: list.map((d) => ({ userId: d.userId, name: nameOf(d.userId) })) } : {}),
      }),
    )
    .sort((a, b) => b.count - a.count || (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0));
}
