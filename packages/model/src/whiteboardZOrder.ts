import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type * as Y from 'yjs';
import { getWhiteboardShapes } from './whiteboardSnapshot.ts';

function isValidKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

function validKeys(doc: Y.Doc, exclude: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  getWhiteboardShapes(doc).forEach((map, id) => {
    if (exclude.has(id)) return;
    const z = map.get('z');
    if (typeof z === 'string') keys.push(z);
  });
  return keys;
}

/** Highest valid fractional index on the board (ignoring `exclude`), or null on an empty board. */
export function topZ(doc: Y.Doc, exclude: ReadonlySet<string> = new Set()): string | null {
  const all = validKeys(doc, exclude);
  let max: string | null = null;
  for (const key of all) if (max === null || key > max) max = key;
  // Fast path: the largest key is nearly always valid; sort only when a bad key sits on top.
  if (max === null || isValidKey(max)) return max;
  const keys = all.sort();
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    if (isValidKey(key)) return key;
  }
  return null;
}

/** Lowest valid fractional index on the board (ignoring `exclude`), or null on an empty board. */
export function bottomZ(doc: Y.Doc, exclude: ReadonlySet<string> = new Set()): string | null {
  const keys = validKeys(doc, exclude).sort();
  for (const key of keys) if (isValidKey(key)) return key;
  return null;
}

/** `n` fresh keys above every shape, in ascending order. */
export function keysAboveAll(doc: Y.Doc, n: number): string[] {
  return generateNKeysBetween(topZ(doc), null, n);
}

function orderedExisting(doc: Y.Doc, ids: readonly string[]): string[] {
  const shapes = getWhiteboardShapes(doc);
  const existing = [...new Set(ids)].filter((id) => shapes.has(id));
  const zOf = (id: string) => String(shapes.get(id)?.get('z') ?? '');
  // Keep the selection's own stacking order when moving it as a group.
  return existing.sort((a, b) => (zOf(a) === zOf(b) ? (a < b ? -1 : 1) : zOf(a) < zOf(b) ? -1 : 1));
}

/** Moves shapes above all others, keeping their relative order. Only their `z` fields change. */
export function bringToFront(doc: Y.Doc, ids: readonly string[], origin?: unknown): void {
  doc.transact(() => {
    const ordered = orderedExisting(doc, ids);
    if (ordered.length === 0) return;
    const keys = generateNKeysBetween(topZ(doc, new Set(ordered)), null, ordered.length);
    const shapes = getWhiteboardShapes(doc);
    ordered.forEach((id, i) => {
      shapes.get(id)?.set('z', keys[i]);
    });
  }, origin);
}

/** Moves shapes below all others, keeping their relative order. */
export function sendToBack(doc: Y.Doc, ids: readonly string[], origin?: unknown): void {
  doc.transact(() => {
    const ordered = orderedExisting(doc, ids);
    if (ordered.length === 0) return;
    const keys = generateNKeysBetween(null, bottomZ(doc, new Set(ordered)), ordered.length);
    const shapes = getWhiteboardShapes(doc);
    ordered.forEach((id, i) => {
      shapes.get(id)?.set('z', keys[i]);
    });
  }, origin);
}
