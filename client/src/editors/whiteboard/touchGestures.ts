import type { Point } from '@weft/model';
import { type Camera, clampZoom } from './camera.ts';

/** Two fingers on the canvas, in canvas pixels. */
export interface Pinch {
  distance: number;
  mid: Point;
}

/** A finger touching down or lifting: where (canvas pixels) and when (ms). */
export interface TouchMark {
  at: Point;
  time: number;
}

/** A finger that moved less than this (CSS px) and lifted within `TAP_MAX_MS` tapped. */
export const TAP_SLOP_PX = 10;
export const TAP_MAX_MS = 500;
/** Two taps this close in time and place are a double tap (the platform's usual figures). */
export const DOUBLE_TAP_MS = 350;
export const DOUBLE_TAP_SLOP_PX = 30;
/** Resize handles are small for a finger: a touch this near (CSS px) grabs one. */
export const TOUCH_HANDLE_PX = 18;

export function pinchOf(a: Point, b: Point): Pinch {
  return { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
}

/**
 * The camera after the fingers went from `from` to `to`: zoomed by how far they spread, and the
 * board point that was under their centre is under their new centre (zoom and pan in one move).
 */
export function pinchCamera(camera: Camera, from: Pinch, to: Pinch): Camera {
  if (from.distance <= 0 || to.distance <= 0) return camera;
  const zoom = clampZoom(camera.zoom * (to.distance / from.distance));
  const anchor = { x: camera.x + from.mid.x / camera.zoom, y: camera.y + from.mid.y / camera.zoom };
  return { x: anchor.x - to.mid.x / zoom, y: anchor.y - to.mid.y / zoom, zoom };
}

export function isTap(down: TouchMark, up: TouchMark): boolean {
  return (
    up.time - down.time <= TAP_MAX_MS && Math.hypot(up.at.x - down.at.x, up.at.y - down.at.y) <= TAP_SLOP_PX
  );
}

export function isDoubleTap(previous: TouchMark | null, tap: TouchMark): boolean {
  if (!previous) return false;
  return (
    tap.time - previous.time <= DOUBLE_TAP_MS &&
    Math.hypot(tap.at.x - previous.at.x, tap.at.y - previous.at.y) <= DOUBLE_TAP_SLOP_PX
  );
}

/**
 * What one finger does when it lands with the select tool: a handle of the selection resizes, a
 * selected shape moves, anything else pans the board (a tap on release selects). Shapes only move
 * once selected, so sweeping across a full board never drags a note by accident.
 */
export function touchIntent(target: { onHandle: boolean; hitSelected: boolean }): 'resize' | 'move' | 'pan' {
  if (target.onHandle) return 'resize';
  return target.hitSelected ? 'move' : 'pan';
}
