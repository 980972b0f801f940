import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ActionPlanError, findItemMap, getActionPlanItems } from './actionPlanDoc.ts';
import { readActionPlan } from './actionPlanRead.ts';
import { createItem, deleteItem, moveItem, setPlanMeta, updateItem, upsertItems } from './actionPlanWrite.ts';

function peers(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  return [a, b];
}

/** Exchanges everything each side has that the other lacks, like a reconnect would. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function ids(doc: Y.Doc): string[] {
  return readActionPlan(doc).items.map((item) => item.id);
}

describe('action plan writes', () => {
  it('creates items with defaults and the given fields, in order', () => {
    const doc = new Y.Doc();
    createItem(doc, { title: 'Map suppliers', level: 'output' }, { id: 'a' });
    createItem(doc, { title: 'Hợp tác dệt may bền vững', description: 'सतत वस्त्र' }, { id: 'b' });
    createItem(doc, { title: 'First' }, { id: 'c', placement: { index: 0 } });
    const plan = readActionPlan(doc);
    expect(plan.items.map((item) => item.id)).toEqual(['c', 'a', 'b']);
    expect(plan.items[1]).toMatchObject({ title: 'Map suppliers', level: 'output', status: 'draft' });
    expect(plan.items[2]?.description).toBe('सतत वस्त्र');
    expect(findItemMap(doc, 'b')?.get('description')).toBeInstanceOf(Y.Text);
  });

  it('rejects invalid values, unknown fields, unknown and duplicate ids with typed errors', () => {
    const doc = new Y.Doc();
    createItem(doc, {}, { id: 'a' });
    expect(() => updateItem(doc, 'a', { status: 'finished' as never })).toThrow(ActionPlanError);
    expect(() => updateItem(doc, 'a', { dueDate: '2025-02-30' })).toThrow(/dueDate/);
    expect(() => updateItem(doc, 'a', { colour: 'red' } as never)).toThrow(ActionPlanError);
    expect(() => updateItem(doc, 'missing', { title: 'x' })).toThrow(/no action item/);
    expect(() => createItem(doc, {}, { id: 'a' })).toThrow(/exists/);
    expect(() => moveItem(doc, 'a', { before: 'missing' })).toThrow(/no action item/);
  });

  it('updates only the given fields, including nested records and lists', () => {
    const doc = new Y.Doc();
    createItem(
      doc,
      { title: 'T', budget: { amount: 100, currency: 'EUR', fundingSource: 'EU' } },
      { id: 'a' },
    );
    updateItem(doc, 'a', {
      leadResponsible: { unit: 'Economie', person: 'An' },
      sdgTargets: ['12.5', '8.7'],
      evidence: ['https://example.org/report'],
      indicators: [
        { name: 'Firms trained', baseline: '0', target: '20', unit: 'firms', verification: 'lists' },
      ],
    });
    const item = readActionPlan(doc).items[0];
    expect(item).toMatchObject({
      title: 'T',
      budget: { amount: 100, currency: 'EUR', fundingSource: 'EU' },
      leadResponsible: { unit: 'Economie', person: 'An' },
      sdgTargets: ['12.5', '8.7'],
      evidence: ['https://example.org/report'],
    });
    expect(item?.indicators).toHaveLength(1);
    expect(item?.indicators[0]?.id).toMatch(/.+/);
  });

  it('merges concurrent edits to different fields of the same item', () => {
    const [a, b] = peers();
    createItem(a, { title: 'Start', status: 'draft' }, { id: 'x' });
    sync(a, b);
    updateItem(a, 'x', {
      status: 'in_progress',
      budget: { amount: 5000, currency: 'VND', fundingSource: '' },
    });
    updateItem(b, 'x', {
      title: 'Renamed',
      dueDate: '2026-03-31',
      partnerResponsible: { unit: 'DOIT', person: 'Lan' },
    });
    sync(a, b);
    const expected = {
      title: 'Renamed',
      status: 'in_progress',
      dueDate: '2026-03-31',
      budget: { amount: 5000, currency: 'VND', fundingSource: '' },
      partnerResponsible: { unit: 'DOIT', person: 'Lan' },
    };
    expect(readActionPlan(a).items[0]).toMatchObject(expected);
    expect(readActionPlan(b)).toEqual(readActionPlan(a));
  });

  it('merges concurrent edits to different parts of one indicator list entry', () => {
    const [a, b] = peers();
    createItem(
      a,
      { indicators: [{ id: 'i1', name: 'n', baseline: '0', target: '1', unit: '', verification: '' }] },
      { id: 'x' },
    );
    sync(a, b);
    const base = readActionPlan(a).items[0]?.indicators[0];
    if (!base) throw new Error('indicator missing');
    updateItem(a, 'x', { indicators: [{ ...base, target: '10' }] });
    updateItem(b, 'x', { indicators: [{ ...base, unit: 'firms' }] });
    sync(a, b);
    expect(readActionPlan(a).items[0]?.indicators[0]).toMatchObject({
      id: 'i1',
      target: '10',
      unit: 'firms',
    });
  });

  it('merges concurrent text edits in the description', () => {
    const [a, b] = peers();
    createItem(a, { description: 'Train firms on water use.' }, { id: 'x' });
    sync(a, b);
    // Each side writes the whole field (as a form would); only the changed middle is sent.
    updateItem(a, 'x', { description: 'Train ten firms on water use.' });
    updateItem(b, 'x', { description: 'Train firms on water use. Report to council.' });
    sync(a, b);
    expect(readActionPlan(a).items[0]?.description).toBe('Train ten firms on water use. Report to council.');
    expect(readActionPlan(b).items[0]?.description).toBe('Train ten firms on water use. Report to council.');
  });

  it('keeps a concurrent edit when the item is reordered meanwhile, with ids stable', () => {
    const [a, b] = peers();
    for (const id of ['p', 'q', 'r']) createItem(a, { title: id, description: 'old' }, { id });
    sync(a, b);
    moveItem(a, 'r', { before: 'p' });
    updateItem(b, 'r', { description: 'new text', status: 'done' });
    sync(a, b);
    for (const doc of [a, b]) {
      expect(ids(doc)).toEqual(['r', 'p', 'q']);
      expect(readActionPlan(doc).items[0]).toMatchObject({
        id: 'r',
        description: 'new text',
        status: 'done',
      });
    }
    expect(getActionPlanItems(a).length).toBe(3);
  });

  it('orders concurrent inserts at the same place identically on both peers', () => {
    const [a, b] = peers();
    createItem(a, {}, { id: 'first' });
    sync(a, b);
    createItem(a, {}, { id: 'from-a' });
    createItem(b, {}, { id: 'from-b' });
    sync(a, b);
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a)).toHaveLength(3);
    // A later insert between the tied items still lands between them.
    moveItem(a, 'first', { after: ids(a)[1] as string });
    expect(ids(a)[2]).toBe('first');
  });

  it('moves to every kind of placement and deletes', () => {
    const doc = new Y.Doc();
    for (const id of ['a', 'b', 'c', 'd']) createItem(doc, {}, { id });
    moveItem(doc, 'a', 'end');
    expect(ids(doc)).toEqual(['b', 'c', 'd', 'a']);
    moveItem(doc, 'd', { index: 0 });
    expect(ids(doc)).toEqual(['d', 'b', 'c', 'a']);
    moveItem(doc, 'b', { after: 'c' });
    expect(ids(doc)).toEqual(['d', 'c', 'b', 'a']);
    moveItem(doc, 'c', { before: 'c' });
    expect(ids(doc)).toEqual(['d', 'c', 'b', 'a']);
    deleteItem(doc, 'c');
    expect(ids(doc)).toEqual(['d', 'b', 'a']);
    expect(() => deleteItem(doc, 'c')).toThrow(ActionPlanError);
  });

  it('recovers an order when a peer wrote malformed positions', () => {
    const doc = new Y.Doc();
    for (const id of ['a', 'b']) createItem(doc, {}, { id });
    findItemMap(doc, 'b')?.set('position', '!!');
    createItem(doc, {}, { id: 'c' });
    expect(ids(doc)).toEqual(['b', 'a', 'c']);
  });

  it('upserts items by id in the given order', () => {
    const doc = new Y.Doc();
    createItem(doc, { title: 'old' }, { id: 'keep' });
    createItem(doc, { title: 'before' }, { id: 'b' });
    const plan = readActionPlan(doc);
    const b = { ...(plan.items[1] as (typeof plan.items)[number]), title: 'after' };
    const n = { ...b, id: 'n', title: 'new' };
    upsertItems(doc, [n, b]);
    expect(readActionPlan(doc).items.map((item) => [item.id, item.title])).toEqual([
      ['n', 'new'],
      ['b', 'after'],
      ['keep', 'old'],
    ]);
  });

  it('writes metadata and rejects bad metadata', () => {
    const doc = new Y.Doc();
    setPlanMeta(doc, { title: 'Ghent – Hội An', parties: ['Ghent', 'Hội An'], version: '1' });
    expect(readActionPlan(doc).meta).toEqual({
      title: 'Ghent – Hội An',
      parties: ['Ghent', 'Hội An'],
      version: '1',
    });
    expect(() => setPlanMeta(doc, { parties: [''] })).toThrow(ActionPlanError);
  });
});
