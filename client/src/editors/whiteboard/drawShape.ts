import type { Point, ShapeLookup, ShapeSnapshot } from '@weft/model';
import { resolveConnector } from '@weft/model';
import { PEN_SIZE } from './hitTest.ts';
import { outlineToSvgPath, penOutline } from './penPath.ts';
import { FONT_FAMILY, fontSizeFor, wrapText } from './textLayout.ts';

/** Per-editor caches keyed by snapshot objects, so any change to a shape invalidates its entries. */
export interface RenderCaches {
  lines: WeakMap<ShapeSnapshot, string[]>;
  pens: WeakMap<readonly number[], Path2D>;
  /** Image files by URL, loading or loaded; `onImageLoad` redraws once one arrives. */
  images: Map<string, HTMLImageElement>;
  onImageLoad: () => void;
}

export function createRenderCaches(onImageLoad: () => void = () => {}): RenderCaches {
  return { lines: new WeakMap(), pens: new WeakMap(), images: new Map(), onImageLoad };
}

/** Below this on-screen width the image's small preview is sharp enough. */
const THUMB_PIXELS = 480;

function imageFor(dc: DrawContext, shape: ShapeSnapshot): HTMLImageElement | null {
  if (!shape.fileId || typeof Image === 'undefined') return null;
  const thumb = shape.w * dc.zoom * (globalThis.devicePixelRatio || 1) <= THUMB_PIXELS;
  const url = `/api/files/${encodeURIComponent(shape.fileId)}${thumb ? '?thumb=1' : ''}`;
  let img = dc.caches.images.get(url);
  if (!img) {
    img = new Image();
    img.decoding = 'async';
    img.onload = () => dc.caches.onImageLoad();
    img.src = url;
    dc.caches.images.set(url, img);
  }
  if (img.complete && img.naturalWidth > 0) return img;
  // While the sharp version loads, the preview (if it is there) stands in.
  const preview = dc.caches.images.get(`${url.split('?')[0]}?thumb=1`);
  return preview?.complete && preview.naturalWidth > 0 ? preview : null;
}

export interface DrawContext {
  ctx: CanvasRenderingContext2D;
  zoom: number;
  lookup: ShapeLookup;
  caches: RenderCaches;
  /** The shape whose text an overlaid textarea is showing, so it is not drawn twice. */
  hideTextOf: string | null;
  /** Last font set on the context; setting a font is costly, so it is set only when it changes. */
  font: string;
}

const INK = '#1f2933';
const PADDING = 14;

function setFont(dc: DrawContext, size: number) {
  const font = `${size}px ${FONT_FAMILY}`;
  if (dc.font !== font) {
    dc.ctx.font = font;
    dc.font = font;
  }
}

export function drawArrowHead(ctx: CanvasRenderingContext2D, from: Point, to: Point, size: number) {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  ctx.beginPath();
  ctx.moveTo(to.x, to.y);
  ctx.lineTo(to.x - size * Math.cos(angle - 0.45), to.y - size * Math.sin(angle - 0.45));
  ctx.lineTo(to.x - size * Math.cos(angle + 0.45), to.y - size * Math.sin(angle + 0.45));
  ctx.closePath();
  ctx.fill();
}

function drawText(dc: DrawContext, shape: ShapeSnapshot, colour: string) {
  if (!shape.text || dc.hideTextOf === shape.id) return;
  const size = fontSizeFor(shape.type);
  const screenSize = size * dc.zoom;
  const { ctx } = dc;
  // Text inside an ellipse wraps to the box inscribed in it (about 70% of its width).
  const innerW = Math.max(1, (shape.type === 'ellipse' ? shape.w * 0.7 : shape.w) - PADDING * 2);
  if (screenSize < 5) {
    // Too small to read: grey bars hint at the amount of text without measuring any.
    if (screenSize < 3) return;
    const perLine = Math.max(1, Math.floor(innerW / (size * 0.5)));
    const lineCount = Math.min(
      Math.ceil(shape.text.length / perLine),
      Math.floor((shape.h - PADDING) / (size * 1.3)),
    );
    ctx.fillStyle = 'rgba(31,41,51,0.25)';
    for (let i = 0; i < lineCount; i++) {
      ctx.fillRect(shape.x + PADDING, shape.y + PADDING + i * size * 1.3, innerW, size * 0.6);
    }
    return;
  }
  setFont(dc, size);
  let lines = dc.caches.lines.get(shape);
  if (!lines) {
    lines = wrapText(shape.text, innerW, (t) => ctx.measureText(t).width);
    dc.caches.lines.set(shape, lines);
  }
  const lineHeight = size * 1.3;
  const maxLines = Math.max(1, Math.floor((shape.h - PADDING) / lineHeight));
  const shown = lines.length > maxLines && shape.type !== 'text' ? lines.slice(0, maxLines) : lines;
  ctx.fillStyle = colour;
  ctx.textBaseline = 'top';
  const centred = shape.type === 'rect' || shape.type === 'ellipse';
  ctx.textAlign = centred ? 'center' : 'left';
  const x = centred ? shape.x + shape.w / 2 : shape.x + (shape.type === 'text' ? 0 : PADDING);
  const top = centred
    ? shape.y + (shape.h - shown.length * lineHeight) / 2
    : shape.y + (shape.type === 'text' ? 0 : PADDING);
  for (let i = 0; i < shown.length; i++) ctx.fillText(shown[i] as string, x, top + i * lineHeight);
}

function penPath(dc: DrawContext, shape: ShapeSnapshot): Path2D {
  let path = dc.caches.pens.get(shape.points);
  if (!path) {
    path = new Path2D(outlineToSvgPath(penOutline(shape.points)));
    dc.caches.pens.set(shape.points, path);
  }
  return path;
}

/** A pen stroke as a plain polyline with points at least ~3 screen pixels apart. */
function strokeSimplified(ctx: CanvasRenderingContext2D, shape: ShapeSnapshot, zoom: number) {
  const pts = shape.points;
  const minGap = 3 / zoom;
  ctx.strokeStyle = shape.colour;
  ctx.lineWidth = PEN_SIZE;
  ctx.beginPath();
  let lx = pts[0] as number;
  let ly = pts[1] as number;
  ctx.moveTo(shape.x + lx, shape.y + ly);
  for (let i = 2; i + 1 < pts.length; i += 2) {
    const x = pts[i] as number;
    const y = pts[i + 1] as number;
    if (Math.abs(x - lx) + Math.abs(y - ly) < minGap && i + 2 < pts.length) continue;
    ctx.lineTo(shape.x + x, shape.y + y);
    lx = x;
    ly = y;
  }
  ctx.stroke();
}

/** Draws one shape in board coordinates (the context already carries the camera transform). */
export function drawShape(dc: DrawContext, shape: ShapeSnapshot): void {
  const { ctx } = dc;
  if (shape.type === 'arrow') {
    const { start, end } = resolveConnector(shape, dc.lookup);
    ctx.strokeStyle = shape.colour;
    ctx.fillStyle = shape.colour;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(start.x, start.y);
    ctx.lineTo(end.x, end.y);
    ctx.stroke();
    drawArrowHead(ctx, start, end, 14);
    return;
  }
  const rotated = shape.rotation !== 0;
  if (rotated) {
    ctx.save();
    const cx = shape.x + shape.w / 2;
    const cy = shape.y + shape.h / 2;
    ctx.translate(cx, cy);
    ctx.rotate(shape.rotation);
    ctx.translate(-cx, -cy);
  }
  const tiny = shape.w * dc.zoom < 3 && shape.h * dc.zoom < 3;
  // Far out, detail nobody can see costs software rasterisation dearly: draw simpler stand-ins.
  const far = Math.max(shape.w, shape.h) * dc.zoom < 24;
  switch (shape.type) {
    case 'sticky':
      if (!tiny && dc.zoom > 0.25) {
        ctx.fillStyle = 'rgba(0,0,0,0.12)';
        ctx.fillRect(shape.x + 3, shape.y + 4, shape.w, shape.h);
      }
      ctx.fillStyle = shape.colour;
      ctx.fillRect(shape.x, shape.y, shape.w, shape.h);
      if (!tiny) drawText(dc, shape, INK);
      break;
    case 'rect':
      if (!far) {
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(shape.x, shape.y, shape.w, shape.h);
      }
      ctx.strokeStyle = shape.colour;
      ctx.lineWidth = 2;
      ctx.strokeRect(shape.x, shape.y, shape.w, shape.h);
      if (!tiny) drawText(dc, shape, INK);
      break;
    case 'ellipse':
      ctx.beginPath();
      ctx.ellipse(shape.x + shape.w / 2, shape.y + shape.h / 2, shape.w / 2, shape.h / 2, 0, 0, Math.PI * 2);
      if (!far) {
        ctx.fillStyle = '#ffffff';
        ctx.fill();
      }
      ctx.strokeStyle = shape.colour;
      ctx.lineWidth = 2;
      ctx.stroke();
      if (!tiny) drawText(dc, shape, INK);
      break;
    case 'text':
      drawText(dc, shape, shape.colour);
      break;
    case 'image': {
      const img = far ? null : imageFor(dc, shape);
      if (img) {
        ctx.drawImage(img, shape.x, shape.y, shape.w, shape.h);
      } else {
        ctx.fillStyle = '#e4e7eb';
        ctx.fillRect(shape.x, shape.y, shape.w, shape.h);
      }
      break;
    }
    case 'pen':
      ctx.fillStyle = shape.colour;
      if (tiny) {
        ctx.fillRect(shape.x, shape.y, Math.max(shape.w, 1), Math.max(shape.h, 1));
      } else if (far) {
        strokeSimplified(ctx, shape, dc.zoom);
      } else {
        ctx.translate(shape.x, shape.y);
        ctx.fill(penPath(dc, shape));
        ctx.translate(-shape.x, -shape.y);
      }
      break;
  }
  if (rotated) ctx.restore();
}
