import { describe, expect, it } from 'vitest';
import { normalizeHref } from './SafeLink.ts';

describe('normalizeHref', () => {
  it('keeps web and mail addresses', () => {
    expect(normalizeHref('https://stad.gent')).toBe('https://stad.gent');
    expect(normalizeHref('mailto:lan@hue.gov.vn')).toBe('mailto:lan@hue.gov.vn');
  });
  it('adds https to a bare host', () => {
    expect(normalizeHref(' hue.gov.vn/det-may ')).toBe('https://hue.gov.vn/det-may');
  });
  it('refuses script, data and empty addresses', () => {
    expect(normalizeHref('javascript:alert(1)')).toBeNull();
    expect(normalizeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(normalizeHref('data:text/html,x')).toBeNull();
    expect(normalizeHref('   ')).toBeNull();
  });
});
