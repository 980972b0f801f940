import * as Y from 'yjs';

/** Root names in an action plan's Y.Doc (documented in docs/action-plan.md). */
export const ACTION_PLAN_ITEMS = 'items';
export const ACTION_PLAN_META = 'meta';

/** Keys of an item's Y.Map. Text fields are Y.Text, nested records Y.Map, lists Y.Array. */
export const ItemKey = {
  id: 'id',
  position: 'position',
  level: 'level',
  title: 'title',
  description: 'description',
  leadCity: 'leadCity',
  partnerCity: 'partnerCity',
  leadResponsible: 'leadResponsible',
  partnerResponsible: 'partnerResponsible',
  startDate: 'startDate',
  dueDate: 'dueDate',
  status: 'status',
  indicators: 'indicators',
  budget: 'budget',
  sdgTargets: 'sdgTargets',
  risks: 'risks',
  evidence: 'evidence',
  sourceRef: 'sourceRef',
} as const;

export type ItemMap = Y.Map<unknown>;

export const ActionPlanErrorCode = {
  unknownItem: 'unknown_item',
  duplicateId: 'duplicate_id',
  invalidValue: 'invalid_value',
} as const;
export type ActionPlanErrorCode = (typeof ActionPlanErrorCode)[keyof typeof ActionPlanErrorCode];

export class ActionPlanError extends Error {
  readonly code: ActionPlanErrorCode;
  constructor(code: ActionPlanErrorCode, message: string) {
    super(message);
    this.name = 'ActionPlanError';
    this.code = code;
  }
}

export function getActionPlanItems(doc: Y.Doc): Y.Array<ItemMap> {
  return doc.getArray<ItemMap>(ACTION_PLAN_ITEMS);
}

export function getActionPlanMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ACTION_PLAN_META);
}

function positionOf(map: ItemMap): string {
  const value = map.get(ItemKey.position);
  return typeof value === 'string' ? value : '';
}

function idOf(map: ItemMap): string {
  const value = map.get(ItemKey.id);
  return typeof value === 'string' ? value : '';
}

/**
 * Item maps in display order. The array itself only grows by appends; order comes from each
 * item's fractional `position` so a move is one field write that merges with concurrent edits.
 * Ties (two peers inserting at the same spot) break by id so every peer sees the same order.
 */
export function orderedItemMaps(doc: Y.Doc): ItemMap[] {
  const maps = getActionPlanItems(doc)
    .toArray()
    .filter((value): value is ItemMap => value instanceof Y.Map);
  return maps.sort((a, b) => {
    const pa = positionOf(a);
    const pb = positionOf(b);
    if (pa !== pb) return pa < pb ? -1 : 1;
    const ia = idOf(a);
    const ib = idOf(b);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
}

export function findItemMap(doc: Y.Doc, id: string): ItemMap | undefined {
  return getActionPlanItems(doc)
    .toArray()
    .find((value): value is ItemMap => value instanceof Y.Map && idOf(value) === id);
}

export function requireItemMap(doc: Y.Doc, id: string): ItemMap {
  const map = findItemMap(doc, id);
  if (!map) throw new ActionPlanError(ActionPlanErrorCode.unknownItem, `no action item with id "${id}"`);
  return map;
}

export function itemPosition(map: ItemMap): string {
  return positionOf(map);
}

export function itemId(map: ItemMap): string {
  return idOf(map);
}
