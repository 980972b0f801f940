import type { ShapeSnapshot } from '@weft/model';
import { useCallback, useMemo } from 'react';
import { useCommentThreads, useOpenThreadsFor } from '../../comments/DocumentComments.tsx';
import type { ContextAction } from './ContextMenu.tsx';
import type { WhiteboardController } from './createWhiteboardController.ts';
import { ShapeCommentBadges, shapeQuote } from './ShapeCommentBadges.tsx';
import { WhiteboardEditor, type WhiteboardEditorProps } from './WhiteboardEditor.tsx';

/**
 * The whiteboard editor with comments on shapes: count badges on shapes that have threads and a
 * "Comment" action in the shape's context menu. Must sit inside a `DocumentCommentsProvider`.
 */
export function CommentableWhiteboard({
  extraOverlay,
  ...props
}: Omit<WhiteboardEditorProps, 'shapeActions' | 'overlay' | 'commentCounts'> & {
  /** Laid over the canvas beside the comment badges (e.g. dot-vote counts). */
  extraOverlay?: (controller: WhiteboardController) => React.ReactNode;
}) {
  const overlay = useCallback(
    (controller: WhiteboardController) => (
      <>
        <ShapeCommentBadges controller={controller} />
        {extraOverlay?.(controller)}
      </>
    ),
    [extraOverlay],
  );
  const openThreadsFor = useOpenThreadsFor();
  const threads = useCommentThreads();
  const commentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const thread of threads)
      if (!thread.resolved && thread.anchor.kind === 'shape')
        counts.set(thread.anchor.shapeId, (counts.get(thread.anchor.shapeId) ?? 0) + 1);
    return counts;
  }, [threads]);
  const shapeActions = useCallback(
    (shape: ShapeSnapshot): ContextAction[] => [
      {
        id: 'comment',
        label: 'comment',
        run: () => openThreadsFor({ kind: 'shape', shapeId: shape.id }, shapeQuote(shape.text)),
      },
    ],
    [openThreadsFor],
  );
  return (
    <WhiteboardEditor
      {...props}
      shapeActions={shapeActions}
      overlay={overlay}
      commentCounts={commentCounts}
    />
  );
}
