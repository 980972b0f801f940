import * as Y from 'yjs';
import type { ConnectorEnd, Point, ShapeSnapshot } from './whiteboardTypes.ts';
import { isShapeType, WHITEBOARD_SHAPES } from './whiteboardTypes.ts';

/** The Y.Map of shapes keyed by id; each value is a Y.Map of one shape's fields. */
export function getWhiteboardShapes(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(WHITEBOARD_SHAPES);
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function parsePoint(value: unknown): Point | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  if (typeof p.x !== 'number' || typeof p.y !== 'number') return undefined;
  if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return undefined;
  return { x: p.x, y: p.y };
}

/** Parses an untrusted value into a connector end, or null when it is not one. */
export function parseConnectorEnd(value: unknown): ConnectorEnd | null {
  const point = parsePoint(value);
  if (!point) return null;
  const raw = value as Record<string, unknown>;
  const end: ConnectorEnd = { x: point.x, y: point.y };
  if (typeof raw.shapeId === 'string' && raw.shapeId.length > 0) {
    end.shapeId = raw.shapeId;
    const anchor = parsePoint(raw.anchor);
    if (anchor) end.anchor = anchor;
  }
  return end;
}

function parsePoints(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  const out: number[] = [];
  for (let i = 0; i + 1 < value.length; i += 2) {
    const x = value[i];
    const y = value[i + 1];
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
      out.push(x, y);
    }
  }
  return out;
}

/**
 * Reads one shape's Y.Map as a plain snapshot. Returns null for a value that is not a shape
 * (another client may have written anything), so one bad entry never breaks the board.
 */
export function readShape(id: string, map: unknown): ShapeSnapshot | null {
  if (!(map instanceof Y.Map)) return null;
  const type = map.get('type');
  if (!isShapeType(type)) return null;
  const text = map.get('text');
  return {
    id,
    type,
    x: num(map.get('x'), 0),
    y: num(map.get('y'), 0),
    w: Math.max(0, num(map.get('w'), 0)),
    h: Math.max(0, num(map.get('h'), 0)),
    rotation: num(map.get('rotation'), 0),
    colour: str(map.get('colour'), '#1f2933'),
    text: text instanceof Y.Text ? text.toString() : typeof text === 'string' ? text : '',
    points: type === 'pen' ? parsePoints(map.get('points')) : [],
    from: type === 'arrow' ? parseConnectorEnd(map.get('from')) : null,
    to: type === 'arrow' ? parseConnectorEnd(map.get('to')) : null,
    city: str(map.get('city'), ''),
    createdBy: str(map.get('createdBy'), ''),
    z: str(map.get('z'), ''),
    ...(type === 'image' ? { fileId: str(map.get('fileId'), '') } : {}),
  };
}

/** Draw order: ascending fractional index, ties (concurrent inserts) broken by id on every peer. */
export function compareShapesByZ(a: { z: string; id: string }, b: { z: string; id: string }): number {
  if (a.z !== b.z) return a.z < b.z ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** Every valid shape of the board as plain snapshots, back to front. */
export function readWhiteboard(doc: Y.Doc): ShapeSnapshot[] {
  const shapes: ShapeSnapshot[] = [];
  getWhiteboardShapes(doc).forEach((map, id) => {
    const shape = readShape(id, map);
    if (shape) shapes.push(shape);
  });
  return shapes.sort(compareShapesByZ);
}

/** Parses an untrusted plain object (clipboard, file) into a snapshot, or null when it is not one. */
export function parseShapeSnapshot(value: unknown): ShapeSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (!isShapeType(raw.type) || typeof raw.id !== 'string' || raw.id.length === 0) return null;
  return {
    id: raw.id,
    type: raw.type,
    x: num(raw.x, 0),
    y: num(raw.y, 0),
    w: Math.max(0, num(raw.w, 0)),
    h: Math.max(0, num(raw.h, 0)),
    rotation: num(raw.rotation, 0),
    colour: str(raw.colour, '#1f2933'),
    text: str(raw.text, ''),
    points: raw.type === 'pen' ? parsePoints(raw.points) : [],
    from: raw.type === 'arrow' ? parseConnectorEnd(raw.from) : null,
    to: raw.type === 'arrow' ? parseConnectorEnd(raw.to) : null,
    city: str(raw.city, ''),
    createdBy: str(raw.createdBy, ''),
    z: str(raw.z, ''),
    ...(raw.type === 'image' ? { fileId: str(raw.fileId, '') } : {}),
  };
}
