import { generateNKeysBetween } from 'fractional-indexing';
import type * as Y from 'yjs';
import { createShapeId, writeNewShape } from './whiteboardShapes.ts';
import { getWhiteboardShapes, readShape } from './whiteboardSnapshot.ts';
import type { ConnectorEnd, ShapeSnapshot } from './whiteboardTypes.ts';
import { topZ } from './whiteboardZOrder.ts';

export interface InsertOptions {
  /** Added to every position (paste and duplicate put copies beside the originals). */
  offset?: { x: number; y: number };
  /** Overrides `createdBy` of every copy (the person pasting is its author). */
  createdBy?: string;
  origin?: unknown;
}

function remapEnd(
  end: ConnectorEnd | null,
  ids: ReadonlyMap<string, string>,
  exists: (id: string) => boolean,
  dx: number,
  dy: number,
): ConnectorEnd | null {
  if (!end) return null;
  const moved: ConnectorEnd = { x: end.x + dx, y: end.y + dy };
  if (!end.shapeId) return moved;
  const copy = ids.get(end.shapeId);
  // An end bound to a shape that was copied binds to the copy; to one that still exists, stays.
  if (copy) return { ...moved, shapeId: copy, ...(end.anchor ? { anchor: end.anchor } : {}) };
  if (exists(end.shapeId)) return { ...end };
  return moved;
}

/**
 * Inserts copies of snapshots with fresh ids above every shape, keeping their stacking order and
 * rebinding arrows to the copies of their shapes. Returns a map from each old id to its new id.
 */
export function insertShapes(
  doc: Y.Doc,
  snapshots: readonly ShapeSnapshot[],
  options: InsertOptions = {},
): Map<string, string> {
  const dx = options.offset?.x ?? 0;
  const dy = options.offset?.y ?? 0;
  const ids = new Map<string, string>();
  for (const s of snapshots) ids.set(s.id, createShapeId());
  doc.transact(() => {
    const shapes = getWhiteboardShapes(doc);
    const ordered = [...snapshots].sort((a, b) => (a.z === b.z ? 0 : a.z < b.z ? -1 : 1));
    const keys = generateNKeysBetween(topZ(doc), null, ordered.length);
    ordered.forEach((s, i) => {
      writeNewShape(
        doc,
        {
          type: s.type,
          id: ids.get(s.id) as string,
          x: s.x + dx,
          y: s.y + dy,
          w: s.w,
          h: s.h,
          rotation: s.rotation,
          colour: s.colour,
          text: s.text,
          points: s.points,
          from: remapEnd(s.from, ids, (id) => shapes.has(id), dx, dy),
          to: remapEnd(s.to, ids, (id) => shapes.has(id), dx, dy),
          city: s.city,
          createdBy: options.createdBy ?? s.createdBy,
          ...(s.fileId ? { fileId: s.fileId } : {}),
        },
        keys[i] as string,
      );
    });
  }, options.origin);
  return ids;
}

/** Duplicates shapes (and arrows between them) beside the originals; returns the new ids. */
export function duplicateShapes(doc: Y.Doc, ids: readonly string[], options: InsertOptions = {}): string[] {
  const shapes = getWhiteboardShapes(doc);
  const snapshots: ShapeSnapshot[] = [];
  for (const id of new Set(ids)) {
    const s = readShape(id, shapes.get(id));
    if (s) snapshots.push(s);
  }
  const mapping = insertShapes(doc, snapshots, { offset: { x: 24, y: 24 }, ...options });
  return snapshots.map((s) => mapping.get(s.id) as string);
}
