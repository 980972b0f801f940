/** The single splice that turns `before` into `after` (what one textarea input event does). */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}

export function diffText(before: string, after: string): TextSplice | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Never split a UTF-16 surrogate pair (emoji, rare CJK) between the kept and changed parts.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  return { index: start, remove: endB - start, insert: after.slice(start, endA) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A Y.Text delta as Yjs reports it. */
export type TextDelta = ReadonlyArray<{ retain?: number; insert?: unknown; delete?: number }>;

/** Where a caret at `index` ends up after a remote change, so typing is not interrupted. */
export function transformIndex(index: number, delta: TextDelta): number {
  let pos = 0;
  let shift = 0;
  for (const op of delta) {
    if (pos > index) break;
    if (op.retain !== undefined) {
      pos += op.retain;
    } else if (op.insert !== undefined) {
      shift += typeof op.insert === 'string' ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, index - pos);
      pos += op.delete;
    }
  }
  return Math.max(0, index + shift);
}
