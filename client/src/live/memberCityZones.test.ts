import { describe, expect, it } from 'vitest';
import { memberCityZones } from './memberCityZones.ts';

describe('memberCityZones', () => {
  it('maps known cities to their zone whatever the spelling, once each, unknown ones left out', () => {
    expect(memberCityZones(['Tiruppur', 'hue', 'Ghent', 'Huế', 'Pune', ''])).toEqual({
      Tiruppur: 'Asia/Kolkata',
      Huế: 'Asia/Ho_Chi_Minh',
      Ghent: 'Europe/Brussels',
    });
    expect(Object.keys(memberCityZones(['Tiruppur', 'Ghent']))).toEqual(['Tiruppur', 'Ghent']);
  });
});
