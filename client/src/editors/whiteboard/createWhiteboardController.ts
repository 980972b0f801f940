import type { Box, Point, ShapeSnapshot } from '@weft/model';
import { getWhiteboardShapes, shapeBounds } from '@weft/model';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Camera } from './camera.ts';
import { fitBox, zoomAt } from './camera.ts';
import { createShapeStore, type ShapeStore } from './createShapeStore.ts';
import { unionBoxes } from './culling.ts';
import { createRenderCaches } from './drawShape.ts';
import { readPeers } from './readPeers.ts';
import type { RemotePeer, SceneOverlay } from './renderScene.ts';
import { renderScene } from './renderScene.ts';

export const Tool = {
  select: 'select',
  sticky: 'sticky',
  rect: 'rect',
  ellipse: 'ellipse',
  text: 'text',
  arrow: 'arrow',
  pen: 'pen',
} as const;
export type Tool = (typeof Tool)[keyof typeof Tool];

export interface WhiteboardUser {
  id: string;
  name: string;
  colour: string;
  city: string;
}

export interface ContextMenuState {
  x: number;
  y: number;
  shapeId: string;
}

/** What the React toolbar and overlays show; changes rarely, unlike the camera. */
export interface UiState {
  tool: Tool;
  colour: string;
  selection: readonly string[];
  editingId: string | null;
  contextMenu: ContextMenuState | null;
  /** The shape a keyboard connection starts from (arrow tool, Enter), until Enter on the target. */
  connectFrom: string | null;
  canUndo: boolean;
  canRedo: boolean;
  zoomPercent: number;
}

export interface RenderStats {
  frames: number;
  lastRenderMs: number;
  drawn: number;
}

export interface WhiteboardControllerOptions {
  doc: Y.Doc;
  awareness: Awareness;
  user: WhiteboardUser;
  readOnly: boolean;
}

export type Transient = Pick<SceneOverlay, 'marquee' | 'arrowPreview' | 'bindTarget'>;

export type WhiteboardController = ReturnType<typeof createWhiteboardController>;

/**
 * Owns everything that changes per frame (camera, drags, rendering) outside React, so panning a
 * 5,000-shape board re-renders one canvas and no components.
 */
export function createWhiteboardController(options: WhiteboardControllerOptions) {
  const { doc, awareness, user, readOnly } = options;
  const origin = { whiteboard: user.id };
  const store: ShapeStore = createShapeStore(doc);
  const undo = new Y.UndoManager(getWhiteboardShapes(doc), {
    trackedOrigins: new Set([origin]),
    captureTimeout: 400,
  });
  const caches = createRenderCaches(() => invalidate());
  const stats: RenderStats = { frames: 0, lastRenderMs: 0, drawn: 0 };
  let camera: Camera = { x: 0, y: 0, zoom: 1 };
  let size = { width: 0, height: 0, dpr: 1 };
  let canvas: HTMLCanvasElement | null = null;
  let frame = 0;
  let transient: Transient = { marquee: null, arrowPreview: null, bindTarget: null };
  let peers: RemotePeer[] = [];
  let ui: UiState = {
    tool: Tool.select,
    colour: '#1f2933',
    selection: [],
    editingId: null,
    contextMenu: null,
    connectFrom: null,
    canUndo: false,
    canRedo: false,
    zoomPercent: 100,
  };
  const uiListeners = new Set<() => void>();
  const cameraListeners = new Set<(camera: Camera) => void>();
  let selectionSet = new Set<string>();
  let lastCursorSent = 0;

  function setUi(patch: Partial<UiState>) {
    ui = { ...ui, ...patch };
    for (const l of uiListeners) l();
  }

  function render() {
    frame = 0;
    if (!canvas || size.width === 0) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const started = performance.now();
    stats.drawn = renderScene(ctx, {
      store,
      camera,
      width: size.width,
      height: size.height,
      dpr: size.dpr,
      caches,
      overlay: {
        selection: selectionSet,
        selectionBox: selectionBounds(),
        showHandles: !readOnly && ui.editingId === null && selectionSet.size > 0 && !onlyArrows(),
        peers,
        editingId: ui.editingId,
        ...transient,
      },
    });
    stats.lastRenderMs = performance.now() - started;
    stats.frames++;
  }

  function invalidate() {
    if (frame === 0 && typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(render);
  }

  function onlyArrows(): boolean {
    for (const id of selectionSet) if (store.get(id)?.type !== 'arrow') return false;
    return true;
  }

  /** Unpadded bounds of the selection (what resize handles sit on). */
  function selectionBounds(ids: Iterable<string> = selectionSet): Box | null {
    const boxes: Box[] = [];
    for (const id of ids) {
      const s = store.get(id);
      if (s) boxes.push(shapeBounds(s, store.get));
    }
    return unionBoxes(boxes);
  }

  function select(ids: readonly string[]) {
    const next = ids.filter((id) => store.get(id));
    selectionSet = new Set(next);
    awareness.setLocalStateField('selection', next);
    setUi({ selection: next, contextMenu: null });
    invalidate();
  }

  const unsubscribeStore = store.subscribe(() => {
    const alive = ui.selection.filter((id) => store.get(id));
    if (alive.length !== ui.selection.length) select(alive);
    if (ui.editingId && !store.get(ui.editingId)) setUi({ editingId: null });
    if (ui.connectFrom && !store.get(ui.connectFrom)) setUi({ connectFrom: null });
    invalidate();
  });

  const onAwareness = () => {
    peers = readPeers(awareness);
    invalidate();
  };
  awareness.on('change', onAwareness);
  // Merged into what the host already publishes (e.g. the app's presence avatars read other fields).
  const hostUser: unknown = awareness.getLocalState()?.user;
  awareness.setLocalStateField('user', {
    ...(typeof hostUser === 'object' && hostUser !== null ? hostUser : {}),
    id: user.id,
    name: user.name,
    colour: user.colour,
    city: user.city,
  });
  awareness.setLocalStateField('selection', []);
  peers = readPeers(awareness);

  const onStack = () => setUi({ canUndo: undo.undoStack.length > 0, canRedo: undo.redoStack.length > 0 });
  undo.on('stack-item-added', onStack);
  undo.on('stack-item-popped', onStack);
  undo.on('stack-cleared', onStack);

  function setCamera(next: Camera) {
    camera = next;
    const zoomPercent = Math.round(next.zoom * 100);
    if (zoomPercent !== ui.zoomPercent) setUi({ zoomPercent });
    for (const l of cameraListeners) l(camera);
    invalidate();
  }

  return {
    store,
    doc,
    origin,
    readOnly,
    user,
    stats,
    get camera() {
      return camera;
    },
    get size() {
      return size;
    },
    get selection(): ReadonlySet<string> {
      return selectionSet;
    },
    getUi: () => ui,
    setUi,
    subscribe(listener: () => void) {
      uiListeners.add(listener);
      return () => uiListeners.delete(listener);
    },
    onCamera(listener: (camera: Camera) => void) {
      cameraListeners.add(listener);
      return () => cameraListeners.delete(listener);
    },
    attachCanvas(el: HTMLCanvasElement | null) {
      canvas = el;
      invalidate();
    },
    resize(width: number, height: number, dpr: number) {
      const first = size.width === 0;
      size = { width, height, dpr };
      if (canvas) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      if (first && store.size > 0) this.fit();
      invalidate();
    },
    setCamera,
    invalidate,
    renderNow: render,
    select,
    selectionBounds,
    setTransient(patch: Partial<Transient>) {
      transient = { ...transient, ...patch };
      invalidate();
    },
    setTool(tool: Tool) {
      const next = readOnly ? Tool.select : tool;
      setUi({ tool: next, contextMenu: null, ...(next === Tool.arrow ? {} : { connectFrom: null }) });
    },
    /** Publishes the pointer in board coordinates, at most every 40 ms to spare weak links. */
    setCursor(p: Point | null, force = false) {
      const now = performance.now();
      if (!force && p && now - lastCursorSent < 40) return;
      lastCursorSent = now;
      awareness.setLocalStateField('cursor', p);
    },
    transact(fn: () => void) {
      if (readOnly) return;
      doc.transact(fn, origin);
    },
    stopCapturing: () => undo.stopCapturing(),
    undo() {
      if (!readOnly) undo.undo();
    },
    redo() {
      if (!readOnly) undo.redo();
    },
    zoomBy(factor: number, at?: Point) {
      setCamera(zoomAt(camera, at ?? { x: size.width / 2, y: size.height / 2 }, camera.zoom * factor));
    },
    resetZoom() {
      setCamera(zoomAt(camera, { x: size.width / 2, y: size.height / 2 }, 1));
    },
    fit() {
      const all = store.all();
      const bounds = unionBoxes(all.map((s: ShapeSnapshot) => shapeBounds(s, store.get)));
      if (bounds && size.width > 0) setCamera(fitBox(bounds, size.width, size.height));
    },
    destroy() {
      if (frame !== 0) cancelAnimationFrame(frame);
      unsubscribeStore();
      awareness.off('change', onAwareness);
      awareness.setLocalStateField('cursor', null);
      awareness.setLocalStateField('selection', []);
      undo.destroy();
      store.destroy();
      uiListeners.clear();
      cameraListeners.clear();
    },
  };
}
