import { addShape, readWhiteboard } from '@weft/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createShapeStore } from './createShapeStore.ts';
import {
  distanceToSegment,
  handleAt,
  hitTestShape,
  resizeBox,
  scaleBoxInto,
  shapesInBox,
  topShapeAt,
} from './hitTest.ts';

function board() {
  const doc = new Y.Doc();
  const bottom = addShape(doc, { type: 'rect', x: 0, y: 0, w: 200, h: 200 });
  const top = addShape(doc, { type: 'ellipse', x: 100, y: 100, w: 200, h: 100 });
  const pen = addShape(doc, { type: 'pen', points: [500, 500, 600, 500] });
  return { doc, bottom, top, pen, store: createShapeStore(doc) };
}

describe('hit testing', () => {
  it('picks the top-most shape under the point', () => {
    const { store, bottom, top } = board();
    expect(topShapeAt(store, { x: 150, y: 150 }, 2)?.id).toBe(top);
    expect(topShapeAt(store, { x: 50, y: 50 }, 2)?.id).toBe(bottom);
    // Inside the ellipse's box but outside the ellipse itself: falls through to the rect.
    expect(topShapeAt(store, { x: 105, y: 105 }, 0)?.id).toBe(bottom);
    expect(topShapeAt(store, { x: 1000, y: 1000 }, 2)).toBeUndefined();
  });

  it('hits pen strokes near the line only', () => {
    const { store, pen } = board();
    expect(topShapeAt(store, { x: 550, y: 502 }, 1)?.id).toBe(pen);
    expect(topShapeAt(store, { x: 550, y: 520 }, 1)).toBeUndefined();
  });

  it('hits rotated shapes in their own frame', () => {
    const doc = new Y.Doc();
    addShape(doc, { type: 'rect', x: 0, y: 0, w: 200, h: 20, rotation: Math.PI / 2 });
    const [shape] = readWhiteboard(doc);
    if (!shape) throw new Error('no shape');
    expect(hitTestShape(shape, { x: 100, y: 90 }, 0, () => undefined)).toBe(true);
    expect(hitTestShape(shape, { x: 10, y: 10 }, 0, () => undefined)).toBe(false);
  });

  it('selects shapes wholly inside a marquee', () => {
    const { store, bottom } = board();
    expect(shapesInBox(store, { x: -10, y: -10, w: 250, h: 250 })).toEqual([bottom]);
  });

  it('measures distance to a segment', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: -3, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
  });

  it('finds and drags resize handles', () => {
    const box = { x: 0, y: 0, w: 100, h: 50 };
    expect(handleAt(box, { x: 98, y: 52 }, 4)).toBe('se');
    expect(handleAt(box, { x: 50, y: 25 }, 4)).toBeUndefined();
    expect(resizeBox(box, 'nw', { x: -20, y: -10 })).toEqual({ x: -20, y: -10, w: 120, h: 60 });
    expect(resizeBox(box, 'se', { x: -500, y: -500 }, 8)).toEqual({ x: 0, y: 0, w: 8, h: 8 });
    expect(scaleBoxInto({ x: 50, y: 0, w: 50, h: 50 }, box, { x: 0, y: 0, w: 200, h: 100 })).toEqual({
      x: 100,
      y: 0,
      w: 100,
      h: 100,
    });
  });
});
