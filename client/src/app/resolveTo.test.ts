import { describe, expect, it } from 'vitest';
import { resolveTo } from './resolveTo.ts';

describe('resolveTo', () => {
  it('keeps absolute paths with their query and hash', () => {
    expect(resolveTo('/login?next=%2Fworkspaces', '/invite/t')).toBe('/login?next=%2Fworkspaces');
    expect(resolveTo('/a#b', '/x?y=1')).toBe('/a#b');
  });

  it('replaces only the query for a query-only link, and "?" clears it', () => {
    const from = '/workspaces/w/plans/p?version=v1#top';
    expect(resolveTo('?version=v2', from)).toBe('/workspaces/w/plans/p?version=v2');
    expect(resolveTo('?', from)).toBe('/workspaces/w/plans/p');
  });

  it('resolves relative paths as an href would', () => {
    expect(resolveTo('settings', '/workspaces/w/')).toBe('/workspaces/w/settings');
    expect(resolveTo('#section', '/a?b=1')).toBe('/a?b=1#section');
  });

  it('returns null for links that leave the app', () => {
    expect(resolveTo('https://example.org/x', '/')).toBeNull();
    expect(resolveTo('//example.org/x', '/')).toBeNull();
    expect(resolveTo('mailto:a@example.org', '/')).toBeNull();
  });
});
