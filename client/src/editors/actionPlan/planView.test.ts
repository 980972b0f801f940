import { type ActionPlanItem, defaultItemValues } from '@weft/model';
import { describe, expect, it } from 'vitest';
import { cityOptions, groupByLevel, keyboardMoveTarget, matchesFilters, NO_FILTERS } from './planView.ts';

function item(id: string, patch: Partial<ActionPlanItem>): ActionPlanItem {
  return { ...defaultItemValues(id), ...patch };
}

const items = [
  item('g1', { level: 'goal', leadCity: 'Ghent', status: 'planned' }),
  item('a1', { level: 'activity', leadCity: 'Huế', partnerCity: 'Ghent', status: 'done' }),
  item('a2', { level: 'activity', leadCity: 'Ghent', status: 'planned' }),
  item('o1', { level: 'output', leadCity: 'huế ', status: 'blocked' }),
];

describe('plan view', () => {
  it('groups every level in logframe order, keeping display order inside a group', () => {
    const groups = groupByLevel(items, NO_FILTERS);
    expect(groups.map((g) => g.level)).toEqual(['goal', 'outcome', 'output', 'activity']);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['g1'], [], ['o1'], ['a1', 'a2']]);
  });

  it('filters by city (lead or partner, any case or spacing), status and level', () => {
    const huế = items.filter((i) => matchesFilters(i, { ...NO_FILTERS, city: 'HUẾ' })).map((i) => i.id);
    expect(huế).toEqual(['a1', 'o1']);
    const ghentPlanned = items
      .filter((i) => matchesFilters(i, { city: 'Ghent', status: 'planned', level: '' }))
      .map((i) => i.id);
    expect(ghentPlanned).toEqual(['g1', 'a2']);
    expect(groupByLevel(items, { ...NO_FILTERS, level: 'activity' }).map((g) => g.level)).toEqual([
      'activity',
    ]);
  });

  it('offers the parties first, then other cities once each', () => {
    const plan = {
      meta: { title: '', parties: [], version: '' },
      items: [...items, item('x', { partnerCity: 'Delhi' })],
    };
    expect(cityOptions(plan, ['Ghent', 'Huế'])).toEqual(['Ghent', 'Huế', 'Delhi']);
  });

  it('moves by keyboard over the neighbour shown in the same group, and not past its edges', () => {
    const group = groupByLevel(items, NO_FILTERS)[3]?.items ?? [];
    expect(keyboardMoveTarget(group, 'a2', 'up')).toEqual({ before: 'a1' });
    expect(keyboardMoveTarget(group, 'a1', 'down')).toEqual({ after: 'a2' });
    expect(keyboardMoveTarget(group, 'a1', 'up')).toBeNull();
    expect(keyboardMoveTarget(group, 'a2', 'down')).toBeNull();
  });
});
