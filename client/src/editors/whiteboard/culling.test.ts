import { addShape } from '@weft/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createShapeStore } from './createShapeStore.ts';
import { boxContains, boxesIntersect, boxFromPoints, unionBoxes } from './culling.ts';

describe('culling', () => {
  it('intersects, contains and unions boxes', () => {
    const a = { x: 0, y: 0, w: 10, h: 10 };
    expect(boxesIntersect(a, { x: 10, y: 10, w: 5, h: 5 })).toBe(true);
    expect(boxesIntersect(a, { x: 11, y: 0, w: 5, h: 5 })).toBe(false);
    expect(boxContains(a, { x: 2, y: 2, w: 3, h: 3 })).toBe(true);
    expect(boxContains(a, { x: 8, y: 2, w: 3, h: 3 })).toBe(false);
    expect(unionBoxes([a, { x: -5, y: 3, w: 1, h: 20 }])).toEqual({ x: -5, y: 0, w: 15, h: 23 });
    expect(unionBoxes([])).toBeNull();
    expect(boxFromPoints({ x: 5, y: 1 }, { x: 1, y: 5 })).toEqual({ x: 1, y: 1, w: 4, h: 4 });
  });

  it('queries only the shapes in view, back to front, and follows remote changes', () => {
    const doc = new Y.Doc();
    const ids: string[] = [];
    doc.transact(() => {
      for (let i = 0; i < 1000; i++)
        ids.push(addShape(doc, { type: 'sticky', x: (i % 50) * 300, y: Math.floor(i / 50) * 300 }));
    });
    const store = createShapeStore(doc);
    const inView = store.query({ x: 0, y: 0, w: 1000, h: 700 });
    // 4 columns (0, 300, 600, 900) x 3 rows (0, 300, 600) touch the view.
    expect(inView).toHaveLength(12);
    const zs = inView.map((s) => s.z);
    expect([...zs].sort()).toEqual(zs);

    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote
      .getMap<Y.Map<unknown>>('shapes')
      .get(ids[999] as string)
      ?.set('x', 100);
    remote
      .getMap<Y.Map<unknown>>('shapes')
      .get(ids[999] as string)
      ?.set('y', 100);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(store.query({ x: 0, y: 0, w: 1000, h: 700 }).map((s) => s.id)).toContain(ids[999]);
    expect(store.query({ x: 14_700, y: 5_700, w: 10, h: 10 })).toHaveLength(0);
    store.destroy();
  });

  it('re-indexes arrows when the shape they are bound to moves', () => {
    const doc = new Y.Doc();
    const a = addShape(doc, { type: 'rect', x: 0, y: 0, w: 100, h: 100 });
    const b = addShape(doc, { type: 'rect', x: 300, y: 0, w: 100, h: 100 });
    const arrow = addShape(doc, {
      type: 'arrow',
      from: { x: 0, y: 0, shapeId: a },
      to: { x: 0, y: 0, shapeId: b },
    });
    const store = createShapeStore(doc);
    expect(store.query({ x: 5000, y: 5000, w: 10, h: 10 })).toHaveLength(0);
    doc.getMap<Y.Map<unknown>>('shapes').get(b)?.set('x', 5000);
    doc.getMap<Y.Map<unknown>>('shapes').get(b)?.set('y', 5000);
    expect(store.query({ x: 2500, y: 2500, w: 10, h: 10 }).map((s) => s.id)).toEqual([arrow]);
    store.destroy();
  });
});
