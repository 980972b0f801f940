import * as Y from 'yjs';
import { getActionPlanMeta, ItemKey, type ItemMap, orderedItemMaps } from './actionPlanDoc.ts';
import {
  type ActionPlanItem,
  type ActionPlanMeta,
  type ActionPlanSnapshot,
  CURRENCIES,
  type Currency,
  defaultItemValues,
  type Indicator,
  ITEM_STATUSES,
  type ItemStatus,
  isIsoDate,
  LOGFRAME_LEVELS,
  type LogframeLevel,
  type Responsible,
} from './actionPlanSchema.ts';

// Reads are tolerant: any client that speaks y-websocket can write odd values, and a reader
// must still produce a well-typed snapshot. Unknown values fall back to the item defaults.

function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Y.Text) return value.toString();
  return '';
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

function date(value: unknown): string | null {
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

function stringList(value: unknown): string[] {
  if (!(value instanceof Y.Array)) return [];
  return value.toArray().filter((entry): entry is string => typeof entry === 'string');
}

function responsible(value: unknown): Responsible {
  if (!(value instanceof Y.Map)) return { unit: '', person: '' };
  return { unit: str(value.get('unit')), person: str(value.get('person')) };
}

function indicators(value: unknown): Indicator[] {
  if (!(value instanceof Y.Array)) return [];
  return value
    .toArray()
    .filter((entry): entry is Y.Map<unknown> => entry instanceof Y.Map)
    .map((entry, i) => ({
      id: str(entry.get('id')) || `indicator-${i + 1}`,
      name: str(entry.get('name')),
      baseline: str(entry.get('baseline')),
      target: str(entry.get('target')),
      unit: str(entry.get('unit')),
      verification: str(entry.get('verification')),
    }));
}

function amount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

export function readItem(map: ItemMap): ActionPlanItem {
  const id = str(map.get(ItemKey.id));
  const defaults = defaultItemValues(id);
  const budget = map.get(ItemKey.budget);
  const sourceRef = map.get(ItemKey.sourceRef);
  return {
    id,
    level: oneOf<LogframeLevel>(map.get(ItemKey.level), LOGFRAME_LEVELS, defaults.level),
    title: str(map.get(ItemKey.title)),
    description: str(map.get(ItemKey.description)),
    leadCity: str(map.get(ItemKey.leadCity)),
    partnerCity: str(map.get(ItemKey.partnerCity)),
    leadResponsible: responsible(map.get(ItemKey.leadResponsible)),
    partnerResponsible: responsible(map.get(ItemKey.partnerResponsible)),
    startDate: date(map.get(ItemKey.startDate)),
    dueDate: date(map.get(ItemKey.dueDate)),
    status: oneOf<ItemStatus>(map.get(ItemKey.status), ITEM_STATUSES, defaults.status),
    indicators: indicators(map.get(ItemKey.indicators)),
    budget:
      budget instanceof Y.Map
        ? {
            amount: amount(budget.get('amount')),
            currency: oneOf<Currency>(budget.get('currency'), CURRENCIES, defaults.budget.currency),
            fundingSource: str(budget.get('fundingSource')),
          }
        : defaults.budget,
    sdgTargets: stringList(map.get(ItemKey.sdgTargets)),
    risks: str(map.get(ItemKey.risks)),
    evidence: stringList(map.get(ItemKey.evidence)),
    sourceRef: typeof sourceRef === 'string' ? sourceRef : null,
  };
}

export function readPlanMeta(doc: Y.Doc): ActionPlanMeta {
  const meta = getActionPlanMeta(doc);
  const parties = meta.get('parties');
  return {
    title: str(meta.get('title')),
    parties: Array.isArray(parties)
      ? parties.filter((party): party is string => typeof party === 'string' && party.length > 0)
      : [],
    version: str(meta.get('version')),
  };
}

/** The whole plan as plain data in display order; items without an id are skipped. */
export function readActionPlan(doc: Y.Doc): ActionPlanSnapshot {
  return {
    meta: readPlanMeta(doc),
    items: orderedItemMaps(doc)
      .map(readItem)
      .filter((item) => item.id.length > 0),
  };
}
