import type { CommentAnchor } from '@weft/protocol';

/** True when both anchors name the same plan item, shape, or text range. */
export function sameAnchor(a: CommentAnchor, b: CommentAnchor): boolean {
  if (a.kind === 'planItem' && b.kind === 'planItem') return a.itemId === b.itemId;
  if (a.kind === 'shape' && b.kind === 'shape') return a.shapeId === b.shapeId;
  if (a.kind === 'text' && b.kind === 'text') return a.start === b.start && a.end === b.end;
  return false;
}
