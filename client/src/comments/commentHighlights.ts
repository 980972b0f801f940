import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** One comment's range in the editor, as the lazily loaded comments layer computed it. */
export interface CommentHighlight {
  threadId: string;
  from: number;
  to: number;
  active: boolean;
  unread: boolean;
}

export const commentHighlightsKey = new PluginKey<DecorationSet>('weftCommentHighlights');

/**
 * Draws comment ranges as decorations. Registered on the running editor by the lazily loaded
 * comments layer (nothing of it is in the notes route's initial JS), which computes the ranges
 * from anchors and sends them as transaction meta; between two of those they map through edits.
 */
export function createCommentHighlightsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: commentHighlightsKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const ranges = tr.getMeta(commentHighlightsKey) as CommentHighlight[] | undefined;
        if (!ranges) return set.map(tr.mapping, tr.doc);
        return DecorationSet.create(
          tr.doc,
          ranges.map((r) =>
            Decoration.inline(r.from, r.to, {
              class: `comment-highlight${r.active ? ' comment-highlight--active' : ''}${r.unread ? ' comment-highlight--unread' : ''}`,
              'data-comment-thread': r.threadId,
              'data-testid': 'comments.highlight',
            }),
          ),
        );
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state),
    },
  });
}
