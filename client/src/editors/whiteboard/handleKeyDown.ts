import {
  deleteSelection,
  duplicateSelection,
  exportBoard,
  nudgeSelection,
  reorderSelection,
} from './boardCommands.ts';
import { panBy } from './camera.ts';
import type { Tool, WhiteboardController } from './createWhiteboardController.ts';

const TOOL_KEYS: Record<string, Tool> = {
  v: 'select',
  s: 'sticky',
  r: 'rect',
  o: 'ellipse',
  t: 'text',
  a: 'arrow',
  p: 'pen',
};

const TEXT_TYPES = new Set(['sticky', 'rect', 'ellipse', 'text']);

export interface KeyActions {
  toggleHelp(): void;
  edit(id: string): void;
}

/** Board shortcuts (see the help panel); returns true when the key was handled. */
export function handleKeyDown(c: WhiteboardController, e: KeyboardEvent, actions: KeyActions): boolean {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key;
  const lower = key.toLowerCase();
  if (key === '?') {
    actions.toggleHelp();
    return true;
  }
  if (mod && lower === 'z') {
    if (e.shiftKey) c.redo();
    else c.undo();
    return true;
  }
  if (mod && lower === 'y') {
    c.redo();
    return true;
  }
  if (mod && lower === 'd') {
    duplicateSelection(c);
    return true;
  }
  if (mod && lower === 'a') {
    c.select(c.store.all().map((s) => s.id));
    return true;
  }
  if (mod && e.shiftKey && lower === 'e') {
    void exportBoard(c, 'png');
    return true;
  }
  if (mod) return false;
  if (key === 'Delete' || key === 'Backspace') {
    deleteSelection(c);
    return true;
  }
  if (key === 'Escape') {
    c.select([]);
    c.setTool('select');
    c.setUi({ contextMenu: null });
    return true;
  }
  if (key === 'Enter' && c.selection.size === 1) {
    const [id] = [...c.selection];
    const shape = id ? c.store.get(id) : undefined;
    if (shape && TEXT_TYPES.has(shape.type) && !c.readOnly) actions.edit(shape.id);
    return true;
  }
  if (key === '+' || key === '=') {
    c.zoomBy(1.25);
    return true;
  }
  if (key === '-' || key === '_') {
    c.zoomBy(0.8);
    return true;
  }
  if (key === '0') {
    c.resetZoom();
    return true;
  }
  if (key === '1') {
    c.fit();
    return true;
  }
  if (key === ']') {
    reorderSelection(c, 'front');
    return true;
  }
  if (key === '[') {
    reorderSelection(c, 'back');
    return true;
  }
  const arrows: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  const dir = arrows[key];
  if (dir) {
    if (e.shiftKey && c.selection.size > 0) {
      nudgeSelection(c, (dir[0] * 10) / c.camera.zoom, (dir[1] * 10) / c.camera.zoom);
    } else {
      c.setCamera(panBy(c.camera, dir[0] * 80, dir[1] * 80));
    }
    return true;
  }
  const tool = TOOL_KEYS[lower];
  if (tool && !e.altKey) {
    c.setTool(tool);
    return true;
  }
  return false;
}
