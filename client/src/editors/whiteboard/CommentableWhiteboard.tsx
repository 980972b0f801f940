import type { ShapeSnapshot } from '@weft/model';
import { useCallback } from 'react';
import { useOpenThreadsFor } from '../../comments/DocumentComments.tsx';
import type { ContextAction } from './ContextMenu.tsx';
import type { WhiteboardController } from './createWhiteboardController.ts';
import { ShapeCommentBadges, shapeQuote } from './ShapeCommentBadges.tsx';
import { WhiteboardEditor, type WhiteboardEditorProps } from './WhiteboardEditor.tsx';

const overlay = (controller: WhiteboardController) => <ShapeCommentBadges controller={controller} />;

/**
 * The whiteboard editor with comments on shapes: count badges on shapes that have threads and a
 * "Comment" action in the shape's context menu. Must sit inside a `DocumentCommentsProvider`.
 */
export function CommentableWhiteboard(props: Omit<WhiteboardEditorProps, 'shapeActions' | 'overlay'>) {
  const openThreadsFor = useOpenThreadsFor();
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
  return <WhiteboardEditor {...props} shapeActions={shapeActions} overlay={overlay} />;
}
