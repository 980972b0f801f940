import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Anchors count the characters of the note's texts in document order with no separators
 * (`plainTextOf` in @weft/model). In the ProseMirror view of the same note those are exactly its
 * text nodes, so these two functions translate between editor positions and anchor offsets.
 */
export function textOffsetAt(doc: ProseMirrorNode, pos: number): number {
  let count = 0;
  doc.descendants((node, nodePos) => {
    if (nodePos >= pos) return false;
    if (node.isText) count += Math.min(node.nodeSize, pos - nodePos);
    return true;
  });
  return count;
}

/** The editor range of `length` characters from anchor offset `index`; null past the end. */
export function rangeOfTextOffsets(
  doc: ProseMirrorNode,
  index: number,
  length: number,
): { from: number; to: number } | null {
  if (length < 1) return null;
  const last = index + length - 1;
  let seen = 0;
  let from: number | null = null;
  let to: number | null = null;
  doc.descendants((node, nodePos) => {
    if (to !== null) return false;
    if (!node.isText) return true;
    const size = node.nodeSize;
    if (from === null && index < seen + size) from = nodePos + (index - seen);
    if (last < seen + size) to = nodePos + (last - seen) + 1;
    seen += size;
    return false;
  });
  return from !== null && to !== null ? { from, to } : null;
}
