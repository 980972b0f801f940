import { describe, expect, it } from 'vitest';
import { pageTitle, placeOf } from './usePageTitle.ts';

describe('pageTitle', () => {
  it('reads from the most specific part to the app, skipping parts not loaded yet', () => {
    expect(pageTitle(['Field notes', 'Ghent – Huế', undefined])).toBe('Field notes — Ghent – Huế — Weft');
    expect(pageTitle([undefined, '  ', 'Werkruimtes'])).toBe('Werkruimtes — Weft');
    expect(pageTitle([])).toBe('Weft');
  });
});

describe('placeOf', () => {
  it('names the widest part known: the workspace of a document, or the page itself', () => {
    expect(placeOf(['Field notes', 'Ghent – Huế'])).toBe('Ghent – Huế');
    expect(placeOf(['Field notes', undefined])).toBe('Field notes');
    expect(placeOf(['Hồ sơ'])).toBe('Hồ sơ');
    expect(placeOf([undefined, ' '])).toBe('');
  });
});
