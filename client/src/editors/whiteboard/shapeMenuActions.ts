import type { ShapeSnapshot } from '@weft/model';
import { deleteSelection, duplicateSelection, reorderSelection } from './boardCommands.ts';
import type { ContextAction } from './ContextMenu.tsx';
import type { WhiteboardController } from './createWhiteboardController.ts';
import type { ShapeBadge } from './ShapeBadges.tsx';

export interface ShapeMenuOptions {
  badges: readonly ShapeBadge[];
  shapeActions?: (shape: ShapeSnapshot) => ContextAction[];
  onCreateActionItem?: (shape: ShapeSnapshot) => void;
  edit(id: string): void;
}

/** The context menu of a shape: its link, the host's actions (offered to readers too), then edits. */
export function shapeMenuActions(
  c: WhiteboardController,
  shape: ShapeSnapshot | undefined,
  options: ShapeMenuOptions,
): ContextAction[] {
  if (!shape) return [];
  const actions: ContextAction[] = [];
  const badge = options.badges.find((b) => b.shapeId === shape.id);
  if (badge?.menuLabel) actions.push({ id: 'openLink', label: badge.menuLabel, run: badge.onOpen });
  if (options.shapeActions) actions.push(...options.shapeActions(shape));
  if (c.readOnly) return actions;
  const { onCreateActionItem } = options;
  if (shape.type === 'sticky' && onCreateActionItem)
    actions.push({ id: 'actionItem', label: 'actionItem', run: () => onCreateActionItem(shape) });
  if (shape.type !== 'arrow' && shape.type !== 'pen')
    actions.push({ id: 'editText', label: 'editText', run: () => options.edit(shape.id) });
  actions.push(
    { id: 'duplicate', label: 'duplicate', run: () => duplicateSelection(c) },
    { id: 'bringToFront', label: 'bringToFront', run: () => reorderSelection(c, 'front') },
    { id: 'sendToBack', label: 'sendToBack', run: () => reorderSelection(c, 'back') },
    { id: 'delete', label: 'delete', run: () => deleteSelection(c) },
  );
  return actions;
}
