import { addShape, edgePointTowards, shapeCenter } from '@weft/model';
import { viewCentre } from './boardCommands.ts';
import { cityColour } from './cityColours.ts';
import type { Tool, WhiteboardController } from './createWhiteboardController.ts';

/** Tools that place a shape where one presses Enter (arrows and pens need two points or a path). */
export const INSERT_TOOLS: ReadonlySet<Tool> = new Set<Tool>(['sticky', 'rect', 'ellipse', 'text']);

/**
 * Selects the shape after (step 1) or before (-1) the selection in stacking order, as Tab does in
 * tldraw. Returns the new id, or null past either end so Tab can leave the board (no keyboard trap).
 */
export function selectAdjacent(c: WhiteboardController, step: 1 | -1): string | null {
  const all = c.store.all();
  if (all.length === 0) return null;
  const current = c.getUi().selection.at(-1);
  const index = current ? all.findIndex((s) => s.id === current) : -1;
  const next = index === -1 ? (step === 1 ? 0 : all.length - 1) : index + step;
  const shape = all[next];
  if (!shape) return null;
  c.select([shape.id]);
  return shape.id;
}

/** Adds a shape of the tool's kind centred in the view and selects it; returns its id. */
export function insertAtViewCentre(c: WhiteboardController, tool: Tool): string | null {
  if (c.readOnly || !INSERT_TOOLS.has(tool)) return null;
  const at = viewCentre(c);
  // Several shapes added in a row step down and right, so none hides the one before it.
  for (let i = 0; i < 20 && c.store.query({ x: at.x - 2, y: at.y - 2, w: 4, h: 4 }).length > 0; i++) {
    at.x += 24;
    at.y += 24;
  }
  const size =
    tool === 'sticky' ? { w: 200, h: 200 } : tool === 'text' ? { w: 200, h: 48 } : { w: 160, h: 100 };
  c.stopCapturing();
  const id = addShape(
    c.doc,
    {
      type: tool as 'sticky' | 'rect' | 'ellipse' | 'text',
      x: at.x - size.w / 2,
      y: at.y - size.h / 2,
      ...size,
      colour: tool === 'sticky' ? cityColour(c.user.city) : c.getUi().colour,
      createdBy: c.user.id,
      city: c.user.city,
    },
    c.origin,
  );
  c.select([id]);
  c.setTool('select');
  return id;
}

/** An arrow bound to both shapes (ends slide along their edges), as dragging with the arrow tool makes. */
export function connectShapes(c: WhiteboardController, fromId: string, toId: string): string | null {
  const from = c.store.get(fromId);
  const to = c.store.get(toId);
  if (c.readOnly || !from || !to || fromId === toId || from.type === 'arrow' || to.type === 'arrow')
    return null;
  const start = edgePointTowards(from, shapeCenter(to));
  const end = edgePointTowards(to, shapeCenter(from));
  c.stopCapturing();
  const id = addShape(
    c.doc,
    {
      type: 'arrow',
      from: { ...start, shapeId: fromId },
      to: { ...end, shapeId: toId },
      colour: c.getUi().colour,
      createdBy: c.user.id,
      city: c.user.city,
    },
    c.origin,
  );
  return id;
}
