/** One op of a Y.Text change delta (`event.delta`); attributes do not move text. */
export interface TextDeltaOp {
  insert?: unknown;
  delete?: number;
  retain?: number;
}

/**
 * Where a caret at `index` ends up after a remote change described by `delta`, so a textarea
 * bound to a Y.Text keeps the local caret on the same character while a peer types elsewhere.
 * Text inserted exactly at the caret goes after it (the local typist keeps their place).
 */
export function transformIndex(delta: readonly TextDeltaOp[], index: number): number {
  let pos = 0;
  let at = index;
  for (const op of delta) {
    if (typeof op.retain === 'number') {
      pos += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (pos < at) at += length;
      pos += length;
    } else if (typeof op.delete === 'number') {
      if (pos < at) at -= Math.min(op.delete, at - pos);
    }
    if (pos > at) break;
  }
  return at;
}
