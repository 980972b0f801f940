import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { duplicateShapes, insertShapes } from './whiteboardInsert.ts';
import {
  addShape,
  deleteShapes,
  getShapeText,
  moveShapes,
  resizeShape,
  setConnectorEnd,
  setPenPoints,
  setShapeStyle,
} from './whiteboardShapes.ts';
import { getWhiteboardShapes, readWhiteboard } from './whiteboardSnapshot.ts';
import { bringToFront, sendToBack } from './whiteboardZOrder.ts';

/** Two peers; `sync` exchanges everything each lacks, like a provider after reconnecting. */
function peers() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

const byId = (doc: Y.Doc, id: string) => readWhiteboard(doc).find((s) => s.id === id);

describe('whiteboard shapes', () => {
  it('stores an image shape with its file id, which copies keep', () => {
    const { a, b, sync } = peers();
    const id = addShape(a, { type: 'image', fileId: 'f_123-abc', x: 5, y: 6, text: 'Indigo vats' });
    sync();
    expect(byId(b, id)).toMatchObject({
      type: 'image',
      fileId: 'f_123-abc',
      w: 320,
      h: 240,
      text: 'Indigo vats',
    });
    const [copy] = duplicateShapes(b, [id]).values();
    expect(byId(b, copy as string)?.fileId).toBe('f_123-abc');
    expect(() => addShape(a, { type: 'image' })).toThrow(/fileId/);
    expect(() => addShape(a, { type: 'image', fileId: '../etc' })).toThrow(/fileId/);
    expect(byId(a, addShape(a, { type: 'sticky' }))?.fileId).toBeUndefined();
  });

  it('adds shapes with defaults and reads them back sorted by z', () => {
    const doc = new Y.Doc();
    const first = addShape(doc, { type: 'sticky', x: 10, y: 20, text: 'Vải tái chế', city: 'Ghent' });
    const second = addShape(doc, { type: 'rect', x: 0, y: 0 });
    const shapes = readWhiteboard(doc);
    expect(shapes.map((s) => s.id)).toEqual([first, second]);
    expect(shapes[0]).toMatchObject({ type: 'sticky', x: 10, y: 20, w: 200, h: 200, text: 'Vải tái chế' });
    expect(getShapeText(doc, first)?.toString()).toBe('Vải tái chế');
  });

  it('rejects bad input with a clear error and leaves the board untouched', () => {
    const doc = new Y.Doc();
    expect(() => addShape(doc, { type: 'rect', x: Number.NaN })).toThrow(/x must be a finite number/);
    expect(() => addShape(doc, { type: 'blob' as 'rect' })).toThrow(/unknown shape type/);
    expect(() => moveShapes(doc, ['x'], Number.POSITIVE_INFINITY, 0)).toThrow(/dx/);
    expect(readWhiteboard(doc)).toEqual([]);
  });

  it('skips entries another client wrote that are not shapes', () => {
    const doc = new Y.Doc();
    const id = addShape(doc, { type: 'ellipse' });
    getWhiteboardShapes(doc).set('junk', 42 as unknown as Y.Map<unknown>);
    expect(readWhiteboard(doc).map((s) => s.id)).toEqual([id]);
  });

  it('merges concurrent moves of different shapes', () => {
    const { a, b, sync } = peers();
    const s1 = addShape(a, { type: 'sticky', x: 0, y: 0 });
    const s2 = addShape(a, { type: 'sticky', x: 300, y: 0 });
    sync();
    moveShapes(a, [s1], 50, 5);
    moveShapes(b, [s2], -20, 40);
    sync();
    for (const doc of [a, b]) {
      expect(byId(doc, s1)).toMatchObject({ x: 50, y: 5 });
      expect(byId(doc, s2)).toMatchObject({ x: 280, y: 40 });
    }
  });

  it('merges a text edit on one shape with a colour change on another and on the same shape', () => {
    const { a, b, sync } = peers();
    const s1 = addShape(a, { type: 'sticky', text: 'water' });
    const s2 = addShape(a, { type: 'rect' });
    sync();
    getShapeText(a, s1)?.insert(5, ' reuse');
    setShapeStyle(b, [s2, s1], { colour: '#ffd166' });
    sync();
    for (const doc of [a, b]) {
      expect(byId(doc, s1)).toMatchObject({ text: 'water reuse', colour: '#ffd166' });
      expect(byId(doc, s2)?.colour).toBe('#ffd166');
    }
  });

  it('merges concurrent typing in one sticky', () => {
    const { a, b, sync } = peers();
    const s = addShape(a, { type: 'sticky', text: '' });
    sync();
    getShapeText(a, s)?.insert(0, 'Ghent ');
    getShapeText(b, s)?.insert(0, 'Đà Nẵng');
    sync();
    const text = byId(a, s)?.text ?? '';
    expect(text).toContain('Ghent ');
    expect(text).toContain('Đà Nẵng');
    expect(byId(b, s)?.text).toBe(text);
  });

  it('a delete wins over a concurrent move of the same shape', () => {
    const { a, b, sync } = peers();
    const s = addShape(a, { type: 'rect' });
    sync();
    moveShapes(a, [s], 10, 10);
    deleteShapes(b, [s]);
    sync();
    expect(readWhiteboard(a)).toEqual([]);
    expect(readWhiteboard(b)).toEqual([]);
  });

  it('resizes boxes and scales pen strokes', () => {
    const doc = new Y.Doc();
    const r = addShape(doc, { type: 'rect', x: 0, y: 0, w: 10, h: 10 });
    resizeShape(doc, r, { x: 5, y: 6, w: 30, h: 40 });
    expect(byId(doc, r)).toMatchObject({ x: 5, y: 6, w: 30, h: 40 });
    const p = addShape(doc, { type: 'pen', points: [100, 100, 110, 120, 120, 100] });
    expect(byId(doc, p)).toMatchObject({ x: 100, y: 100, w: 20, h: 20, points: [0, 0, 10, 20, 20, 0] });
    resizeShape(doc, p, { x: 100, y: 100, w: 40, h: 10 });
    expect(byId(doc, p)?.points).toEqual([0, 0, 20, 10, 40, 0]);
    setPenPoints(doc, p, [0, 0, 5, 5]);
    expect(byId(doc, p)).toMatchObject({ x: 0, y: 0, w: 5, h: 5, points: [0, 0, 5, 5] });
  });
});

describe('whiteboard connectors', () => {
  function board() {
    const doc = new Y.Doc();
    const left = addShape(doc, { type: 'rect', x: 0, y: 0, w: 100, h: 100 });
    const right = addShape(doc, { type: 'rect', x: 300, y: 0, w: 100, h: 100 });
    const arrow = addShape(doc, {
      type: 'arrow',
      from: { x: 50, y: 50, shapeId: left },
      to: { x: 350, y: 50, shapeId: right },
    });
    return { doc, left, right, arrow };
  }

  it('unbinds the orphaned end when one bound shape is deleted', () => {
    const { doc, left, right, arrow } = board();
    expect(deleteShapes(doc, [right])).toEqual([right]);
    const a = byId(doc, arrow);
    expect(a?.from?.shapeId).toBe(left);
    // The freed end stays where it was drawn: on the deleted shape's left edge.
    expect(a?.to).toEqual({ x: 300, y: 50 });
  });

  it('deletes an arrow whose shapes are both deleted', () => {
    const { doc, left, right, arrow } = board();
    expect(deleteShapes(doc, [left, right]).sort()).toEqual([left, right, arrow].sort());
    expect(readWhiteboard(doc)).toEqual([]);
  });

  it('moves free arrow ends with the arrow and leaves bound ends to their shapes', () => {
    const { doc, left, arrow } = board();
    setConnectorEnd(doc, arrow, 'to', { x: 500, y: 500 });
    moveShapes(doc, [arrow], 10, 20);
    const a = byId(doc, arrow);
    expect(a?.to).toEqual({ x: 510, y: 520 });
    expect(a?.from).toEqual({ x: 50, y: 50, shapeId: left });
  });

  it('keeps drawing an arrow bound to a shape deleted concurrently', () => {
    const { a, b, sync } = peers();
    const target = addShape(a, { type: 'ellipse', x: 0, y: 0 });
    sync();
    addShape(b, { type: 'arrow', from: { x: 500, y: 500 }, to: { x: 80, y: 50, shapeId: target } });
    deleteShapes(a, [target]);
    sync();
    const arrow = readWhiteboard(a).find((s) => s.type === 'arrow');
    expect(arrow?.to).toEqual({ x: 80, y: 50, shapeId: target });
    expect(readWhiteboard(b)).toEqual(readWhiteboard(a));
  });

  it('duplicates shapes and rebinds arrows between them to the copies', () => {
    const { doc, left, right, arrow } = board();
    const copies = duplicateShapes(doc, [left, right, arrow]);
    expect(copies).toHaveLength(3);
    const [l2, r2, a2] = copies.map((id) => byId(doc, id));
    expect(l2).toMatchObject({ x: 24, y: 24 });
    expect(a2?.from?.shapeId).toBe(l2?.id);
    expect(a2?.to?.shapeId).toBe(r2?.id);
    expect(
      readWhiteboard(doc)
        .slice(-3)
        .map((s) => s.id),
    ).toEqual(copies);
  });

  it('pastes an arrow alone still bound to shapes that exist', () => {
    const { doc, left, arrow } = board();
    const snapshot = byId(doc, arrow);
    if (!snapshot) throw new Error('missing arrow');
    const ids = insertShapes(doc, [snapshot], { offset: { x: 5, y: 5 } });
    expect(byId(doc, ids.get(arrow) as string)?.from?.shapeId).toBe(left);
  });
});

describe('whiteboard z-order', () => {
  it('brings to front and sends to back, keeping relative order', () => {
    const doc = new Y.Doc();
    const [s1, s2, s3, s4] = [0, 1, 2, 3].map(() => addShape(doc, { type: 'rect' })) as string[];
    bringToFront(doc, [s2 as string, s1 as string]);
    expect(readWhiteboard(doc).map((s) => s.id)).toEqual([s3, s4, s1, s2]);
    sendToBack(doc, [s4 as string]);
    expect(readWhiteboard(doc).map((s) => s.id)).toEqual([s4, s3, s1, s2]);
  });

  it('merges concurrent reorders into one order on both peers', () => {
    const { a, b, sync } = peers();
    const [s1, s2, s3] = [0, 1, 2].map(() => addShape(a, { type: 'sticky' })) as [string, string, string];
    sync();
    bringToFront(a, [s1]);
    bringToFront(b, [s2]);
    sendToBack(b, [s3]);
    sync();
    const order = readWhiteboard(a).map((s) => s.id);
    expect(readWhiteboard(b).map((s) => s.id)).toEqual(order);
    expect(order[0]).toBe(s3);
    expect(order.slice(1).sort()).toEqual([s1, s2].sort());
  });

  it('concurrent inserts get a stable order and later inserts still go on top', () => {
    const { a, b, sync } = peers();
    const x = addShape(a, { type: 'rect' });
    const y = addShape(b, { type: 'rect' });
    sync();
    expect(readWhiteboard(a).map((s) => s.id)).toEqual(readWhiteboard(b).map((s) => s.id));
    const top = addShape(a, { type: 'rect' });
    expect(readWhiteboard(a).at(-1)?.id).toBe(top);
    expect([x, y]).not.toContain(top);
  });

  it('ignores a corrupt z written by another client when adding on top', () => {
    const doc = new Y.Doc();
    const s = addShape(doc, { type: 'rect' });
    getWhiteboardShapes(doc).get(s)?.set('z', 'zzzz-not-a-key');
    const next = addShape(doc, { type: 'rect' });
    expect(byId(doc, next)?.z).toMatch(/^[A-Za-z]/);
  });
});
