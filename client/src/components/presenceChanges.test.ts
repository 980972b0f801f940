import { describe, expect, it } from 'vitest';
import { presenceChanges } from './presenceChanges.ts';

const me = { userId: 'u0', name: 'Sofie', isSelf: true };
const lan = { userId: 'u1', name: 'Lan', isSelf: false };
const minh = { userId: 'u2', name: 'Minh', isSelf: false };

describe('presenceChanges', () => {
  it('names who joined and who left, never oneself, once per person', () => {
    expect(presenceChanges([me], [me, lan, lan, minh])).toEqual({ joined: ['Lan', 'Minh'], left: [] });
    expect(presenceChanges([me, lan, minh], [me, minh])).toEqual({ joined: [], left: ['Lan'] });
    expect(presenceChanges([], [me])).toEqual({ joined: [], left: [] });
  });
});
