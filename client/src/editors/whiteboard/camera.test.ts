import { describe, expect, it } from 'vitest';
import { boardToScreen, fitBox, MAX_ZOOM, panBy, screenToBoard, visibleBox, zoomAt } from './camera.ts';

describe('camera', () => {
  it('round-trips screen and board points', () => {
    const cam = { x: 100, y: -50, zoom: 2 };
    const p = { x: 37, y: 91 };
    expect(boardToScreen(cam, screenToBoard(cam, p))).toEqual(p);
  });

  it('zooms about the cursor, keeping the board point under it fixed', () => {
    const cam = { x: 10, y: 20, zoom: 1 };
    const cursor = { x: 300, y: 200 };
    const before = screenToBoard(cam, cursor);
    const after = zoomAt(cam, cursor, 3);
    expect(after.zoom).toBe(3);
    const p = screenToBoard(after, cursor);
    expect(p.x).toBeCloseTo(before.x, 9);
    expect(p.y).toBeCloseTo(before.y, 9);
    expect(zoomAt(cam, cursor, 1000).zoom).toBe(MAX_ZOOM);
  });

  it('pans in screen pixels whatever the zoom', () => {
    expect(panBy({ x: 0, y: 0, zoom: 4 }, 40, -80)).toEqual({ x: 10, y: -20, zoom: 4 });
  });

  it('computes the visible box and fits a box into view', () => {
    expect(visibleBox({ x: 5, y: 5, zoom: 0.5 }, 800, 600)).toEqual({ x: 5, y: 5, w: 1600, h: 1200 });
    const cam = fitBox({ x: 0, y: 0, w: 10_000, h: 5_000 }, 1000, 600);
    const view = visibleBox(cam, 1000, 600);
    expect(view.x).toBeLessThanOrEqual(0);
    expect(view.x + view.w).toBeGreaterThanOrEqual(10_000);
    expect(view.y).toBeLessThanOrEqual(0);
    expect(view.y + view.h).toBeGreaterThanOrEqual(5_000);
  });
});
