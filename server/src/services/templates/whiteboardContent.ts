import { addShape, type NewShape, shapeCenter } from '@weft/model';
import type * as Y from 'yjs';

/** A shape of a template board; arrows name the shapes they join by `key`. */
export type BoardShapeSpec =
  | (Omit<NewShape, 'id' | 'from' | 'to'> & { key?: string })
  | { type: 'arrow'; fromKey: string; toKey: string };

/** Adds the shapes in order (later ones on top); arrows are bound to both of their shapes. */
export function writeBoard(doc: Y.Doc, specs: readonly BoardShapeSpec[]): void {
  const placed = new Map<string, { id: string; x: number; y: number }>();
  for (const spec of specs) {
    if ('fromKey' in spec) {
      const from = placed.get(spec.fromKey);
      const to = placed.get(spec.toKey);
      if (!from || !to) throw new Error(`template board: arrow joins unknown shape ${spec.fromKey}`);
      addShape(doc, {
        type: 'arrow',
        from: { x: from.x, y: from.y, shapeId: from.id },
        to: { x: to.x, y: to.y, shapeId: to.id },
      });
      continue;
    }
    const { key, ...shape } = spec;
    const id = addShape(doc, shape);
    if (key) {
      const size = { w: shape.w ?? 200, h: shape.h ?? 200 };
      const c = shapeCenter({ x: shape.x ?? 0, y: shape.y ?? 0, ...size });
      placed.set(key, { id, ...c });
    }
  }
}
