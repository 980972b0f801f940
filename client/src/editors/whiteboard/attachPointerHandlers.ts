import type { Box, ConnectorEnd, Point } from '@weft/model';
import { addShape, edgePointTowards, moveShapes, resizeShape, setPenPoints, shapeCenter } from '@weft/model';
import { panBy, screenToBoard, zoomAt } from './camera.ts';
import { cityColour } from './cityColours.ts';
import type { WhiteboardController } from './createWhiteboardController.ts';
import { boxFromPoints } from './culling.ts';
import type { ResizeHandle } from './hitTest.ts';
import { handleAt, resizeBox, scaleBoxInto, shapesInBox, topShapeAt } from './hitTest.ts';
import {
  isDoubleTap,
  isTap,
  type Pinch,
  pinchCamera,
  pinchOf,
  TOUCH_HANDLE_PX,
  type TouchMark,
  touchIntent,
} from './touchGestures.ts';

type Mode =
  | { kind: 'idle' }
  | { kind: 'pan'; last: Point }
  /** A finger on the board: pans while it moves; a tap on release selects `hit`. */
  | { kind: 'touchPan'; last: Point; hit: string | null }
  | { kind: 'pinch' }
  | { kind: 'move'; last: Point; moved: boolean }
  | { kind: 'resize'; handle: ResizeHandle; start: Box; boxes: Map<string, Box> }
  | { kind: 'marquee'; start: Point; base: string[] }
  | { kind: 'create'; type: 'rect' | 'ellipse'; start: Point; id: string | null }
  | { kind: 'arrow'; start: Point; from: string | null }
  | { kind: 'pen'; id: string; points: number[]; pending: boolean }
  | { kind: 'placed'; id: string };

const TEXT_TYPES = new Set(['sticky', 'rect', 'ellipse', 'text']);

export interface PointerCallbacks {
  onEdit(id: string): void;
  onContextMenu(x: number, y: number, shapeId: string): void;
}

/** Wires pointer, wheel and pinch input on the canvas to the board; returns a cleanup function. */
export function attachPointerHandlers(
  canvas: HTMLCanvasElement,
  c: WhiteboardController,
  callbacks: PointerCallbacks,
  isSpaceHeld: () => boolean,
): () => void {
  let mode: Mode = { kind: 'idle' };
  const pointers = new Map<number, Point>();
  let pinch: Pinch | null = null;
  let penFrame = 0;
  // Where and when the one finger on the board landed (null once it is more than a tap).
  let touchDown: TouchMark | null = null;
  let lastTap: (TouchMark & { id: string | null }) | null = null;
  // A double tap edits through the tap logic; the dblclick the browser may add must not repeat it.
  let lastPointerType = 'mouse';

  const local = (e: { clientX: number; clientY: number }): Point => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const board = (e: { clientX: number; clientY: number }) => screenToBoard(c.camera, local(e));
  const tolerance = () => 6 / c.camera.zoom;
  const bindable = (p: Point, not?: string | null) =>
    topShapeAt(c.store, p, tolerance(), (s) => s.type !== 'arrow' && s.type !== 'pen' && s.id !== not);

  /** Arrow end at `p`: bound to the shape under it (if any), its last position kept as fallback. */
  function endAt(p: Point, target: string | null, other: Point): ConnectorEnd {
    const shape = target ? c.store.get(target) : undefined;
    if (!shape) return { x: p.x, y: p.y };
    const edge = edgePointTowards(shape, other);
    return { x: edge.x, y: edge.y, shapeId: shape.id };
  }

  function pinchState(): Pinch | null {
    const [a, b] = [...pointers.values()];
    return a && b ? pinchOf(a, b) : null;
  }

  /** Double-click and double-tap: edit a shape's text, or add a sticky on empty board. */
  function editAt(p: Point, hit: ReturnType<typeof topShapeAt>) {
    if (c.readOnly) return;
    if (hit && TEXT_TYPES.has(hit.type)) {
      c.select([hit.id]);
      callbacks.onEdit(hit.id);
    } else if (!hit) {
      const id = addShape(
        c.doc,
        {
          type: 'sticky',
          x: p.x - 100,
          y: p.y - 100,
          colour: cityColour(c.user.city),
          createdBy: c.user.id,
          city: c.user.city,
        },
        c.origin,
      );
      c.select([id]);
      callbacks.onEdit(id);
    }
  }

  /** A finger tapped: select what is under it (or nothing); a second tap there edits it. */
  function tap(e: PointerEvent, hitId: string | null) {
    const mark = { at: local(e), time: e.timeStamp };
    if (!touchDown || !isTap(touchDown, mark)) return;
    const double = lastTap !== null && lastTap.id === hitId && isDoubleTap(lastTap, mark);
    lastTap = double ? null : { ...mark, id: hitId };
    if (double) editAt(board(e), hitId ? c.store.get(hitId) : undefined);
    else c.select(hitId ? [hitId] : []);
  }

  function commitPen() {
    penFrame = 0;
    if (mode.kind !== 'pen' || !mode.pending) return;
    mode.pending = false;
    setPenPoints(c.doc, mode.id, mode.points, c.origin);
  }

  function down(e: PointerEvent) {
    canvas.focus({ preventScroll: true });
    if (c.getUi().contextMenu) c.setUi({ contextMenu: null });
    if (e.button === 2) return;
    canvas.setPointerCapture(e.pointerId);
    // A primary pointer is the first finger down: any other still listed lost its pointerup.
    if (e.isPrimary) pointers.clear();
    pointers.set(e.pointerId, local(e));
    lastPointerType = e.pointerType;
    const touch = e.pointerType === 'touch';
    touchDown = touch && pointers.size === 1 ? { at: local(e), time: e.timeStamp } : null;
    if (pointers.size === 2) {
      mode = { kind: 'pinch' };
      pinch = pinchState();
      c.setTransient({ marquee: null, arrowPreview: null, bindTarget: null });
      return;
    }
    if (pointers.size > 2) return;
    const p = board(e);
    if (e.button === 1 || isSpaceHeld()) {
      mode = { kind: 'pan', last: local(e) };
      return;
    }
    const tool = c.getUi().tool;
    c.stopCapturing();
    if (tool === 'select' || c.readOnly) {
      const bounds = c.selectionBounds();
      const handleRadius = (touch ? TOUCH_HANDLE_PX : 8) / c.camera.zoom;
      const handle = !c.readOnly && bounds ? handleAt(bounds, p, handleRadius) : undefined;
      if (bounds && handle) {
        const boxes = new Map<string, Box>();
        for (const id of c.selection) {
          const s = c.store.get(id);
          if (s && s.type !== 'arrow') boxes.set(id, { x: s.x, y: s.y, w: s.w, h: s.h });
        }
        mode = { kind: 'resize', handle, start: bounds, boxes };
        return;
      }
      const hit = topShapeAt(c.store, p, tolerance());
      if (touch) {
        const hitSelected = !c.readOnly && !!hit && c.selection.has(hit.id);
        if (touchIntent({ onHandle: false, hitSelected }) === 'move')
          mode = { kind: 'move', last: p, moved: false };
        else mode = { kind: 'touchPan', last: local(e), hit: hit?.id ?? null };
        return;
      }
      if (hit) {
        if (e.shiftKey) {
          const next = new Set(c.selection);
          if (next.has(hit.id)) next.delete(hit.id);
          else next.add(hit.id);
          c.select([...next]);
          return;
        }
        if (!c.selection.has(hit.id)) c.select([hit.id]);
        mode = { kind: 'move', last: p, moved: false };
        return;
      }
      mode = { kind: 'marquee', start: p, base: e.shiftKey ? [...c.selection] : [] };
      if (!e.shiftKey) c.select([]);
      return;
    }
    const common = { createdBy: c.user.id, city: c.user.city };
    if (tool === 'sticky' || tool === 'text') {
      const isSticky = tool === 'sticky';
      const id = addShape(
        c.doc,
        {
          type: tool,
          x: p.x - (isSticky ? 100 : 8),
          y: p.y - (isSticky ? 100 : 24),
          colour: isSticky ? cityColour(c.user.city) : c.getUi().colour,
          ...common,
        },
        c.origin,
      );
      c.select([id]);
      c.setTool('select');
      // Edit on release: the browser focuses the canvas after pointerdown, which would blur (and
      // close) a text editor opened now.
      mode = { kind: 'placed', id };
      return;
    }
    if (tool === 'rect' || tool === 'ellipse') {
      mode = { kind: 'create', type: tool, start: p, id: null };
      return;
    }
    if (tool === 'arrow') {
      mode = { kind: 'arrow', start: p, from: bindable(p)?.id ?? null };
      return;
    }
    if (tool === 'pen') {
      const id = addShape(
        c.doc,
        { type: 'pen', points: [p.x, p.y], colour: c.getUi().colour, ...common },
        c.origin,
      );
      mode = { kind: 'pen', id, points: [p.x, p.y], pending: false };
    }
  }

  function move(e: PointerEvent) {
    const p = board(e);
    c.setCursor(p);
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, local(e));
    if (mode.kind === 'pinch') {
      const next = pinchState();
      if (pinch && next) c.setCamera(pinchCamera(c.camera, pinch, next));
      pinch = next;
      return;
    }
    switch (mode.kind) {
      case 'pan':
      case 'touchPan': {
        const s = local(e);
        c.setCamera(panBy(c.camera, mode.last.x - s.x, mode.last.y - s.y));
        mode.last = s;
        break;
      }
      case 'move': {
        if (c.readOnly) break;
        const dx = p.x - mode.last.x;
        const dy = p.y - mode.last.y;
        if (!mode.moved && Math.hypot(dx, dy) * c.camera.zoom < 3) break;
        mode.moved = true;
        moveShapes(c.doc, [...c.selection], dx, dy, c.origin);
        mode.last = p;
        break;
      }
      case 'resize': {
        const next = resizeBox(mode.start, mode.handle, p);
        const { start, boxes } = mode;
        c.transact(() => {
          for (const [id, box] of boxes) resizeShape(c.doc, id, scaleBoxInto(box, start, next), c.origin);
        });
        break;
      }
      case 'marquee': {
        const box = boxFromPoints(mode.start, p);
        c.setTransient({ marquee: box });
        c.select([...new Set([...mode.base, ...shapesInBox(c.store, box)])]);
        break;
      }
      case 'create': {
        const box = boxFromPoints(mode.start, p);
        if (mode.id === null) {
          if (Math.max(box.w, box.h) * c.camera.zoom < 4) break;
          mode.id = addShape(
            c.doc,
            { type: mode.type, ...box, colour: c.getUi().colour, createdBy: c.user.id, city: c.user.city },
            c.origin,
          );
          c.select([mode.id]);
        } else {
          resizeShape(c.doc, mode.id, box, c.origin);
        }
        break;
      }
      case 'arrow': {
        const target = bindable(p, mode.from)?.id ?? null;
        const from = mode.from ? c.store.get(mode.from) : undefined;
        const targetShape = target ? c.store.get(target) : undefined;
        const endRef = targetShape ? shapeCenter(targetShape) : p;
        const start = from ? edgePointTowards(from, endRef) : mode.start;
        const end = targetShape ? edgePointTowards(targetShape, from ? shapeCenter(from) : mode.start) : p;
        c.setTransient({ arrowPreview: { start, end, colour: c.getUi().colour }, bindTarget: target });
        break;
      }
      case 'pen': {
        const last = mode.points.length;
        const lx = mode.points[last - 2] as number;
        const ly = mode.points[last - 1] as number;
        if (Math.hypot(p.x - lx, p.y - ly) * c.camera.zoom < 1.5 || mode.points.length > 8000) break;
        mode.points.push(p.x, p.y);
        mode.pending = true;
        // One document update per frame however fast the pointer reports, so peers are not flooded.
        if (penFrame === 0) penFrame = requestAnimationFrame(commitPen);
        break;
      }
      default:
        break;
    }
  }

  function up(e: PointerEvent) {
    if (!pointers.delete(e.pointerId)) return;
    if (mode.kind === 'pinch') {
      if (pointers.size === 0) mode = { kind: 'idle' };
      return;
    }
    const p = board(e);
    if (e.pointerType === 'touch' && mode.kind === 'touchPan') tap(e, mode.hit);
    if (e.pointerType === 'touch' && mode.kind === 'move' && !mode.moved)
      tap(e, topShapeAt(c.store, p, tolerance())?.id ?? null);
    touchDown = null;
    if (mode.kind === 'create' && mode.id === null) {
      const id = addShape(
        c.doc,
        {
          type: mode.type,
          x: p.x - 80,
          y: p.y - 50,
          colour: c.getUi().colour,
          createdBy: c.user.id,
          city: c.user.city,
        },
        c.origin,
      );
      c.select([id]);
    }
    if (mode.kind === 'arrow') {
      const target = bindable(p, mode.from)?.id ?? null;
      const long = Math.hypot(p.x - mode.start.x, p.y - mode.start.y) * c.camera.zoom > 8;
      if (long || (target && target !== mode.from)) {
        const fromShape = mode.from ? c.store.get(mode.from) : undefined;
        const toShape = target ? c.store.get(target) : undefined;
        const fromEnd = endAt(mode.start, mode.from, toShape ? shapeCenter(toShape) : p);
        const toEnd = endAt(p, target, fromShape ? shapeCenter(fromShape) : mode.start);
        const id = addShape(
          c.doc,
          {
            type: 'arrow',
            from: fromEnd,
            to: toEnd,
            colour: c.getUi().colour,
            createdBy: c.user.id,
            city: c.user.city,
          },
          c.origin,
        );
        c.select([id]);
      }
      c.setTransient({ arrowPreview: null, bindTarget: null });
    }
    if (mode.kind === 'pen') {
      if (penFrame !== 0) cancelAnimationFrame(penFrame);
      mode.pending = true;
      commitPen();
    }
    if (mode.kind === 'marquee') c.setTransient({ marquee: null });
    if (mode.kind === 'placed') callbacks.onEdit(mode.id);
    mode = { kind: 'idle' };
    c.stopCapturing();
  }

  function wheel(e: WheelEvent) {
    e.preventDefault();
    const s = local(e);
    // Line-mode wheels (Firefox mice) report lines, not pixels.
    const unit = e.deltaMode === 1 ? 16 : 1;
    if (e.ctrlKey || e.metaKey) {
      c.setCamera(zoomAt(c.camera, s, c.camera.zoom * Math.exp((-e.deltaY * unit) / 300)));
    } else {
      const dx = e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX;
      const dy = e.shiftKey && e.deltaX === 0 ? 0 : e.deltaY;
      c.setCamera(panBy(c.camera, dx * unit, dy * unit));
    }
  }

  function dblclick(e: MouseEvent) {
    if (lastPointerType === 'touch') return;
    const p = board(e);
    editAt(p, topShapeAt(c.store, p, tolerance()));
  }

  function contextmenu(e: MouseEvent) {
    e.preventDefault();
    const hit = topShapeAt(c.store, board(e), tolerance());
    if (!hit) return;
    if (!c.selection.has(hit.id)) c.select([hit.id]);
    const s = local(e);
    callbacks.onContextMenu(s.x, s.y, hit.id);
  }

  function leave() {
    c.setCursor(null, true);
  }

  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  canvas.addEventListener('pointerleave', leave);
  canvas.addEventListener('wheel', wheel, { passive: false });
  canvas.addEventListener('dblclick', dblclick);
  canvas.addEventListener('contextmenu', contextmenu);
  return () => {
    if (penFrame !== 0) cancelAnimationFrame(penFrame);
    canvas.removeEventListener('pointerdown', down);
    canvas.removeEventListener('pointermove', move);
    canvas.removeEventListener('pointerup', up);
    canvas.removeEventListener('pointercancel', up);
    canvas.removeEventListener('pointerleave', leave);
    canvas.removeEventListener('wheel', wheel);
    canvas.removeEventListener('dblclick', dblclick);
    canvas.removeEventListener('contextmenu', contextmenu);
  };
}
