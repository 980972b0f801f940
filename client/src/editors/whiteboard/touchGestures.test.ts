import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, screenToBoard } from './camera.ts';
import { isDoubleTap, isTap, pinchCamera, pinchOf, touchIntent } from './touchGestures.ts';

describe('pinchCamera', () => {
  const camera = { x: 100, y: 40, zoom: 1 };

  it('zooms by how far the fingers spread, around their centre', () => {
    const from = pinchOf({ x: 150, y: 300 }, { x: 250, y: 300 });
    const to = pinchOf({ x: 100, y: 300 }, { x: 300, y: 300 });
    const next = pinchCamera(camera, from, to);
    expect(next.zoom).toBeCloseTo(2, 9);
    const before = screenToBoard(camera, from.mid);
    const after = screenToBoard(next, to.mid);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('pans with the fingers while zooming: the board point under the old centre follows to the new one', () => {
    const zoomed = { x: -20, y: 300, zoom: 0.5 };
    const from = pinchOf({ x: 100, y: 100 }, { x: 200, y: 200 });
    const to = pinchOf({ x: 160, y: 260 }, { x: 340, y: 440 });
    const next = pinchCamera(zoomed, from, to);
    expect(next.zoom).toBeCloseTo(0.9, 9);
    const before = screenToBoard(zoomed, from.mid);
    const after = screenToBoard(next, to.mid);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('pans without zooming when the fingers keep their distance', () => {
    const from = pinchOf({ x: 0, y: 0 }, { x: 100, y: 0 });
    const to = pinchOf({ x: 30, y: 50 }, { x: 130, y: 50 });
    expect(pinchCamera(camera, from, to)).toEqual({ x: 70, y: -10, zoom: 1 });
  });

  it('keeps the zoom within bounds and ignores fingers on one spot', () => {
    const from = pinchOf({ x: 199, y: 0 }, { x: 201, y: 0 });
    const to = pinchOf({ x: 0, y: 0 }, { x: 400, y: 0 });
    expect(pinchCamera(camera, from, to).zoom).toBe(MAX_ZOOM);
    const same = pinchOf({ x: 5, y: 5 }, { x: 5, y: 5 });
    expect(pinchCamera(camera, same, to)).toBe(camera);
  });
});

describe('taps', () => {
  const down = { at: { x: 100, y: 100 }, time: 1000 };

  it('is a tap when the finger stays put and lifts soon', () => {
    expect(isTap(down, { at: { x: 106, y: 104 }, time: 1200 })).toBe(true);
    expect(isTap(down, { at: { x: 130, y: 100 }, time: 1200 })).toBe(false);
    expect(isTap(down, { at: { x: 100, y: 100 }, time: 1800 })).toBe(false);
  });

  it('is a double tap when a second tap comes soon and near the first', () => {
    expect(isDoubleTap(null, down)).toBe(false);
    expect(isDoubleTap(down, { at: { x: 115, y: 110 }, time: 1300 })).toBe(true);
    expect(isDoubleTap(down, { at: { x: 115, y: 110 }, time: 1500 })).toBe(false);
    expect(isDoubleTap(down, { at: { x: 200, y: 100 }, time: 1100 })).toBe(false);
  });
});

describe('touchIntent', () => {
  it('resizes from a handle, moves a selected shape and pans everywhere else', () => {
    expect(touchIntent({ onHandle: true, hitSelected: false })).toBe('resize');
    expect(touchIntent({ onHandle: false, hitSelected: true })).toBe('move');
    expect(touchIntent({ onHandle: false, hitSelected: false })).toBe('pan');
  });
});
