import { describe, expect, it } from 'vitest';
import { pageTitle } from './usePageTitle.ts';

describe('pageTitle', () => {
  it('reads from the most specific part to the app, skipping parts not loaded yet', () => {
    expect(pageTitle(['Field notes', 'Ghent – Huế', undefined])).toBe('Field notes — Ghent – Huế — Weft');
    expect(pageTitle([undefined, '  ', 'Werkruimtes'])).toBe('Werkruimtes — Weft');
    expect(pageTitle([])).toBe('Weft');
  });
});
