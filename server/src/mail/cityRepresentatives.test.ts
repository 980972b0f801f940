import { describe, expect, it } from 'vitest';
import { testUserRecord } from '../storage/testUserRecord.ts';
import type { CityRecord, MemberRecord } from '../storage/WorkspaceStore.ts';
import { cityRepresentatives } from './cityRepresentatives.ts';

const city = (id: string, name: string): CityRecord => ({
  id,
  name,
  timeZone: 'UTC',
  country: null,
  colour: null,
});
const member = (
  userId: string,
  cityId: string | null,
  role: MemberRecord['role'] = 'editor',
): MemberRecord => ({
  workspaceId: 'w',
  userId,
  role,
  joinedAt: 1,
  cityId,
});

describe('cityRepresentatives', () => {
  const cities = [city('c-ghent', 'Ghent'), city('c-hue', 'Huế')];
  it('goes by the city a member represents, not the profile city', () => {
    const users = new Map([
      ['lan', testUserRecord({ id: 'lan', city: 'Hue' })],
      ['an', testUserRecord({ id: 'an', city: 'Huế' })],
      ['sofie', testUserRecord({ id: 'sofie', city: 'Ghent' })],
      ['viewer', testUserRecord({ id: 'viewer', city: 'Huế' })],
    ]);
    const members = [
      member('lan', 'c-hue'),
      member('an', 'c-ghent'),
      member('sofie', null),
      member('viewer', 'c-hue', 'viewer'),
    ];
    expect(cityRepresentatives('Huế', members, users, cities)).toEqual(['lan']);
    // Without a represented city, the profile city decides (accents and case as typed).
    expect(cityRepresentatives('ghent', members, users, cities)).toEqual(['an', 'sofie']);
  });
});
