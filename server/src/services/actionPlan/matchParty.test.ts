import { expect, it } from 'vitest';
import { matchParty } from './matchParty.ts';

it('matches a city to a party regardless of case, spaces and Unicode form, but not diacritics', () => {
  const parties = ['Ghent', 'Huế'];
  expect(matchParty(parties, ' ghent ')).toBe('Ghent');
  expect(matchParty(parties, 'Hu\u0065\u0302\u0301')).toBe('Huế');
  expect(matchParty(parties, 'Hue')).toBeNull();
  expect(matchParty(parties, '')).toBeNull();
  expect(matchParty([], 'Ghent')).toBeNull();
});
