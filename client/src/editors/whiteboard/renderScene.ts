import type { Box, Point } from '@weft/model';
import type { Camera } from './camera.ts';
import { boardToScreen, visibleBox } from './camera.ts';
import type { ShapeStore } from './createShapeStore.ts';
import type { RenderCaches } from './drawShape.ts';
import { drawArrowHead, drawShape } from './drawShape.ts';
import { handlePoints } from './hitTest.ts';

export interface RemotePeer {
  clientId: number;
  name: string;
  colour: string;
  cursor: Point | null;
  selection: readonly string[];
}

export interface SceneOverlay {
  selection: ReadonlySet<string>;
  /** Bounds of the local selection, with resize handles when `showHandles`. */
  selectionBox: Box | null;
  showHandles: boolean;
  marquee: Box | null;
  arrowPreview: { start: Point; end: Point; colour: string } | null;
  /** Shape an arrow being drawn would bind to. */
  bindTarget: string | null;
  peers: readonly RemotePeer[];
  editingId: string | null;
}

export interface SceneInput {
  store: ShapeStore;
  camera: Camera;
  width: number;
  height: number;
  dpr: number;
  caches: RenderCaches;
  overlay: SceneOverlay;
  background?: string;
  grid?: boolean;
  /** Draw only these shapes (exporting a selection). */
  only?: ReadonlySet<string>;
}

const SELECT = '#2563eb';

function drawGrid(ctx: CanvasRenderingContext2D, camera: Camera, width: number, height: number) {
  let step = 50;
  while (step * camera.zoom < 24) step *= 4;
  const startX = Math.floor(camera.x / step) * step;
  const startY = Math.floor(camera.y / step) * step;
  ctx.fillStyle = '#d5dbe1';
  const view = visibleBox(camera, width, height);
  const r = 1.2 / camera.zoom;
  for (let x = startX; x <= view.x + view.w; x += step) {
    for (let y = startY; y <= view.y + view.h; y += step) ctx.fillRect(x - r, y - r, r * 2, r * 2);
  }
}

function outline(ctx: CanvasRenderingContext2D, box: Box, colour: string, zoom: number) {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.5 / zoom;
  ctx.strokeRect(box.x, box.y, box.w, box.h);
}

/** Draws the visible part of the board; returns how many shapes were drawn. */
export function renderScene(ctx: CanvasRenderingContext2D, input: SceneInput): number {
  const { store, camera, width, height, dpr, overlay } = input;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = input.background ?? '#f7f8fa';
  ctx.fillRect(0, 0, width, height);
  const z = camera.zoom;
  ctx.setTransform(dpr * z, 0, 0, dpr * z, -camera.x * z * dpr, -camera.y * z * dpr);
  if (input.grid !== false) drawGrid(ctx, camera, width, height);

  const inView = store.query(visibleBox(camera, width, height));
  const only = input.only;
  const visible = only ? inView.filter((s) => only.has(s.id)) : inView;
  const dc = {
    ctx,
    zoom: z,
    lookup: store.get,
    caches: input.caches,
    hideTextOf: overlay.editingId,
    font: '',
  };
  for (const shape of visible) drawShape(dc, shape);

  for (const peer of overlay.peers) {
    for (const id of peer.selection) {
      const b = store.bounds(id);
      if (b) outline(ctx, b, peer.colour, z);
    }
  }
  for (const id of overlay.selection) {
    const b = store.bounds(id);
    if (b && overlay.selection.size > 1) outline(ctx, b, 'rgba(37,99,235,0.5)', z);
  }
  if (overlay.bindTarget) {
    const b = store.bounds(overlay.bindTarget);
    if (b) outline(ctx, b, '#16a34a', z);
  }
  if (overlay.arrowPreview) {
    const { start, end, colour } = overlay.arrowPreview;
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(start.x, start.y);
    ctx.lineTo(end.x, end.y);
    ctx.stroke();
    drawArrowHead(ctx, start, end, 14);
  }
  if (overlay.selectionBox) {
    outline(ctx, overlay.selectionBox, SELECT, z);
    if (overlay.showHandles) {
      const size = 9 / z;
      ctx.fillStyle = '#ffffff';
      ctx.strokeStyle = SELECT;
      for (const p of Object.values(handlePoints(overlay.selectionBox))) {
        ctx.fillRect(p.x - size / 2, p.y - size / 2, size, size);
        ctx.strokeRect(p.x - size / 2, p.y - size / 2, size, size);
      }
    }
  }
  if (overlay.marquee) {
    ctx.fillStyle = 'rgba(37,99,235,0.08)';
    ctx.fillRect(overlay.marquee.x, overlay.marquee.y, overlay.marquee.w, overlay.marquee.h);
    outline(ctx, overlay.marquee, SELECT, z);
  }

  // Cursors and names keep their screen size whatever the zoom.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const peer of overlay.peers) {
    if (!peer.cursor) continue;
    const p = boardToScreen(camera, peer.cursor);
    if (p.x < -20 || p.y < -20 || p.x > width + 20 || p.y > height + 20) continue;
    ctx.fillStyle = peer.colour;
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(p.x + 4, p.y + 15);
    ctx.lineTo(p.x + 7, p.y + 9);
    ctx.lineTo(p.x + 14, p.y + 8);
    ctx.closePath();
    ctx.fill();
    const labelW = ctx.measureText(peer.name).width + 10;
    ctx.fillRect(p.x + 10, p.y + 14, labelW, 18);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(peer.name, p.x + 15, p.y + 23);
  }
  return visible.length;
}
