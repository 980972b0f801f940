import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext.ts';

describe('safeNext', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/invite/abc')).toBe('/invite/abc');
  });
  it('refuses other origins and empty values', () => {
    expect(safeNext('https://evil.example')).toBe('/workspaces');
    expect(safeNext('//evil.example')).toBe('/workspaces');
    expect(safeNext('/\\evil.example')).toBe('/workspaces');
    expect(safeNext(null)).toBe('/workspaces');
  });
});
