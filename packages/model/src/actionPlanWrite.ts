import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import {
  ActionPlanError,
  ActionPlanErrorCode,
  findItemMap,
  getActionPlanItems,
  getActionPlanMeta,
  ItemKey,
  type ItemMap,
  itemId,
  itemPosition,
  orderedItemMaps,
  requireItemMap,
} from './actionPlanDoc.ts';
import {
  type ActionPlanItem,
  type ActionPlanItemPatch,
  type ActionPlanMeta,
  actionPlanItemPatchSchema,
  actionPlanItemSchema,
  actionPlanMetaSchema,
  defaultItemValues,
  type Indicator,
} from './actionPlanSchema.ts';
import { setStringArray, setYText } from './actionPlanSetters.ts';

/** Where an item goes: before or after another item, at an index of the display order, or last. */
export type ItemPlacement = { before: string } | { after: string } | { index: number } | 'end';

export interface CreateItemOptions {
  /** Stable id; a random UUID when omitted. */
  id?: string;
  placement?: ItemPlacement;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

function parsePatch(patch: unknown): ActionPlanItemPatch {
  const result = actionPlanItemPatchSchema.safeParse(patch);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new ActionPlanError(
      ActionPlanErrorCode.invalidValue,
      `invalid action item field ${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.data;
}

function isValidKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * A position key for a slot between two neighbours of `order`. If a peer wrote a malformed
 * position, every item is renumbered in the current order first so ordering stays total.
 */
function positionFor(order: ItemMap[], index: number): string {
  if (!order.every((map) => isValidKey(itemPosition(map)))) {
    const keys = generateNKeysBetween(null, null, order.length);
    order.forEach((map, i) => {
      map.set(ItemKey.position, keys[i]);
    });
  }
  const clamped = Math.max(0, Math.min(index, order.length));
  const before = clamped > 0 ? itemPosition(order[clamped - 1] as ItemMap) : null;
  const after = clamped < order.length ? itemPosition(order[clamped] as ItemMap) : null;
  // Equal neighbours come from concurrent inserts; going after the lower one is still ordered.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

function placementIndex(order: ItemMap[], placement: ItemPlacement): number {
  if (placement === 'end') return order.length;
  if ('index' in placement) {
    if (!Number.isInteger(placement.index)) {
      throw new ActionPlanError(ActionPlanErrorCode.invalidValue, 'placement index must be an integer');
    }
    return placement.index;
  }
  const anchor = 'before' in placement ? placement.before : placement.after;
  const at = order.findIndex((map) => itemId(map) === anchor);
  if (at < 0)
    throw new ActionPlanError(ActionPlanErrorCode.unknownItem, `no action item with id "${anchor}"`);
  return 'before' in placement ? at : at + 1;
}

function indicatorMap(indicator: Partial<Indicator>): Y.Map<string> {
  const map = new Y.Map<string>();
  map.set('id', indicator.id ?? newId());
  for (const key of ['name', 'baseline', 'target', 'unit', 'verification'] as const) {
    map.set(key, indicator[key] ?? '');
  }
  return map;
}

/** The item's nested type at `key`; a missing or wrongly typed value is replaced. */
function ensureChild<T>(map: ItemMap, key: string, Type: new () => T): T {
  const existing = map.get(key);
  if (existing instanceof Type) return existing;
  const created = new Type();
  map.set(key, created);
  return created;
}

function setIndicators(map: ItemMap, indicators: ActionPlanItemPatch['indicators'] & object): void {
  const array = ensureChild(map, ItemKey.indicators, Y.Array<Y.Map<string>>);
  const sameOrder =
    array.length === indicators.length &&
    array.toArray().every((entry, i) => entry instanceof Y.Map && entry.get('id') === indicators[i]?.id);
  if (sameOrder) {
    // Field-level writes keep a peer's concurrent edit of another indicator field.
    indicators.forEach((indicator, i) => {
      const target = array.get(i);
      for (const key of ['name', 'baseline', 'target', 'unit', 'verification'] as const) {
        const value = indicator[key] ?? '';
        if (target.get(key) !== value) target.set(key, value);
      }
    });
    return;
  }
  // A different list (added, removed or reordered indicators) is replaced as a whole.
  array.delete(0, array.length);
  array.insert(
    0,
    indicators.map((indicator) => indicatorMap(indicator)),
  );
}

function applyPatch(map: ItemMap, patch: ActionPlanItemPatch): void {
  for (const key of [
    'level',
    'title',
    'leadCity',
    'partnerCity',
    'startDate',
    'dueDate',
    'status',
    'sourceRef',
  ] as const) {
    const value = patch[key];
    if (value !== undefined && map.get(key) !== value) map.set(key, value);
  }
  for (const key of ['description', 'risks'] as const) {
    const value = patch[key];
    if (value !== undefined) setYText(ensureChild(map, key, Y.Text), value);
  }
  for (const key of ['leadResponsible', 'partnerResponsible'] as const) {
    const value = patch[key];
    if (value === undefined) continue;
    const child = ensureChild(map, key, Y.Map<string>);
    if (child.get('unit') !== value.unit) child.set('unit', value.unit);
    if (child.get('person') !== value.person) child.set('person', value.person);
  }
  if (patch.budget !== undefined) {
    const child = ensureChild(map, ItemKey.budget, Y.Map<unknown>);
    for (const key of ['amount', 'currency', 'fundingSource'] as const) {
      if (child.get(key) !== patch.budget[key]) child.set(key, patch.budget[key]);
    }
  }
  for (const key of ['sdgTargets', 'evidence'] as const) {
    const value = patch[key];
    if (value !== undefined) setStringArray(ensureChild(map, key, Y.Array<string>), value);
  }
  if (patch.indicators !== undefined) setIndicators(map, patch.indicators);
}

/**
 * Builds an item map with every nested type in place, so later concurrent edits of different
 * fields land in the same shared children instead of racing to create them.
 */
function buildItemMap(id: string, position: string): ItemMap {
  const defaults = defaultItemValues(id);
  const map: ItemMap = new Y.Map<unknown>();
  map.set(ItemKey.id, id);
  map.set(ItemKey.position, position);
  for (const key of [
    'level',
    'title',
    'leadCity',
    'partnerCity',
    'startDate',
    'dueDate',
    'status',
    'sourceRef',
  ] as const) {
    map.set(key, defaults[key]);
  }
  map.set(ItemKey.description, new Y.Text());
  map.set(ItemKey.risks, new Y.Text());
  for (const key of ['leadResponsible', 'partnerResponsible'] as const) {
    map.set(key, new Y.Map<string>(Object.entries(defaults[key])));
  }
  map.set(ItemKey.budget, new Y.Map<unknown>(Object.entries(defaults.budget)));
  map.set(ItemKey.indicators, new Y.Array<Y.Map<string>>());
  map.set(ItemKey.sdgTargets, new Y.Array<string>());
  map.set(ItemKey.evidence, new Y.Array<string>());
  return map;
}

/** Creates an item and returns its id. Values are validated; unknown fields are rejected. */
export function createItem(
  doc: Y.Doc,
  patch: ActionPlanItemPatch = {},
  options: CreateItemOptions = {},
): string {
  const parsed = parsePatch(patch);
  const id = options.id ?? newId();
  if (id.length === 0)
    throw new ActionPlanError(ActionPlanErrorCode.invalidValue, 'item id must not be empty');
  if (findItemMap(doc, id)) {
    throw new ActionPlanError(ActionPlanErrorCode.duplicateId, `an action item with id "${id}" exists`);
  }
  doc.transact(() => {
    const order = orderedItemMaps(doc);
    const position = positionFor(order, placementIndex(order, options.placement ?? 'end'));
    // Fill the fields after integration so the patch goes through the same code as updates.
    const map = buildItemMap(id, position);
    getActionPlanItems(doc).push([map]);
    applyPatch(map, parsed);
  });
  return id;
}

/** Writes only the given fields; other fields (and peers' concurrent edits of them) stay. */
export function updateItem(doc: Y.Doc, id: string, patch: ActionPlanItemPatch): void {
  const parsed = parsePatch(patch);
  const map = requireItemMap(doc, id);
  doc.transact(() => applyPatch(map, parsed));
}

/** Moves an item by rewriting its position only; its id and Y.Map stay the same. */
export function moveItem(doc: Y.Doc, id: string, placement: ItemPlacement): void {
  const map = requireItemMap(doc, id);
  doc.transact(() => {
    const others = orderedItemMaps(doc).filter((other) => other !== map);
    if (
      typeof placement === 'object' &&
      (('before' in placement && placement.before === id) || ('after' in placement && placement.after === id))
    )
      return;
    map.set(ItemKey.position, positionFor(others, placementIndex(others, placement)));
  });
}

export function deleteItem(doc: Y.Doc, id: string): void {
  const items = getActionPlanItems(doc);
  const index = items.toArray().findIndex((value) => value instanceof Y.Map && itemId(value) === id);
  if (index < 0) throw new ActionPlanError(ActionPlanErrorCode.unknownItem, `no action item with id "${id}"`);
  items.delete(index, 1);
}

/** Creates or updates each item by id (e.g. after a CSV import), keeping the given order. */
export function upsertItems(doc: Y.Doc, items: readonly ActionPlanItem[]): void {
  for (const item of items) {
    const result = actionPlanItemSchema.safeParse(item);
    if (!result.success) {
      throw new ActionPlanError(ActionPlanErrorCode.invalidValue, `invalid action item "${item.id}"`);
    }
  }
  doc.transact(() => {
    let previous: string | null = null;
    for (const { id, ...fields } of items) {
      const placement: ItemPlacement = previous === null ? { index: 0 } : { after: previous };
      if (findItemMap(doc, id)) {
        updateItem(doc, id, fields);
        moveItem(doc, id, placement);
      } else {
        createItem(doc, fields, { id, placement });
      }
      previous = id;
    }
  });
}

export function setPlanMeta(doc: Y.Doc, patch: Partial<ActionPlanMeta>): void {
  const result = actionPlanMetaSchema.partial().strict().safeParse(patch);
  if (!result.success) {
    throw new ActionPlanError(
      ActionPlanErrorCode.invalidValue,
      `invalid plan metadata: ${result.error.message}`,
    );
  }
  const meta = getActionPlanMeta(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(result.data)) {
      // Parties are replaced as a whole: a party list is agreed as one decision.
      meta.set(key, Array.isArray(value) ? [...value] : value);
    }
  });
}
