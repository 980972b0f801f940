import { useMemo, useRef } from 'react';
import { CommentBadge, useCommentThreads } from '../../comments/DocumentComments.tsx';
import type { WhiteboardController } from './createWhiteboardController.ts';
import { useShapePins } from './useShapePins.ts';

/**
 * Comment counts pinned to the top-right corner of shapes that have open threads; each opens the
 * shape's threads in the comments drawer. Must sit inside a `DocumentCommentsProvider`.
 */
export function ShapeCommentBadges({ controller }: { controller: WhiteboardController }) {
  const threads = useCommentThreads();
  const layer = useRef<HTMLDivElement>(null);
  const shapeIds = useMemo(() => {
    const ids = new Set<string>();
    for (const thread of threads)
      if (!thread.resolved && thread.anchor.kind === 'shape') ids.add(thread.anchor.shapeId);
    return [...ids].sort();
  }, [threads]);
  // Re-placed whenever the set of badged shapes changes (new elements start unplaced).
  const key = shapeIds.join(' ');
  useShapePins(controller, layer, key, 'topRight');

  if (shapeIds.length === 0) return null;
  return (
    <div
      ref={layer}
      data-testid="whiteboard.commentBadges"
      style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden', zIndex: 1 }}
    >
      {shapeIds.map((shapeId) => (
        <div
          key={shapeId}
          data-shape-id={shapeId}
          style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'auto' }}
        >
          <CommentBadge
            anchor={{ kind: 'shape', shapeId }}
            quote={shapeQuote(controller.store.get(shapeId)?.text ?? '')}
          />
        </div>
      ))}
    </div>
  );
}

/** A shape's text as a thread quote: one line, shortened. */
export function shapeQuote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
