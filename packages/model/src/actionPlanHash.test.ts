import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canonicalJson, hashActionPlan } from './actionPlanHash.ts';
import { readActionPlan } from './actionPlanRead.ts';
import { createItem, updateItem } from './actionPlanWrite.ts';

describe('plan content hash', () => {
  it('serialises with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }], e: undefined })).toBe(
      '{"a":[{"c":null,"d":"x"}],"b":1}',
    );
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });

  it('is the same for equal plans written in different orders and differs on any edit', () => {
    const a = new Y.Doc();
    createItem(a, { title: 'x', status: 'planned', description: 'Hợp tác' }, { id: '1' });
    const b = new Y.Doc();
    createItem(b, { description: 'Hợp tác' }, { id: '1' });
    updateItem(b, '1', { status: 'planned', title: 'x' });
    const hash = hashActionPlan(readActionPlan(a));
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashActionPlan(readActionPlan(b))).toBe(hash);
    updateItem(b, '1', { description: 'Hợp tác.' });
    expect(hashActionPlan(readActionPlan(b))).not.toBe(hash);
  });

  it('matches a known sha256 of the canonical JSON', () => {
    // sha256 of '{"items":[],"meta":{"parties":[],"title":"","version":""}}', computed with sha256sum.
    expect(hashActionPlan({ meta: { title: '', parties: [], version: '' }, items: [] })).toBe(
      `sha256:${KNOWN}`,
    );
  });
});

const KNOWN = '77297742e0859b1a033d2feb111f2ebd22ed39add9efca28748b2a58aee11319';
