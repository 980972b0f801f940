import type { Box, Point, ShapeLookup, ShapeSnapshot } from '@weft/model';
import { resolveConnector, shapeCenter, toShapeFrame } from '@weft/model';
import type { ShapeStore } from './createShapeStore.ts';
import { boxContains } from './culling.ts';

export const PEN_SIZE = 6;

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Whether board point `p` touches the shape; `tolerance` is in board units. */
export function hitTestShape(
  shape: ShapeSnapshot,
  p: Point,
  tolerance: number,
  lookup: ShapeLookup,
): boolean {
  if (shape.type === 'arrow') {
    const { start, end } = resolveConnector(shape, lookup);
    return distanceToSegment(p, start, end) <= tolerance + 4;
  }
  const local = toShapeFrame(shape, p);
  if (shape.type === 'ellipse') {
    const c = shapeCenter(shape);
    const rx = shape.w / 2 + tolerance;
    const ry = shape.h / 2 + tolerance;
    if (rx <= 0 || ry <= 0) return false;
    return ((local.x - c.x) / rx) ** 2 + ((local.y - c.y) / ry) ** 2 <= 1;
  }
  // Pen strokes are drawn PEN_SIZE wide around their points, so a flat line still has a body.
  const slack = tolerance + (shape.type === 'pen' ? PEN_SIZE / 2 : 0);
  const inBox =
    local.x >= shape.x - slack &&
    local.x <= shape.x + shape.w + slack &&
    local.y >= shape.y - slack &&
    local.y <= shape.y + shape.h + slack;
  if (shape.type !== 'pen' || !inBox) return inBox;
  const reach = tolerance + PEN_SIZE / 2;
  const pts = shape.points;
  if (pts.length === 2)
    return (
      Math.hypot(local.x - shape.x - (pts[0] as number), local.y - shape.y - (pts[1] as number)) <= reach
    );
  for (let i = 0; i + 3 < pts.length; i += 2) {
    const a = { x: shape.x + (pts[i] as number), y: shape.y + (pts[i + 1] as number) };
    const b = { x: shape.x + (pts[i + 2] as number), y: shape.y + (pts[i + 3] as number) };
    if (distanceToSegment(local, a, b) <= reach) return true;
  }
  return false;
}

/** The top-most shape under a board point, or undefined. */
export function topShapeAt(
  store: ShapeStore,
  p: Point,
  tolerance: number,
  accept: (shape: ShapeSnapshot) => boolean = () => true,
): ShapeSnapshot | undefined {
  const near = store.query({ x: p.x - tolerance, y: p.y - tolerance, w: tolerance * 2, h: tolerance * 2 });
  for (let i = near.length - 1; i >= 0; i--) {
    const shape = near[i] as ShapeSnapshot;
    if (accept(shape) && hitTestShape(shape, p, tolerance, store.get)) return shape;
  }
  return undefined;
}

/** Ids of shapes lying wholly inside a marquee box. */
export function shapesInBox(store: ShapeStore, box: Box): string[] {
  return store
    .query(box)
    .filter((s) => {
      const b = store.bounds(s.id);
      return (
        !!b &&
        boxContains(box, { x: b.x + 12, y: b.y + 12, w: Math.max(0, b.w - 24), h: Math.max(0, b.h - 24) })
      );
    })
    .map((s) => s.id);
}

export const ResizeHandle = { nw: 'nw', ne: 'ne', sw: 'sw', se: 'se' } as const;
export type ResizeHandle = (typeof ResizeHandle)[keyof typeof ResizeHandle];

export function handlePoints(box: Box): Record<ResizeHandle, Point> {
  return {
    nw: { x: box.x, y: box.y },
    ne: { x: box.x + box.w, y: box.y },
    sw: { x: box.x, y: box.y + box.h },
    se: { x: box.x + box.w, y: box.y + box.h },
  };
}

/** The resize handle within `radius` (board units) of `p`, if any. */
export function handleAt(box: Box, p: Point, radius: number): ResizeHandle | undefined {
  const points = handlePoints(box);
  for (const handle of Object.values(ResizeHandle)) {
    const h = points[handle];
    if (Math.abs(p.x - h.x) <= radius && Math.abs(p.y - h.y) <= radius) return handle;
  }
  return undefined;
}

/** The box after dragging `handle` to `p`; the opposite corner stays put. */
export function resizeBox(box: Box, handle: ResizeHandle, p: Point, minSize = 8): Box {
  const left = handle === 'nw' || handle === 'sw' ? Math.min(p.x, box.x + box.w - minSize) : box.x;
  const right = handle === 'ne' || handle === 'se' ? Math.max(p.x, box.x + minSize) : box.x + box.w;
  const top = handle === 'nw' || handle === 'ne' ? Math.min(p.y, box.y + box.h - minSize) : box.y;
  const bottom = handle === 'sw' || handle === 'se' ? Math.max(p.y, box.y + minSize) : box.y + box.h;
  return { x: left, y: top, w: right - left, h: bottom - top };
}

/** Maps a shape's box from the old selection bounds to the new ones (group resize). */
export function scaleBoxInto(shape: Box, from: Box, to: Box): Box {
  const sx = from.w > 0 ? to.w / from.w : 1;
  const sy = from.h > 0 ? to.h / from.h : 1;
  return {
    x: to.x + (shape.x - from.x) * sx,
    y: to.y + (shape.y - from.y) * sy,
    w: shape.w * sx,
    h: shape.h * sy,
  };
}
