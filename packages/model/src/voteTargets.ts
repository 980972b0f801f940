import type { Box, ShapeSnapshot } from './whiteboardTypes.ts';
import { ShapeType } from './whiteboardTypes.ts';

/**
 * Whether a shape counts as inside a vote's area: its centre lies in the rectangle (edges
 * included), so a sticky half over the border belongs to the side most of it is on. No area: yes.
 */
export function isInVoteArea(shape: Box, area: Box | null): boolean {
  if (!area) return true;
  const cx = shape.x + shape.w / 2;
  const cy = shape.y + shape.h / 2;
  return cx >= area.x && cx <= area.x + area.w && cy >= area.y && cy <= area.y + area.h;
}

/** Stickies take dots; only those in the area when the vote has one. */
export function isVoteTarget(shape: ShapeSnapshot, area: Box | null): boolean {
  return shape.type === ShapeType.sticky && isInVoteArea(shape, area);
}

export function voteTargets(shapes: readonly ShapeSnapshot[], area: Box | null): ShapeSnapshot[] {
  return shapes.filter((s) => isVoteTarget(s, area));
}

export interface RankedResult {
  targetId: string;
  count: number;
  /** Competition ranking: equal counts share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/**
 * Most dots first; ties in the order of `label` (then id) so every reader ranks alike. Targets
 * without dots are left out.
 */
export function rankVoteResults(
  counts: readonly { targetId: string; count: number }[],
  label: (targetId: string) => string = (id) => id,
): RankedResult[] {
  const sorted = counts
    .filter((c) => c.count > 0)
    .map((c) => ({ targetId: c.targetId, count: c.count, label: label(c.targetId) }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.label.localeCompare(b.label) ||
        (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0),
    );
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || (sorted[i - 1] as { count: number }).count !== r.count) rank = i + 1;
    return { targetId: r.targetId, count: r.count, rank };
  });
}
