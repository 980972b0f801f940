import {
  deleteSelection,
  duplicateSelection,
  exportBoard,
  nudgeSelection,
  reorderSelection,
} from './boardCommands.ts';
import { panBy } from './camera.ts';
import type { Tool, WhiteboardController } from './createWhiteboardController.ts';
import { shapeName } from './describeShape.ts';
import { connectShapes, INSERT_TOOLS, insertAtViewCentre, selectAdjacent } from './keyboardCommands.ts';
import type { Translate } from './whiteboardStrings.ts';

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
  /** Said through the board's polite live region. */
  announce(message: string): void;
  t: Translate;
}

/** Board units an arrow key moves the selection by; Shift moves five times as far. */
export const NUDGE_STEP = 10;
export const NUDGE_STEP_LARGE = 50;

/** Moves the selection by one keyboard step in an arrow key's direction; false for other keys. */
export function nudgeByKey(c: WhiteboardController, key: string, large: boolean): boolean {
  const dir = ARROWS[key];
  if (!dir || c.selection.size === 0) return false;
  const step = large ? NUDGE_STEP_LARGE : NUDGE_STEP;
  nudgeSelection(c, dir[0] * step, dir[1] * step);
  return true;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

function onEnter(c: WhiteboardController, actions: KeyActions): void {
  const { tool, connectFrom } = c.getUi();
  const { t } = actions;
  if (INSERT_TOOLS.has(tool)) {
    const id = insertAtViewCentre(c, tool);
    const shape = id ? c.store.get(id) : undefined;
    if (!id || !shape) return;
    actions.announce(t('announceAdded', { shape: shapeName(shape, t) }));
    actions.edit(id);
    return;
  }
  const [id] = c.selection.size === 1 ? [...c.selection] : [];
  const shape = id ? c.store.get(id) : undefined;
  if (!shape) return;
  if (tool === 'arrow' && !c.readOnly) {
    const from = connectFrom ? c.store.get(connectFrom) : undefined;
    if (!from || from.id === shape.id) {
      if (shape.type === 'arrow') return;
      c.setUi({ connectFrom: shape.id });
      actions.announce(t('announceConnectFrom', { shape: shapeName(shape, t) }));
      return;
    }
    const arrow = connectShapes(c, from.id, shape.id);
    c.setUi({ connectFrom: null });
    c.setTool('select');
    if (arrow) {
      c.select([arrow]);
      actions.announce(t('announceConnected', { from: shapeName(from, t), to: shapeName(shape, t) }));
    }
    return;
  }
  if (TEXT_TYPES.has(shape.type) && !c.readOnly) actions.edit(shape.id);
}

/** Board shortcuts (see the help panel); returns true when the key was handled. */
export function handleKeyDown(
  c: WhiteboardController,
  e: KeyboardEvent,
  actions: KeyActions,
  onCanvas = true,
): boolean {
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
  if (mod || e.altKey) return false;
  if (key === 'Tab' && onCanvas) {
    const id = selectAdjacent(c, e.shiftKey ? -1 : 1);
    const shape = id ? c.store.get(id) : undefined;
    if (shape) actions.announce(shapeName(shape, actions.t));
    return shape !== undefined;
  }
  if (key === 'Delete' || key === 'Backspace') {
    const count = c.selection.size;
    if (count > 0 && !c.readOnly) actions.announce(actions.t('announceDeleted', { count }));
    deleteSelection(c);
    return true;
  }
  if (key === 'Escape') {
    c.select([]);
    c.setTool('select');
    c.setUi({ contextMenu: null, connectFrom: null });
    return true;
  }
  if (key === 'Enter') {
    onEnter(c, actions);
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
  const dir = ARROWS[key];
  if (dir) {
    if (!nudgeByKey(c, key, e.shiftKey)) c.setCamera(panBy(c.camera, dir[0] * 80, dir[1] * 80));
    return true;
  }
  const tool = TOOL_KEYS[lower];
  if (tool) {
    c.setTool(tool);
    return true;
  }
  return false;
}
