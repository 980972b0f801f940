/** Name of the top-level Y.Map holding every shape of a whiteboard, keyed by shape id. */
export const WHITEBOARD_SHAPES = 'shapes';

export const ShapeType = {
  sticky: 'sticky',
  rect: 'rect',
  ellipse: 'ellipse',
  text: 'text',
  arrow: 'arrow',
  pen: 'pen',
  /** A picture: one of the workspace's files (`fileId`), with `text` as its description. */
  image: 'image',
} as const;
export type ShapeType = (typeof ShapeType)[keyof typeof ShapeType];

export const SHAPE_TYPES: readonly ShapeType[] = Object.values(ShapeType);

export function isShapeType(value: unknown): value is ShapeType {
  return typeof value === 'string' && (SHAPE_TYPES as readonly string[]).includes(value);
}

/** A point in board coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box in board coordinates. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * One end of an arrow. `x`/`y` is always set: it is the free position, and the last known position
 * when bound, so an end whose shape was deleted concurrently still has somewhere to be drawn.
 * `anchor` (0..1 of the bound shape's width/height) pins the end to a fixed point of that shape;
 * without it the end slides along the shape's edge towards the other end.
 */
export interface ConnectorEnd {
  x: number;
  y: number;
  shapeId?: string;
  anchor?: Point;
}

export const ConnectorSide = { from: 'from', to: 'to' } as const;
export type ConnectorSide = (typeof ConnectorSide)[keyof typeof ConnectorSide];

/** Plain, typed copy of one shape as read from the Y.Doc. */
export interface ShapeSnapshot {
  id: string;
  type: ShapeType;
  x: number;
  y: number;
  w: number;
  h: number;
  rotation: number;
  colour: string;
  text: string;
  /** Pen strokes: flat [x0, y0, x1, y1, ...] relative to (x, y). Empty for other shapes. */
  points: number[];
  from: ConnectorEnd | null;
  to: ConnectorEnd | null;
  city: string;
  createdBy: string;
  /** Fractional index: shapes draw in ascending (z, id) order. */
  z: string;
  /** Image shapes: the id of the workspace file they show (`/api/files/:id`). */
  fileId?: string;
}

/** What a caller supplies to create a shape; everything but `type` has a default. */
export interface NewShape {
  type: ShapeType;
  id?: string;
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  rotation?: number;
  colour?: string;
  text?: string;
  points?: number[];
  from?: ConnectorEnd | null;
  to?: ConnectorEnd | null;
  city?: string;
  createdBy?: string;
  z?: string;
  fileId?: string;
}

export interface ShapeStyle {
  colour?: string;
  rotation?: number;
}
