import { readActionPlan } from '@weft/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPlanCommands } from './planCommands.ts';

describe('createPlanCommands', () => {
  it('adds an item at the end of its level group, not at the end of the plan', () => {
    const doc = new Y.Doc();
    const commands = createPlanCommands(doc, (e) => {
      throw e;
    });
    const goal = commands.add({ level: 'goal', title: 'Circular textiles' });
    const activity = commands.add({ level: 'activity', title: 'Sorting pilot' });
    const goal2 = commands.add({ level: 'goal', title: 'Fair wages' });
    expect(readActionPlan(doc).items.map((i) => i.id)).toEqual([goal, goal2, activity]);
  });

  it('moves an item into another level in one change', () => {
    const doc = new Y.Doc();
    const commands = createPlanCommands(doc, (e) => {
      throw e;
    });
    const a = commands.add({ level: 'activity', title: 'A' }) ?? '';
    const o = commands.add({ level: 'output', title: 'O' }) ?? '';
    let updates = 0;
    doc.on('update', () => {
      updates += 1;
    });
    expect(commands.moveToLevel(a, 'output', { before: o })).toBe(true);
    expect(updates).toBe(1);
    expect(readActionPlan(doc).items.map((i) => [i.title, i.level])).toEqual([
      ['A', 'output'],
      ['O', 'output'],
    ]);
  });

  it('reports a refused write instead of throwing', () => {
    const doc = new Y.Doc();
    const errors: unknown[] = [];
    const commands = createPlanCommands(doc, (e) => errors.push(e));
    expect(commands.update('missing', { title: 'x' })).toBe(false);
    const id = commands.add({ level: 'goal' }) ?? '';
    expect(commands.update(id, { dueDate: '2026-02-30' })).toBe(false);
    expect(errors).toHaveLength(2);
    expect(readActionPlan(doc).items[0]?.dueDate).toBeNull();
  });
});
