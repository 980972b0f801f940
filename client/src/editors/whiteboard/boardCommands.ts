import type { Point, ShapeSnapshot } from '@weft/model';
import {
  addShape,
  bringToFront,
  deleteShapes,
  duplicateShapes,
  insertShapes,
  moveShapes,
  parseShapeSnapshot,
  sendToBack,
  shapeBounds,
} from '@weft/model';
import { screenToBoard } from './camera.ts';
import { cityColour } from './cityColours.ts';
import type { WhiteboardController } from './createWhiteboardController.ts';
import { unionBoxes } from './culling.ts';
import { downloadBlob, renderPng } from './exportPng.ts';
import { boardToSvg } from './exportSvg.ts';
import { FONT_FAMILY } from './textLayout.ts';

const CLIPBOARD_KEY = 'weft-whiteboard';
const MAX_PASTE_SHAPES = 2000;

export function deleteSelection(c: WhiteboardController): void {
  if (c.readOnly || c.selection.size === 0) return;
  c.stopCapturing();
  deleteShapes(c.doc, [...c.selection], c.origin);
  c.select([]);
}

export function duplicateSelection(c: WhiteboardController): void {
  if (c.readOnly || c.selection.size === 0) return;
  c.stopCapturing();
  c.select(duplicateShapes(c.doc, [...c.selection], { origin: c.origin, createdBy: c.user.id }));
}

export function reorderSelection(c: WhiteboardController, where: 'front' | 'back'): void {
  if (c.readOnly || c.selection.size === 0) return;
  c.stopCapturing();
  (where === 'front' ? bringToFront : sendToBack)(c.doc, [...c.selection], c.origin);
}

export function nudgeSelection(c: WhiteboardController, dx: number, dy: number): void {
  if (c.readOnly || c.selection.size === 0) return;
  moveShapes(c.doc, [...c.selection], dx, dy, c.origin);
}

/** The selection as clipboard text (JSON other boards and tabs can paste). */
export function serialiseSelection(c: WhiteboardController): string | null {
  const shapes = [...c.selection].map((id) => c.store.get(id)).filter((s): s is ShapeSnapshot => !!s);
  return shapes.length === 0 ? null : JSON.stringify({ [CLIPBOARD_KEY]: 1, shapes });
}

function parseClipboard(text: string): ShapeSnapshot[] | null {
  if (!text.trimStart().startsWith('{')) return null;
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data[CLIPBOARD_KEY] !== 1 || !Array.isArray(data.shapes)) return null;
    return data.shapes
      .slice(0, MAX_PASTE_SHAPES)
      .map(parseShapeSnapshot)
      .filter((s): s is ShapeSnapshot => !!s);
  } catch {
    return null;
  }
}

/** The board point at the middle of the view. */
export function viewCentre(c: WhiteboardController): Point {
  return screenToBoard(c.camera, { x: c.size.width / 2, y: c.size.height / 2 });
}

/** Pastes shapes copied from a board, or plain text as a new sticky note, centred on `at`. */
export function pasteText(c: WhiteboardController, text: string, at: Point = viewCentre(c)): void {
  if (c.readOnly || text.length === 0) return;
  c.stopCapturing();
  const shapes = parseClipboard(text);
  if (shapes && shapes.length > 0) {
    const bounds = unionBoxes(shapes.map((s) => shapeBounds(s, (id) => shapes.find((x) => x.id === id))));
    const offset = bounds
      ? { x: at.x - (bounds.x + bounds.w / 2), y: at.y - (bounds.y + bounds.h / 2) }
      : { x: 24, y: 24 };
    const ids = insertShapes(c.doc, shapes, { offset, origin: c.origin, createdBy: c.user.id });
    c.select([...ids.values()]);
    return;
  }
  const id = addShape(
    c.doc,
    {
      type: 'sticky',
      x: at.x - 100,
      y: at.y - 100,
      text: text.slice(0, 5000),
      colour: cityColour(c.user.city),
      city: c.user.city,
      createdBy: c.user.id,
    },
    c.origin,
  );
  c.select([id]);
}

function exportTargets(c: WhiteboardController): { shapes: ShapeSnapshot[]; ids: Set<string> | null } {
  const all = c.store.all();
  if (c.selection.size === 0) return { shapes: [...all], ids: null };
  return { shapes: all.filter((s) => c.selection.has(s.id)), ids: new Set(c.selection) };
}

/** Downloads the selection, or the whole board when nothing is selected. */
export async function exportBoard(
  c: WhiteboardController,
  format: 'png' | 'svg',
  voteCounts?: ReadonlyMap<string, number>,
): Promise<void> {
  const { shapes, ids } = exportTargets(c);
  const bounds = unionBoxes(shapes.map((s) => shapeBounds(s, c.store.get))) ?? { x: 0, y: 0, w: 200, h: 200 };
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'png') {
    downloadBlob(await renderPng(c.store, bounds, ids, 2, voteCounts), `whiteboard-${stamp}.png`);
    return;
  }
  const ctx = document.createElement('canvas').getContext('2d');
  const measureFor = (size: number) => (text: string) => {
    if (!ctx) return text.length * size * 0.55;
    ctx.font = `${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
  const svg = boardToSvg(shapes, c.store.get, bounds, measureFor, 24, voteCounts);
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `whiteboard-${stamp}.svg`);
}

/** What the host returns for an uploaded picture: the workspace file and its pixel size. */
export interface UploadedImage {
  fileId: string;
  width?: number | undefined;
  height?: number | undefined;
}

/** Longest side of a new image shape, in board units. */
const IMAGE_SIDE = 320;

/** Uploads pictures one by one and places each as an image shape around `at`, selected. */
export async function addImages(
  c: WhiteboardController,
  files: readonly File[],
  at: Point,
  upload: (file: File) => Promise<UploadedImage>,
  onError: (file: File, error: unknown) => void,
): Promise<void> {
  if (c.readOnly) return;
  const ids: string[] = [];
  for (const [i, file] of files.entries()) {
    let uploaded: UploadedImage;
    try {
      uploaded = await upload(file);
    } catch (error) {
      onError(file, error);
      continue;
    }
    const width = uploaded.width ?? IMAGE_SIDE;
    const height = uploaded.height ?? (IMAGE_SIDE * 3) / 4;
    const scale = Math.min(1, IMAGE_SIDE / Math.max(width, height));
    const w = Math.round(width * scale);
    const h = Math.round(height * scale);
    ids.push(
      addShape(
        c.doc,
        {
          type: 'image',
          fileId: uploaded.fileId,
          x: at.x - w / 2 + i * 24,
          y: at.y - h / 2 + i * 24,
          w,
          h,
          text: file.name.replace(/\.[^.]+$/, ''),
          city: c.user.city,
          createdBy: c.user.id,
        },
        c.origin,
      ),
    );
  }
  if (ids.length > 0) c.select(ids);
}
