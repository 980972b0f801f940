import { describe, expect, it } from 'vitest';
import { edgePointTowards, pointsBounds, resolveConnector, shapeBounds } from './whiteboardGeometry.ts';
import type { ShapeSnapshot } from './whiteboardTypes.ts';

function shape(partial: Partial<ShapeSnapshot> & Pick<ShapeSnapshot, 'id' | 'type'>): ShapeSnapshot {
  return {
    x: 0,
    y: 0,
    w: 100,
    h: 100,
    rotation: 0,
    colour: '#000',
    text: '',
    points: [],
    from: null,
    to: null,
    city: '',
    createdBy: '',
    z: 'a0',
    ...partial,
  };
}

const close = (p: { x: number; y: number }, x: number, y: number) => {
  expect(p.x).toBeCloseTo(x, 6);
  expect(p.y).toBeCloseTo(y, 6);
};

describe('connector geometry', () => {
  it('puts a box end on the edge facing the target', () => {
    const box = shape({ id: 'b', type: 'rect' });
    close(edgePointTowards(box, { x: 500, y: 50 }), 100, 50);
    close(edgePointTowards(box, { x: 50, y: -300 }), 50, 0);
    close(edgePointTowards(box, { x: 150, y: 150 }), 100, 100);
  });

  it('puts an ellipse end on the ellipse, not its box', () => {
    const e = shape({ id: 'e', type: 'ellipse', w: 200, h: 100 });
    const p = edgePointTowards(e, { x: 1000, y: 1000 });
    expect(((p.x - 100) / 100) ** 2 + ((p.y - 50) / 50) ** 2).toBeCloseTo(1, 6);
  });

  it('accounts for rotation', () => {
    const r = shape({ id: 'r', type: 'rect', w: 200, h: 100, rotation: Math.PI / 2 });
    // Rotated a quarter turn the 200-wide box spans 100 horizontally around its centre (100, 50).
    close(edgePointTowards(r, { x: 1000, y: 50 }), 150, 50);
    const b = shapeBounds(r, () => undefined);
    close({ x: b.x, y: b.y }, 50, -50);
    close({ x: b.w, y: b.h }, 100, 200);
  });

  it('resolves bound, anchored, free and dangling ends', () => {
    const left = shape({ id: 'l', type: 'rect' });
    const right = shape({ id: 'r', type: 'rect', x: 300 });
    const shapes = new Map([left, right].map((s) => [s.id, s]));
    const lookup = (id: string) => shapes.get(id);
    const bound = shape({
      id: 'a',
      type: 'arrow',
      from: { x: 0, y: 0, shapeId: 'l' },
      to: { x: 0, y: 0, shapeId: 'r' },
    });
    const g = resolveConnector(bound, lookup);
    close(g.start, 100, 50);
    close(g.end, 300, 50);
    const anchored = shape({
      id: 'a2',
      type: 'arrow',
      from: { x: 0, y: 0, shapeId: 'l', anchor: { x: 0.5, y: 1 } },
      to: { x: 700, y: 80 },
    });
    const g2 = resolveConnector(anchored, lookup);
    close(g2.start, 50, 100);
    close(g2.end, 700, 80);
    const dangling = shape({
      id: 'a3',
      type: 'arrow',
      from: { x: 1, y: 2, shapeId: 'gone' },
      to: { x: 3, y: 4 },
    });
    close(resolveConnector(dangling, lookup).start, 1, 2);
    expect(shapeBounds(bound, lookup)).toEqual({ x: 100, y: 50, w: 200, h: 0 });
  });

  it('bounds point lists', () => {
    expect(pointsBounds([])).toBeNull();
    expect(pointsBounds([5, 1, -2, 7])).toEqual({ x: -2, y: 1, w: 7, h: 6 });
  });
});
