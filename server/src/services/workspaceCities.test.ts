import { describe, expect, it } from 'vitest';
import type { CityRecord } from '../storage/WorkspaceStore.ts';
import { DomainError } from './errors.ts';
import { findCity, resolveCities } from './workspaceCities.ts';

const hue: CityRecord = {
  id: 'c-hue',
  name: 'Huế',
  timeZone: 'Asia/Ho_Chi_Minh',
  country: 'Viet Nam',
  colour: null,
};
const ghent: CityRecord = {
  id: 'c-ghent',
  name: 'Ghent',
  timeZone: 'Europe/Brussels',
  country: null,
  colour: null,
};

describe('resolveCities', () => {
  it('keeps identities by id or by name ignoring diacritics, and guesses zones of new plain names', () => {
    const out = resolveCities(
      ['hue', { id: 'c-ghent', name: 'Gent', timeZone: 'Europe/Brussels' }, 'Surat'],
      [hue, ghent],
    );
    expect(out[0]).toEqual({ ...hue, name: 'hue' });
    expect(out[1]).toEqual({ ...ghent, name: 'Gent' });
    expect(out[2]).toMatchObject({ name: 'Surat', timeZone: 'Asia/Kolkata', country: null });
    expect(out[2]?.id).not.toBe('');
  });

  it('refuses names listed twice and unknown ids', () => {
    expect(() => resolveCities(['Huế', 'HUE'], [])).toThrow(DomainError);
    expect(() => resolveCities([{ id: 'nope', name: 'X', timeZone: 'UTC' }], [hue])).toThrow(DomainError);
  });
});

describe('findCity', () => {
  it('finds by id or by name without diacritics', () => {
    expect(findCity([hue, ghent], 'c-ghent')).toBe(ghent);
    expect(findCity([hue, ghent], 'Hue')).toBe(hue);
    expect(findCity([hue, ghent], 'Surat')).toBeNull();
  });
});
