import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getActionPlanItems, getActionPlanMeta } from './actionPlanDoc.ts';
import { readActionPlan } from './actionPlanRead.ts';
import { actionPlanSnapshotSchema, defaultItemValues } from './actionPlanSchema.ts';

describe('readActionPlan', () => {
  it('reads an empty doc as an empty plan', () => {
    expect(readActionPlan(new Y.Doc())).toEqual({ meta: { title: '', parties: [], version: '' }, items: [] });
  });

  it('turns values a foreign client wrote into a valid snapshot instead of crashing', () => {
    const doc = new Y.Doc();
    const odd = new Y.Map<unknown>();
    const items = getActionPlanItems(doc);
    doc.transact(() => {
      items.push([odd]);
      odd.set('id', 'x');
      odd.set('status', 'finished');
      odd.set('dueDate', '31/12/2026');
      odd.set('title', 42);
      odd.set('budget', 'lots');
      odd.set('sdgTargets', ['12.5']);
      const noId = new Y.Map<unknown>();
      items.push([noId]);
      getActionPlanMeta(doc).set('parties', ['Ghent', 7, '']);
    });
    const plan = readActionPlan(doc);
    expect(plan.items).toEqual([defaultItemValues('x')]);
    expect(plan.meta.parties).toEqual(['Ghent']);
    expect(actionPlanSnapshotSchema.safeParse(plan).success).toBe(true);
  });
});
