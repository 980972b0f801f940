import { canonicalJson } from './actionPlanHash.ts';
import type { ActionPlanItem, ActionPlanMeta, ActionPlanSnapshot } from './actionPlanSchema.ts';

export type ItemField = Exclude<keyof ActionPlanItem, 'id'>;

export interface FieldChange<K extends string = string, V = unknown> {
  field: K;
  before: V;
  after: V;
}

export interface ItemRef {
  id: string;
  title: string;
}

export interface ItemChange extends ItemRef {
  fields: FieldChange<ItemField, ActionPlanItem[ItemField]>[];
}

export interface ItemMove extends ItemRef {
  from: number;
  to: number;
}

/** What changed from one plan (e.g. the agreed version) to another (e.g. the current draft). */
export interface PlanDiff {
  meta: FieldChange<keyof ActionPlanMeta, ActionPlanMeta[keyof ActionPlanMeta]>[];
  added: ItemRef[];
  removed: ItemRef[];
  changed: ItemChange[];
  /** Items whose place changed relative to the others (not those merely shifted by them). */
  moved: ItemMove[];
  isEmpty: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Indices (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(seq.length).fill(-1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  let at = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (at >= 0) {
    kept.add(at);
    at = previous[at] as number;
  }
  return kept;
}

export function diffPlans(agreed: ActionPlanSnapshot, current: ActionPlanSnapshot): PlanDiff {
  const meta: PlanDiff['meta'] = [];
  for (const field of ['title', 'parties', 'version'] as const) {
    if (!same(agreed.meta[field], current.meta[field])) {
      meta.push({ field, before: agreed.meta[field], after: current.meta[field] });
    }
  }

  const before = new Map(agreed.items.map((item, index) => [item.id, { item, index }]));
  const after = new Map(current.items.map((item, index) => [item.id, { item, index }]));
  const added = current.items.filter((item) => !before.has(item.id)).map(({ id, title }) => ({ id, title }));
  const removed = agreed.items.filter((item) => !after.has(item.id)).map(({ id, title }) => ({ id, title }));

  const changed: ItemChange[] = [];
  const common = current.items.filter((item) => before.has(item.id));
  for (const item of common) {
    const old = before.get(item.id)?.item as ActionPlanItem;
    const fields: ItemChange['fields'] = [];
    for (const field of Object.keys(item) as (keyof ActionPlanItem)[]) {
      if (field === 'id') continue;
      if (!same(old[field], item[field])) fields.push({ field, before: old[field], after: item[field] });
    }
    if (fields.length > 0) changed.push({ id: item.id, title: item.title, fields });
  }

  // Order of the common items in the agreed plan, read in current order: items outside the
  // longest increasing run are the ones that were moved.
  const agreedOrder = common.map((item) => before.get(item.id)?.index as number);
  const kept = longestIncreasing(agreedOrder);
  const moved: ItemMove[] = common
    .filter((_, i) => !kept.has(i))
    .map((item) => ({
      id: item.id,
      title: item.title,
      from: before.get(item.id)?.index as number,
      to: after.get(item.id)?.index as number,
    }));

  return {
    meta,
    added,
    removed,
    changed,
    moved,
    isEmpty: meta.length + added.length + removed.length + changed.length + moved.length === 0,
  };
}
