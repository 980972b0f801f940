import { describe, expect, it } from 'vitest';
import { cityKey, guessTimeZone } from './knownCityZones.ts';

describe('known city zones', () => {
  it('matches names ignoring case, spaces and diacritics', () => {
    expect(cityKey(' Huế ')).toBe(cityKey('hue'));
    expect(cityKey('Đà Nẵng')).toBe('da nang');
  });

  it('guesses the zone of known cities and falls back to UTC', () => {
    expect(guessTimeZone('Hue')).toBe('Asia/Ho_Chi_Minh');
    expect(guessTimeZone('Surat')).toBe('Asia/Kolkata');
    expect(guessTimeZone('Gent')).toBe('Europe/Brussels');
    expect(guessTimeZone('Atlantis')).toBe('UTC');
  });
});
