import type { Box, Point } from '@weft/model';

/** `x`/`y` is the board point at the canvas' top-left corner; screen = (board - x/y) * zoom. */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 8;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function screenToBoard(camera: Camera, p: Point): Point {
  return { x: camera.x + p.x / camera.zoom, y: camera.y + p.y / camera.zoom };
}

export function boardToScreen(camera: Camera, p: Point): Point {
  return { x: (p.x - camera.x) * camera.zoom, y: (p.y - camera.y) * camera.zoom };
}

/** Zooms keeping the board point under `screenPoint` fixed (cursor-centred wheel and pinch zoom). */
export function zoomAt(camera: Camera, screenPoint: Point, nextZoom: number): Camera {
  const zoom = clampZoom(nextZoom);
  const anchor = screenToBoard(camera, screenPoint);
  return { x: anchor.x - screenPoint.x / zoom, y: anchor.y - screenPoint.y / zoom, zoom };
}

/** Pans by a distance in screen pixels. */
export function panBy(camera: Camera, dxScreen: number, dyScreen: number): Camera {
  return { x: camera.x + dxScreen / camera.zoom, y: camera.y + dyScreen / camera.zoom, zoom: camera.zoom };
}

/** The part of the board a canvas of `width` x `height` CSS pixels shows. */
export function visibleBox(camera: Camera, width: number, height: number): Box {
  return { x: camera.x, y: camera.y, w: width / camera.zoom, h: height / camera.zoom };
}

/** A camera that shows `box` centred in the canvas with a margin, never zooming past 1. */
export function fitBox(box: Box, width: number, height: number, margin = 48): Camera {
  const zoom = clampZoom(
    Math.min(1, (width - margin * 2) / Math.max(box.w, 1), (height - margin * 2) / Math.max(box.h, 1)),
  );
  return { x: box.x + box.w / 2 - width / 2 / zoom, y: box.y + box.h / 2 - height / 2 / zoom, zoom };
}
