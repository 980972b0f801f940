import { describe, expect, it } from 'vitest';
import { sameAnchor } from './sameAnchor.ts';

describe('sameAnchor', () => {
  it('compares by kind and id', () => {
    expect(sameAnchor({ kind: 'planItem', itemId: 'a' }, { kind: 'planItem', itemId: 'a' })).toBe(true);
    expect(sameAnchor({ kind: 'planItem', itemId: 'a' }, { kind: 'planItem', itemId: 'b' })).toBe(false);
    expect(sameAnchor({ kind: 'shape', shapeId: 'a' }, { kind: 'planItem', itemId: 'a' })).toBe(false);
    expect(sameAnchor({ kind: 'text', start: 's', end: 'e' }, { kind: 'text', start: 's', end: 'e' })).toBe(
      true,
    );
  });
});
