import { describe, expect, it } from 'vitest';
import { thinAutoVersions } from './thinAutoVersions.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('thinAutoVersions', () => {
  const now = Date.UTC(2026, 11, 3, 12);
  it('keeps one version per hour within the last week', () => {
    const versions = [
      { id: 'a', createdAt: now - 10 * 60_000 },
      { id: 'b', createdAt: now - 20 * 60_000 },
      { id: 'c', createdAt: now - 2 * HOUR },
    ];
    expect(thinAutoVersions(versions, now)).toEqual(['b']);
  });

  it('keeps one version per day after a week', () => {
    const day = Date.UTC(2026, 10, 20);
    const versions = [
      { id: 'morning', createdAt: day + 8 * HOUR },
      { id: 'evening', createdAt: day + 20 * HOUR },
      { id: 'next', createdAt: day + DAY + HOUR },
    ];
    expect(thinAutoVersions(versions, now)).toEqual(['morning']);
  });
});
