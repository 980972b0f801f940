import type { Vote } from '@weft/protocol';
import { useMemo, useRef } from 'react';
import type { WhiteboardController } from '../createWhiteboardController.ts';
import { useShapePins } from '../useShapePins.ts';
import type { Translate } from '../whiteboardStrings.ts';

/**
 * On each sticky of the vote: the caller's own dots while voting, and once revealed the count of
 * all dots (kept after closing). Pinned top-left, clear of comment (top-right) and item badges.
 */
export function VoteDots({
  controller,
  vote,
  t,
}: {
  controller: WhiteboardController;
  vote: Vote;
  t: Translate;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const entries = useMemo(() => {
    const mine = new Map<string, number>();
    for (const id of vote.myDots) mine.set(id, (mine.get(id) ?? 0) + 1);
    const counts = new Map((vote.results ?? []).map((r) => [r.targetId, r.count]));
    const ids = [...new Set([...mine.keys(), ...counts.keys()])].sort();
    return ids.map((id) => ({
      id,
      mine: vote.status === 'closed' ? 0 : (mine.get(id) ?? 0),
      count: counts.get(id),
    }));
  }, [vote]);
  const key = entries.map((e) => e.id).join(' ');
  useShapePins(controller, layer, key, 'topLeft');
  if (entries.length === 0) return null;
  return (
    <div
      ref={layer}
      data-testid="vote.layer"
      style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden', zIndex: 1 }}
    >
      {entries.map((e) => (
        <div
          key={e.id}
          data-shape-id={e.id}
          style={{ position: 'absolute', left: 0, top: 0, display: 'flex', gap: 4, alignItems: 'center' }}
        >
          {e.count !== undefined && (
            <span
              className="vote-badge"
              data-testid="vote.badge"
              data-target-id={e.id}
              title={t('voteCount', { count: e.count })}
            >
              <span aria-hidden="true">{e.count}</span>
              <span className="visually-hidden">{t('voteCount', { count: e.count })}</span>
            </span>
          )}
          {e.mine > 0 && (
            <span
              className="vote-mine"
              data-testid="vote.mine"
              data-target-id={e.id}
              data-count={e.mine}
              title={t('voteMyDots', { count: e.mine })}
            >
              <span aria-hidden="true">{'●'.repeat(Math.min(e.mine, 5))}</span>
              <span className="visually-hidden">{t('voteMyDots', { count: e.mine })}</span>
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
