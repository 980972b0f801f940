import {
  type ActionPlanItemPatch,
  createItem,
  deleteItem,
  type ItemPlacement,
  type LogframeLevel,
  moveItem,
  readActionPlan,
  updateItem,
} from '@weft/model';
import type * as Y from 'yjs';

/** Every write the plan editor makes, through the model's helpers only. */
export interface PlanCommands {
  update(id: string, patch: ActionPlanItemPatch): boolean;
  /** Adds an item after the last one of its level (so it shows at the end of that group). */
  add(patch: ActionPlanItemPatch & { level: LogframeLevel }): string | null;
  remove(id: string): boolean;
  move(id: string, placement: ItemPlacement): boolean;
  /** Moves an item into another level's group at `placement`, as one change. */
  moveToLevel(id: string, level: LogframeLevel, placement: ItemPlacement): boolean;
}

/**
 * Commands bound to one document. A refused write (a bad value, or an item a peer just deleted)
 * is reported through `onError` instead of throwing into a React event handler.
 */
export function createPlanCommands(doc: Y.Doc, onError: (error: unknown) => void): PlanCommands {
  const attempt = (write: () => void): boolean => {
    try {
      write();
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  };
  return {
    update: (id, patch) => attempt(() => updateItem(doc, id, patch)),
    add(patch) {
      let id: string | null = null;
      attempt(() => {
        const sameLevel = readActionPlan(doc).items.filter((item) => item.level === patch.level);
        const last = sameLevel.at(-1);
        id = createItem(doc, patch, { placement: last ? { after: last.id } : 'end' });
      });
      return id;
    },
    remove: (id) => attempt(() => deleteItem(doc, id)),
    move: (id, placement) => attempt(() => moveItem(doc, id, placement)),
    moveToLevel: (id, level, placement) =>
      attempt(() =>
        doc.transact(() => {
          updateItem(doc, id, { level });
          moveItem(doc, id, placement);
        }),
      ),
  };
}
