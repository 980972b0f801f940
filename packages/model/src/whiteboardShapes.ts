import * as Y from 'yjs';
import { pointsBounds, resolveConnector } from './whiteboardGeometry.ts';
import { getWhiteboardShapes, parseConnectorEnd, readShape } from './whiteboardSnapshot.ts';
import type {
  Box,
  ConnectorEnd,
  ConnectorSide,
  NewShape,
  ShapeSnapshot,
  ShapeStyle,
} from './whiteboardTypes.ts';
import { isShapeType } from './whiteboardTypes.ts';
import { keysAboveAll } from './whiteboardZOrder.ts';

const DEFAULT_SIZE: Record<string, { w: number; h: number }> = {
  sticky: { w: 200, h: 200 },
  rect: { w: 160, h: 100 },
  ellipse: { w: 160, h: 100 },
  text: { w: 240, h: 48 },
  arrow: { w: 0, h: 0 },
  pen: { w: 0, h: 0 },
  image: { w: 320, h: 240 },
};

const FILE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** Random id that works outside secure contexts too (crypto.randomUUID needs HTTPS). */
export function createShapeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `s${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function finite(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new TypeError(`whiteboard: ${name} must be a finite number, got ${String(value)}`);
  }
  return v;
}

function checkEnd(name: string, end: ConnectorEnd | null | undefined): ConnectorEnd | null {
  if (end === null || end === undefined) return null;
  const parsed = parseConnectorEnd(end);
  if (!parsed)
    throw new TypeError(`whiteboard: ${name} must be { x, y, shapeId?, anchor? } with finite numbers`);
  return parsed;
}

function shapeMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const map = getWhiteboardShapes(doc).get(id);
  return map instanceof Y.Map ? map : undefined;
}

/** Pen points moved so their bounding box starts at (0, 0); returns the offset and size. */
function normalisePen(points: readonly number[]): { points: number[]; box: Box } {
  const box = pointsBounds(points) ?? { x: 0, y: 0, w: 0, h: 0 };
  const out = new Array<number>(points.length);
  for (let i = 0; i + 1 < points.length; i += 2) {
    out[i] = (points[i] as number) - box.x;
    out[i + 1] = (points[i + 1] as number) - box.y;
  }
  return { points: out, box };
}

/** Writes a new shape into the map; the caller owns the transaction. */
export function writeNewShape(doc: Y.Doc, input: NewShape, z: string): string {
  if (!isShapeType(input.type)) throw new TypeError(`whiteboard: unknown shape type ${String(input.type)}`);
  const id = input.id ?? createShapeId();
  if (typeof id !== 'string' || id.length === 0)
    throw new TypeError('whiteboard: shape id must be a non-empty string');
  const size = DEFAULT_SIZE[input.type] ?? { w: 0, h: 0 };
  let x = finite('x', input.x, 0);
  let y = finite('y', input.y, 0);
  let w = Math.max(0, finite('w', input.w, size.w));
  let h = Math.max(0, finite('h', input.h, size.h));
  const map = new Y.Map<unknown>();
  map.set('type', input.type);
  if (input.type === 'pen') {
    const raw = input.points ?? [];
    if (!Array.isArray(raw) || raw.some((n) => typeof n !== 'number' || !Number.isFinite(n))) {
      throw new TypeError('whiteboard: pen points must be a flat array of finite numbers');
    }
    const { points, box } = normalisePen(raw);
    x += box.x;
    y += box.y;
    w = box.w;
    h = box.h;
    map.set('points', points);
  }
  if (input.type === 'image') {
    if (typeof input.fileId !== 'string' || !FILE_ID.test(input.fileId)) {
      throw new TypeError('whiteboard: an image needs the fileId of a workspace file');
    }
    map.set('fileId', input.fileId);
  }
  if (input.type === 'arrow') {
    map.set('from', checkEnd('from', input.from) ?? { x, y });
    map.set('to', checkEnd('to', input.to) ?? { x: x + w, y: y + h });
  }
  map.set('x', x);
  map.set('y', y);
  map.set('w', w);
  map.set('h', h);
  map.set('rotation', finite('rotation', input.rotation, 0));
  map.set('colour', typeof input.colour === 'string' ? input.colour : '#1f2933');
  map.set('text', new Y.Text(typeof input.text === 'string' ? input.text : ''));
  map.set('city', typeof input.city === 'string' ? input.city : '');
  map.set('createdBy', typeof input.createdBy === 'string' ? input.createdBy : '');
  map.set('z', z);
  getWhiteboardShapes(doc).set(id, map);
  return id;
}

/** Adds a shape on top of all others and returns its id. */
export function addShape(doc: Y.Doc, input: NewShape, origin?: unknown): string {
  let id = '';
  doc.transact(() => {
    id = writeNewShape(doc, input, input.z ?? (keysAboveAll(doc, 1)[0] as string));
  }, origin);
  return id;
}

/** Moves shapes by (dx, dy) in one transaction; arrows move their free ends. */
export function moveShapes(
  doc: Y.Doc,
  ids: readonly string[],
  dx: number,
  dy: number,
  origin?: unknown,
): void {
  finite('dx', dx, 0);
  finite('dy', dy, 0);
  if (dx === 0 && dy === 0) return;
  const moving = new Set(ids);
  doc.transact(() => {
    for (const id of moving) {
      const map = shapeMap(doc, id);
      if (!map) continue;
      if (map.get('type') === 'arrow') {
        for (const side of ['from', 'to'] as const) {
          const end = parseConnectorEnd(map.get(side));
          // A bound end follows its shape; only free ends (or ends whose shape moves too) shift.
          if (end && (!end.shapeId || moving.has(end.shapeId))) {
            map.set(side, { ...end, x: end.x + dx, y: end.y + dy });
          }
        }
        continue;
      }
      map.set('x', (Number(map.get('x')) || 0) + dx);
      map.set('y', (Number(map.get('y')) || 0) + dy);
    }
  }, origin);
}

/** Sets a shape's box. Pen strokes scale their points; arrows are shaped by their ends instead. */
export function resizeShape(doc: Y.Doc, id: string, box: Box, origin?: unknown): void {
  const x = finite('x', box.x, 0);
  const y = finite('y', box.y, 0);
  const w = Math.max(0, finite('w', box.w, 0));
  const h = Math.max(0, finite('h', box.h, 0));
  doc.transact(() => {
    const map = shapeMap(doc, id);
    const shape = map ? readShape(id, map) : null;
    if (!map || !shape) return;
    if (shape.type === 'arrow') throw new TypeError('whiteboard: arrows are resized by moving their ends');
    if (shape.type === 'pen') {
      const sx = shape.w > 0 ? w / shape.w : 1;
      const sy = shape.h > 0 ? h / shape.h : 1;
      map.set(
        'points',
        shape.points.map((v, i) => (i % 2 === 0 ? v * sx : v * sy)),
      );
    }
    map.set('x', x);
    map.set('y', y);
    map.set('w', w);
    map.set('h', h);
  }, origin);
}

/** Replaces a pen stroke's points (absolute board coordinates) while it is being drawn. */
export function setPenPoints(doc: Y.Doc, id: string, absolute: readonly number[], origin?: unknown): void {
  if (absolute.some((n) => typeof n !== 'number' || !Number.isFinite(n))) {
    throw new TypeError('whiteboard: pen points must be finite numbers');
  }
  doc.transact(() => {
    const map = shapeMap(doc, id);
    if (map?.get('type') !== 'pen') return;
    const { points, box } = normalisePen(absolute);
    map.set('points', points);
    map.set('x', box.x);
    map.set('y', box.y);
    map.set('w', box.w);
    map.set('h', box.h);
  }, origin);
}

export function setShapeStyle(doc: Y.Doc, ids: readonly string[], style: ShapeStyle, origin?: unknown): void {
  if (style.rotation !== undefined) finite('rotation', style.rotation, 0);
  if (style.colour !== undefined && typeof style.colour !== 'string') {
    throw new TypeError('whiteboard: colour must be a string');
  }
  doc.transact(() => {
    for (const id of ids) {
      const map = shapeMap(doc, id);
      if (!map) continue;
      if (style.colour !== undefined) map.set('colour', style.colour);
      if (style.rotation !== undefined) map.set('rotation', style.rotation);
    }
  }, origin);
}

export function setConnectorEnd(
  doc: Y.Doc,
  id: string,
  side: ConnectorSide,
  end: ConnectorEnd,
  origin?: unknown,
): void {
  const parsed = checkEnd(side, end);
  doc.transact(() => {
    const map = shapeMap(doc, id);
    if (map && map.get('type') === 'arrow') map.set(side, parsed);
  }, origin);
}

/** The shape's collaborative text, for binding an editor to it. */
export function getShapeText(doc: Y.Doc, id: string): Y.Text | null {
  const text = shapeMap(doc, id)?.get('text');
  return text instanceof Y.Text ? text : null;
}

/** Replaces a shape's whole text (paste, tests); live editing should edit the Y.Text instead. */
export function setShapeText(doc: Y.Doc, id: string, value: string, origin?: unknown): void {
  doc.transact(() => {
    const text = getShapeText(doc, id);
    if (!text) return;
    text.delete(0, text.length);
    text.insert(0, value);
  }, origin);
}

/**
 * Deletes shapes. An arrow bound to a deleted shape is deleted too when both its ends lose their
 * shape; otherwise the orphaned end is unbound and stays where it was drawn. Returns every id
 * removed, arrows included.
 */
export function deleteShapes(doc: Y.Doc, ids: readonly string[], origin?: unknown): string[] {
  const removed: string[] = [];
  doc.transact(() => {
    const shapes = getWhiteboardShapes(doc);
    const doomed = new Set(ids.filter((id) => shapes.has(id)));
    if (doomed.size === 0) return;
    const snapshots = new Map<string, ShapeSnapshot>();
    shapes.forEach((map, id) => {
      const s = readShape(id, map);
      if (s) snapshots.set(id, s);
    });
    const lookup = (id: string) => snapshots.get(id);
    for (const arrow of snapshots.values()) {
      if (arrow.type !== 'arrow' || doomed.has(arrow.id)) continue;
      const fromLost = !!arrow.from?.shapeId && doomed.has(arrow.from.shapeId);
      const toLost = !!arrow.to?.shapeId && doomed.has(arrow.to.shapeId);
      if (!fromLost && !toLost) continue;
      if (fromLost && toLost) {
        doomed.add(arrow.id);
        continue;
      }
      const { start, end } = resolveConnector(arrow, lookup);
      const map = shapes.get(arrow.id);
      if (fromLost) map?.set('from', { x: start.x, y: start.y });
      if (toLost) map?.set('to', { x: end.x, y: end.y });
    }
    for (const id of doomed) {
      shapes.delete(id);
      removed.push(id);
    }
  }, origin);
  return removed;
}
