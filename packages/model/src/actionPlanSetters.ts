import type * as Y from 'yjs';

function commonAffixes<T>(a: readonly T[], b: readonly T[]): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  return { prefix, suffix };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Replaces a Y.Text's content by editing only the changed middle, so a form that writes the
 * whole field does not wipe a peer's concurrent edit elsewhere in the same text.
 */
export function setYText(text: Y.Text, value: string): void {
  const current = text.toString();
  if (current === value) return;
  // Compare UTF-16 code units: Y.Text indexes by code unit too.
  const a = current.split('');
  const b = value.split('');
  let { prefix, suffix } = commonAffixes(a, b);
  // Never split a surrogate pair, so concurrent edits cannot leave half an emoji behind.
  if (prefix > 0 && isHighSurrogate(current.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(current.charCodeAt(a.length - suffix))) suffix--;
  const deleteCount = a.length - prefix - suffix;
  if (deleteCount > 0) text.delete(prefix, deleteCount);
  const insert = value.slice(prefix, b.length - suffix);
  if (insert.length > 0) text.insert(prefix, insert);
}

/** Same minimal-change idea for a list of strings (SDG targets, evidence links). */
export function setStringArray(array: Y.Array<string>, values: readonly string[]): void {
  const current = array.toArray();
  const { prefix, suffix } = commonAffixes(current, values);
  const deleteCount = current.length - prefix - suffix;
  if (deleteCount > 0) array.delete(prefix, deleteCount);
  const insert = values.slice(prefix, values.length - suffix);
  if (insert.length > 0) array.insert(prefix, [...insert]);
}
