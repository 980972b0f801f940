import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { resolveTextAnchor } from '@weft/model/commentAnchors';
import type * as Y from 'yjs';
import type { CommentHighlight } from './commentHighlights.ts';
import type { ThreadItem } from './createThreadStore.ts';
import { rangeOfTextOffsets } from './noteTextOffsets.ts';
import type { AnchorState } from './ThreadCard.tsx';

export interface NoteHighlights {
  highlights: CommentHighlight[];
  /** Editor range of each thread that still marks text, by thread key. */
  ranges: Map<string, { from: number; to: number }>;
  states: Map<string, AnchorState>;
}

/**
 * Where each text thread is in the editor now: its anchor resolved against the Y.Doc, then the
 * plain-text offsets turned into editor positions. Resolved threads are drawn only when active.
 */
export function noteHighlights(
  ydoc: Y.Doc,
  doc: ProseMirrorNode,
  threads: readonly Pick<ThreadItem, 'key' | 'anchor' | 'resolved' | 'unread'>[],
  activeKey: string | null,
): NoteHighlights {
  const highlights: CommentHighlight[] = [];
  const ranges = new Map<string, { from: number; to: number }>();
  const states = new Map<string, AnchorState>();
  for (const thread of threads) {
    if (thread.anchor.kind !== 'text') continue;
    const resolved = resolveTextAnchor(ydoc, thread.anchor);
    if (resolved.collapsed) {
      states.set(thread.key, resolved.reason === 'missing' ? 'missing' : 'deleted');
      continue;
    }
    const range = rangeOfTextOffsets(doc, resolved.index, resolved.length);
    if (!range) {
      // The editor has not caught up with the Y.Doc yet; the next transaction recomputes.
      states.set(thread.key, 'missing');
      continue;
    }
    states.set(thread.key, 'ok');
    ranges.set(thread.key, range);
    const active = thread.key === activeKey;
    if (thread.resolved && !active) continue;
    highlights.push({ threadId: thread.key, ...range, active, unread: thread.unread });
  }
  return { highlights, ranges, states };
}

export function sameStates(a: Map<string, AnchorState>, b: Map<string, AnchorState>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
