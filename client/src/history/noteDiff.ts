export type DiffOp = 'same' | 'add' | 'del';
export interface DiffSegment {
  op: DiffOp;
  text: string;
}

/** Past this many comparisons a diff is shown as "all removed, all added" instead of aligned. */
const MAX_CELLS = 4_000_000;

function align<T>(a: readonly T[], b: readonly T[]): { op: DiffOp; a?: T; b?: T }[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((x) => ({ op: 'del' as const, a: x })), ...b.map((y) => ({ op: 'add' as const, b: y }))];
  }
  // Longest common subsequence table, filled from the end so the walk below goes forwards.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * w + j] ?? 0, lcs[i * w + j + 1] ?? 0);
    }
  }
  const out: { op: DiffOp; a?: T; b?: T }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', a: a[i], b: b[j] });
      i++;
      j++;
    } else if ((lcs[(i + 1) * w + j] ?? 0) >= (lcs[i * w + j + 1] ?? 0)) {
      out.push({ op: 'del', a: a[i++] });
    } else {
      out.push({ op: 'add', b: b[j++] });
    }
  }
  while (i < a.length) out.push({ op: 'del', a: a[i++] });
  while (j < b.length) out.push({ op: 'add', b: b[j++] });
  return out;
}

function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.op === s.op) last.text += s.text;
    else if (s.text) out.push({ ...s });
  }
  return out;
}

// A word keeps its trailing space, so unrelated sentences do not match on their spaces alone.
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** Word-level differences between two paragraphs. */
export function diffWords(before: string, after: string): DiffSegment[] {
  return merge(
    align(words(before), words(after)).map((step) => ({
      op: step.op,
      text: (step.op === 'add' ? step.b : step.a) ?? '',
    })),
  );
}

/**
 * How a note changed from `before` (a version's paragraphs) to `after` (now): one entry per
 * paragraph, each a list of same/added/removed segments. A run of changed paragraphs is compared
 * word by word pairwise, so an edited sentence shows only its changed words.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[]): DiffSegment[][] {
  const steps = align(before, after);
  const out: DiffSegment[][] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) out.push(diffWords(removed[k] ?? '', added[k] ?? ''));
    for (const text of removed.slice(pairs)) out.push([{ op: 'del', text }]);
    for (const text of added.slice(pairs)) out.push([{ op: 'add', text }]);
    removed = [];
    added = [];
  };
  for (const step of steps) {
    if (step.op === 'del') removed.push(step.a ?? '');
    else if (step.op === 'add') added.push(step.b ?? '');
    else {
      flush();
      out.push([{ op: 'same', text: step.a ?? '' }]);
    }
  }
  flush();
  return out;
}
