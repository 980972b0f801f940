import {
  type ActionPlanItem,
  type ActionPlanSnapshot,
  type ItemStatus,
  LOGFRAME_LEVELS,
  type LogframeLevel,
} from '@weft/model';

/** What the table shows; empty strings mean "all". */
export interface PlanFilters {
  city: string;
  status: ItemStatus | '';
  level: LogframeLevel | '';
}

export const NO_FILTERS: PlanFilters = { city: '', status: '', level: '' };

export interface LevelGroup {
  level: LogframeLevel;
  items: ActionPlanItem[];
}

/** Case, spacing and Unicode form do not matter when matching cities ("huế" is "Huế"). */
export function sameCity(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase();
  return norm(a) === norm(b);
}

export function matchesFilters(item: ActionPlanItem, filters: PlanFilters): boolean {
  if (filters.status && item.status !== filters.status) return false;
  if (filters.level && item.level !== filters.level) return false;
  if (filters.city && !sameCity(item.leadCity, filters.city) && !sameCity(item.partnerCity, filters.city))
    return false;
  return true;
}

export function isFiltered(filters: PlanFilters): boolean {
  return filters.city !== '' || filters.status !== '' || filters.level !== '';
}

/**
 * Items grouped goal → outcome → output → activity, each group in display order. Every level
 * is listed (an empty group still offers "add"), except those a level filter hides.
 */
export function groupByLevel(items: readonly ActionPlanItem[], filters: PlanFilters): LevelGroup[] {
  return LOGFRAME_LEVELS.filter((level) => !filters.level || filters.level === level).map((level) => ({
    level,
    items: items.filter((item) => item.level === level && matchesFilters(item, filters)),
  }));
}

/** Cities to offer in pickers and filters: the parties first, then any other city an item names. */
export function cityOptions(plan: ActionPlanSnapshot, parties: readonly string[]): string[] {
  const out: string[] = [];
  const add = (city: string) => {
    const trimmed = city.trim();
    if (trimmed && !out.some((known) => sameCity(known, trimmed))) out.push(trimmed);
  };
  for (const party of [...parties, ...plan.meta.parties]) add(party);
  const rest: string[] = [];
  for (const item of plan.items) {
    for (const city of [item.leadCity, item.partnerCity]) {
      const trimmed = city.trim();
      if (
        trimmed &&
        !out.some((known) => sameCity(known, trimmed)) &&
        !rest.some((r) => sameCity(r, trimmed))
      )
        rest.push(trimmed);
    }
  }
  return [...out, ...rest.sort((a, b) => a.localeCompare(b))];
}

/**
 * The neighbour a keyboard move jumps over, among the items shown in the same group: the item
 * goes before the previous one (up) or after the next one (down); null at the group's edge.
 */
export function keyboardMoveTarget(
  groupItems: readonly ActionPlanItem[],
  id: string,
  direction: 'up' | 'down',
): { before: string } | { after: string } | null {
  const at = groupItems.findIndex((item) => item.id === id);
  if (at < 0) return null;
  if (direction === 'up') {
    const previous = groupItems[at - 1];
    return previous ? { before: previous.id } : null;
  }
  const next = groupItems[at + 1];
  return next ? { after: next.id } : null;
}
