import type { Box, ConnectorEnd, Point, ShapeSnapshot } from './whiteboardTypes.ts';

/** Finds a shape by id; connector geometry needs the shapes its ends are bound to. */
export type ShapeLookup = (id: string) => ShapeSnapshot | undefined;

export interface ConnectorGeometry {
  start: Point;
  end: Point;
}

export function shapeCenter(box: Box): Point {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}

export function rotatePoint(p: Point, centre: Point, angle: number): Point {
  if (angle === 0) return { x: p.x, y: p.y };
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dx = p.x - centre.x;
  const dy = p.y - centre.y;
  return { x: centre.x + dx * cos - dy * sin, y: centre.y + dx * sin + dy * cos };
}

/** A board point in the shape's unrotated frame (rotation is about the shape's centre). */
export function toShapeFrame(shape: Box & { rotation: number }, p: Point): Point {
  return rotatePoint(p, shapeCenter(shape), -shape.rotation);
}

/** The board position of a fixed anchor (fractions of width/height) on a shape. */
export function anchorPoint(shape: Box & { rotation: number }, anchor: Point): Point {
  const local = { x: shape.x + anchor.x * shape.w, y: shape.y + anchor.y * shape.h };
  return rotatePoint(local, shapeCenter(shape), shape.rotation);
}

/**
 * Where a ray from the shape's centre towards `target` leaves the shape's outline: the ellipse for
 * ellipses, the (rotated) box for every other shape.
 */
export function edgePointTowards(shape: ShapeSnapshot, target: Point): Point {
  const c = shapeCenter(shape);
  const t = toShapeFrame(shape, target);
  const dx = t.x - c.x;
  const dy = t.y - c.y;
  const hw = shape.w / 2;
  const hh = shape.h / 2;
  if ((dx === 0 && dy === 0) || hw === 0 || hh === 0) return c;
  let scale: number;
  if (shape.type === 'ellipse') {
    scale = 1 / Math.sqrt((dx / hw) ** 2 + (dy / hh) ** 2);
  } else {
    scale = Math.min(
      dx === 0 ? Number.POSITIVE_INFINITY : hw / Math.abs(dx),
      dy === 0 ? Number.POSITIVE_INFINITY : hh / Math.abs(dy),
    );
  }
  return rotatePoint({ x: c.x + dx * scale, y: c.y + dy * scale }, c, shape.rotation);
}

function boundShape(end: ConnectorEnd, lookup: ShapeLookup): ShapeSnapshot | undefined {
  if (!end.shapeId) return undefined;
  const shape = lookup(end.shapeId);
  return shape && shape.type !== 'arrow' ? shape : undefined;
}

/** The point an end aims at: its anchor, its shape's centre, or its free position. */
function referencePoint(end: ConnectorEnd, lookup: ShapeLookup): Point {
  const shape = boundShape(end, lookup);
  if (!shape) return { x: end.x, y: end.y };
  return end.anchor ? anchorPoint(shape, end.anchor) : shapeCenter(shape);
}

function endPoint(end: ConnectorEnd, other: ConnectorEnd, lookup: ShapeLookup): Point {
  const shape = boundShape(end, lookup);
  if (!shape) return { x: end.x, y: end.y };
  if (end.anchor) return anchorPoint(shape, end.anchor);
  return edgePointTowards(shape, referencePoint(other, lookup));
}

/**
 * Start and end of an arrow. A bound end without an anchor sits on its shape's edge towards the
 * other end; an end whose shape is gone falls back to its last known position.
 */
export function resolveConnector(arrow: ShapeSnapshot, lookup: ShapeLookup): ConnectorGeometry {
  const from = arrow.from ?? { x: arrow.x, y: arrow.y };
  const to = arrow.to ?? { x: arrow.x + arrow.w, y: arrow.y + arrow.h };
  return { start: endPoint(from, to, lookup), end: endPoint(to, from, lookup) };
}

/** Axis-aligned bounds of a shape in board coordinates, rotation and bound arrows included. */
export function shapeBounds(shape: ShapeSnapshot, lookup: ShapeLookup): Box {
  if (shape.type === 'arrow') {
    const { start, end } = resolveConnector(shape, lookup);
    const x = Math.min(start.x, end.x);
    const y = Math.min(start.y, end.y);
    return { x, y, w: Math.abs(end.x - start.x), h: Math.abs(end.y - start.y) };
  }
  if (shape.rotation === 0) return { x: shape.x, y: shape.y, w: shape.w, h: shape.h };
  const c = shapeCenter(shape);
  const corners = [
    { x: shape.x, y: shape.y },
    { x: shape.x + shape.w, y: shape.y },
    { x: shape.x + shape.w, y: shape.y + shape.h },
    { x: shape.x, y: shape.y + shape.h },
  ].map((p) => rotatePoint(p, c, shape.rotation));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Bounding box of a flat [x0, y0, x1, y1, ...] point list, or null when it is empty. */
export function pointsBounds(points: readonly number[]): Box | null {
  if (points.length < 2) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] as number;
    const y = points[i + 1] as number;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}
