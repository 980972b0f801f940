import { describe, expect, it } from 'vitest';
import { diffPlans } from './actionPlanDiff.ts';
import { type ActionPlanSnapshot, defaultItemValues } from './actionPlanSchema.ts';

function plan(items: ActionPlanSnapshot['items'], title = 'Plan'): ActionPlanSnapshot {
  return { meta: { title, parties: ['Ghent', 'Hội An'], version: '1' }, items };
}

function item(id: string, patch: Partial<ActionPlanSnapshot['items'][number]> = {}) {
  return { ...defaultItemValues(id), title: `Item ${id}`, ...patch };
}

describe('diffPlans', () => {
  it('reports nothing for equal plans', () => {
    const p = plan([item('a'), item('b')]);
    expect(diffPlans(p, structuredClone(p))).toEqual({
      meta: [],
      added: [],
      removed: [],
      changed: [],
      moved: [],
      isEmpty: true,
    });
  });

  it('lists added, removed and changed items with each changed field', () => {
    const agreed = plan([item('a'), item('b', { status: 'planned' }), item('c')]);
    const current = plan(
      [
        item('a'),
        item('b', { status: 'blocked', budget: { amount: 10, currency: 'INR', fundingSource: '' } }),
        item('d', { title: 'New' }),
      ],
      'Plan v2',
    );
    const diff = diffPlans(agreed, current);
    expect(diff.isEmpty).toBe(false);
    expect(diff.meta).toEqual([{ field: 'title', before: 'Plan', after: 'Plan v2' }]);
    expect(diff.added).toEqual([{ id: 'd', title: 'New' }]);
    expect(diff.removed).toEqual([{ id: 'c', title: 'Item c' }]);
    expect(diff.changed).toEqual([
      {
        id: 'b',
        title: 'Item b',
        fields: [
          { field: 'status', before: 'planned', after: 'blocked' },
          {
            field: 'budget',
            before: { amount: null, currency: 'EUR', fundingSource: '' },
            after: { amount: 10, currency: 'INR', fundingSource: '' },
          },
        ],
      },
    ]);
    expect(diff.moved).toEqual([]);
  });

  it('reports only the item that moved, not the ones it shifted', () => {
    const agreed = plan(['a', 'b', 'c', 'd'].map((id) => item(id)));
    const current = plan(['b', 'c', 'a', 'd'].map((id) => item(id)));
    expect(diffPlans(agreed, current).moved).toEqual([{ id: 'a', title: 'Item a', from: 0, to: 2 }]);
  });
});
