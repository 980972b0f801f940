import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../lib/contrastRatio.ts';
import { cityHue, hexHue, hslToHex, normalizeCity, userColor } from './userColor.ts';

describe('userColor', () => {
  it('gives Ghent and Huế clearly different hues', () => {
    const diff = Math.abs(cityHue('Ghent') - cityHue('Huế'));
    expect(Math.min(diff, 360 - diff)).toBeGreaterThan(90);
  });

  it('treats spellings with and without diacritics as one city', () => {
    expect(normalizeCity(' Huế ')).toBe('hue');
    expect(cityHue('Huế')).toBe(cityHue('hue'));
    expect(cityHue('Đà Nẵng')).toBe(cityHue('da nang'));
  });

  it('keeps the city hue but varies the shade per user', () => {
    const a = userColor('Ghent', 'user-a');
    const shades = new Set(
      ['user-a', 'user-b', 'user-c', 'user-d', 'user-e'].map((id) => userColor('Ghent', id)),
    );
    expect(a).toMatch(/^#[0-9a-f]{6}$/);
    expect(Math.abs(hexHue(a) - 212)).toBeLessThan(3);
    expect(shades.size).toBeGreaterThan(1);
    expect(userColor('Ghent', 'user-a')).toBe(a);
  });

  it('converts HSL to hex and back to the same hue', () => {
    expect(hslToHex(0, 100, 50)).toBe('#ff0000');
    expect(hslToHex(120, 100, 25)).toBe('#008000');
    expect(Math.abs(hexHue(hslToHex(338, 70, 38)) - 338)).toBeLessThan(3);
  });

  it('gives an unknown city a stable hue', () => {
    expect(cityHue('Kraków')).toBe(cityHue('krakow'));
    expect(cityHue('')).toBe(200);
  });

  it('is dark enough for white initials whatever the city (WCAG AA, 4.5:1)', () => {
    for (const city of ['Surat', 'Pune', 'Delhi', 'Ghent', 'Huế', 'Atlantis', 'Hanoi']) {
      for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
        expect(contrastRatio(userColor(city, id), '#ffffff'), `${city} ${id}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
