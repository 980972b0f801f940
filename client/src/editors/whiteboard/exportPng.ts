import type { Box } from '@weft/model';
import type { ShapeStore } from './createShapeStore.ts';
import { createRenderCaches } from './drawShape.ts';
import { renderScene } from './renderScene.ts';
import { drawVoteBadges } from './voting/voteBadgeGeometry.ts';

const MAX_SIDE = 8192;

/** Renders `ids` (or every shape) framed by `bounds` into a PNG, at most 8192 px on a side. */
export function renderPng(
  store: ShapeStore,
  bounds: Box,
  ids: ReadonlySet<string> | null,
  scale = 2,
  /** Dot-vote counts per sticky, drawn as badges on their corners. */
  voteCounts?: ReadonlyMap<string, number>,
): Promise<Blob> {
  const margin = 24;
  const w = bounds.w + margin * 2;
  const h = bounds.h + margin * 2;
  const s = Math.min(scale, MAX_SIDE / Math.max(w, 1), MAX_SIDE / Math.max(h, 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(w * s));
  canvas.height = Math.max(1, Math.ceil(h * s));
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('whiteboard: canvas 2D context unavailable'));
  renderScene(ctx, {
    store,
    camera: { x: bounds.x - margin, y: bounds.y - margin, zoom: 1 },
    width: w,
    height: h,
    dpr: s,
    caches: createRenderCaches(),
    overlay: {
      selection: new Set(),
      selectionBox: null,
      showHandles: false,
      marquee: null,
      arrowPreview: null,
      bindTarget: null,
      peers: [],
      editingId: null,
    },
    background: '#ffffff',
    grid: false,
    ...(ids ? { only: ids } : {}),
  });
  if (voteCounts && voteCounts.size > 0) {
    ctx.setTransform(s, 0, 0, s, -(bounds.x - margin) * s, -(bounds.y - margin) * s);
    drawVoteBadges(
      ctx,
      store.all().filter((shape) => !ids || ids.has(shape.id)),
      voteCounts,
    );
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('whiteboard: PNG encoding failed'))),
      'image/png',
    );
  });
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Revoke after the click has been handled so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
